package dk.opdag.lab.ui;

import com.vaadin.flow.component.Component;
import dk.opdag.account.SignedInUser;
import dk.opdag.experiment.level.LevelResult;
import dk.opdag.lab.LabBlocks;
import dk.opdag.lab.LabExperiment;
import dk.opdag.lab.LabService;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * The lab's workbench (editor, world, Kør, result, autosave and history) for a page of another feature, such as
 * the barometer's measurement: the level is given by the caller, and every run, graded on the server, is passed to
 * {@code onGraded} as soon as it is graded. The page must load {@code styles/lab.css}.
 */
public final class EmbeddedWorkbench {

    private EmbeddedWorkbench() {
    }

    public static Component of(LabService lab, LabBlocks blocks, SignedInUser user, LabExperiment experiment,
                               Clock clock, Consumer<LevelResult> onGraded) {
        ExperimentWorkbench workbench = new ExperimentWorkbench(lab, blocks, user, experiment, null, clock);
        workbench.onRun(onGraded);
        return workbench;
    }
}
