package dk.opdag.curriculum.load;

import dk.opdag.curriculum.model.Curriculum;
import java.util.List;

/**
 * What was read, and what is wrong with it. With errors, the curriculum holds what could be read (unreadable
 * fields are null, empty or 0): fine for a report, not for syncing to a database.
 */
public record LoadResult(Curriculum curriculum, List<Problem> errors, List<Problem> warnings) {

    public LoadResult {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
