package dk.opdag.training.content;

import dk.opdag.curriculum.load.Problem;
import java.util.List;

/** What was read from {@code teacher-guides/}, and what is wrong with it (file, line and rule per problem). */
public record TrainingLoadResult(TrainingContent content, List<Problem> errors, List<Problem> warnings) {

    public TrainingLoadResult {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
