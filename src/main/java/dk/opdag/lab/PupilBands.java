package dk.opdag.lab;

import dk.opdag.curriculum.model.GradeBand;
import java.util.Optional;

/** The grade band of a pupil's current class (classroom knows it), so free play can fit its toolbox to the band. */
public interface PupilBands {

    /** Empty for a pupil without a current class. */
    Optional<GradeBand> bandOf(long pupilId);
}
