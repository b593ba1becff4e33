package dk.opdag.classroom.barometer;

import dk.opdag.account.SignedInUser;
import dk.opdag.classroom.ClassroomException;
import dk.opdag.curriculum.model.MeasureTask;
import dk.opdag.experiment.level.LevelSpec;
import dk.opdag.lab.LabExperiment;
import dk.opdag.lab.LabWorkSource;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A program task of the measurement as lab work. Its id carries the round ({@code maaling/<round>/<task>}) so the
 * start and end rounds keep their work apart; the lab finds it again here when the page-leave autosave arrives.
 */
@Component
public class MeasureLabWork implements LabWorkSource {

    /** Prefix of the lab's work id for a measurement task. */
    public static final String WORK_PREFIX = "maaling/";

    private final MeasureService measure;

    MeasureLabWork(MeasureService measure) {
        this.measure = measure;
    }

    /** The workbench's work for a program task of the pupil's open round. */
    public static LabExperiment of(long roundId, MeasureTask task) {
        return new LabExperiment(WORK_PREFIX + roundId + "/" + task.id(), "", task.title(), task.text(), task.title(),
                task.text(), 1, 1, LevelSpec.fromJson(task.spec()),
                task.toolbox() == null ? null : task.toolbox().toString(), task.workspace(), List.of(), null, null,
                null);
    }

    @Override
    public Optional<LabExperiment> find(SignedInUser pupil, String workId) {
        if (!workId.startsWith(WORK_PREFIX)) {
            return Optional.empty();
        }
        String rest = workId.substring(WORK_PREFIX.length());
        int slash = rest.indexOf('/');
        if (slash <= 0) {
            return Optional.empty();
        }
        String roundId = rest.substring(0, slash);
        String taskId = rest.substring(slash + 1);
        try {
            // Only the pupil's open round counts: a closed round takes no more work, as in the workbench.
            return measure.current(pupil)
                    .filter(r -> Long.toString(r.round().id()).equals(roundId))
                    .flatMap(r -> r.tasks().stream()
                            .filter(t -> t.id().equals(taskId) && t.kind() == MeasureTask.Kind.PROGRAM)
                            .findFirst().map(t -> of(r.round().id(), t)));
        } catch (ClassroomException notInAClass) {
            return Optional.empty();
        }
    }
}
