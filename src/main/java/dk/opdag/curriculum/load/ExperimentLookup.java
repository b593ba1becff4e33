package dk.opdag.curriculum.load;

import dk.opdag.curriculum.model.Experiment;
import java.util.List;
import java.util.Optional;

/**
 * The result of looking up one experiment by id.
 *
 * @param experiment the experiment, as far as it could be read; empty when there is no such folder or its
 *                   {@code experiment.yaml} cannot be read at all
 * @param knownIds   the folders in {@code experiments/}, for a helpful message
 */
public record ExperimentLookup(Optional<Experiment> experiment, List<String> knownIds) {

    public ExperimentLookup {
        knownIds = List.copyOf(knownIds);
    }
}
