package dk.opdag.lab.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.opdag.account.CurrentUser;
import dk.opdag.account.Role;
import dk.opdag.lab.LabBlocks;
import dk.opdag.lab.LabCatalog;
import dk.opdag.lab.LabExperiment;
import dk.opdag.lab.LabService;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;

/** "Frit eksperiment": Blockly's standard blocks and an output console, saved like any experiment. */
@Route(FreeExperimentView.PATH)
@RolesAllowed(Role.Names.PUPIL)
@StyleSheet("styles/lab.css")
public class FreeExperimentView extends Div implements HasDynamicTitle {

    public static final String PATH = dk.opdag.shell.Navigation.FREE_EXPERIMENT;

    public FreeExperimentView(LabCatalog catalog, LabService lab, LabBlocks blocks, CurrentUser currentUser,
                              Clock clock) {
        addClassName("opdag-lab-page");
        LabExperiment free = catalog.free(getTranslation("lab.free.title"));
        add(new H1(free.title()), new Paragraph(getTranslation("lab.free.goal")));
        add(new ExperimentWorkbench(lab, blocks, currentUser.require(), free, null, clock));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lab.free.title");
    }
}
