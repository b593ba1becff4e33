package dk.opdag.classroom;

import dk.opdag.curriculum.model.GradeBand;
import dk.opdag.lab.PupilBands;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The band of the pupil's current class, for the lab's free play. */
@Component
public class ClassPupilBands implements PupilBands {

    private final ClassRepository classes;

    public ClassPupilBands(ClassRepository classes) {
        this.classes = classes;
    }

    @Override
    public Optional<GradeBand> bandOf(long pupilId) {
        return classes.currentClassOf(pupilId).flatMap(classes::find).map(c -> GradeBand.of(c.grade()));
    }
}
