package dk.opdag.lab;

import dk.opdag.account.SignedInUser;
import java.util.Optional;

/**
 * Lab work that is not an experiment of the catalogue (e.g. a measurement task): another feature that opens the
 * workbench on its own work names it here, so the page-leave autosave can find it again by the work's id.
 */
public interface LabWorkSource {

    /** The pupil's work with this id, if it is this source's and she may still work on it. */
    Optional<LabExperiment> find(SignedInUser pupil, String workId);
}
