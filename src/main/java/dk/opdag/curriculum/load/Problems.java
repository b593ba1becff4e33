package dk.opdag.curriculum.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects every problem of a load; nothing stops at the first. Public for other content checks (training). */
public final class Problems {

    private static final Comparator<Problem> BY_PLACE = Comparator.comparing(Problem::file)
            .thenComparing(Problem::line, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final List<Problem> errors = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();

    public void add(CheckRule rule, String file, Integer line, String message) {
        Problem problem = new Problem(file, line, rule.id(), message);
        (rule.severity() == Rule.Severity.ERROR ? errors : warnings).add(problem);
    }

    public FileReport file(String file) {
        return new FileReport(this, file);
    }

    /** Sorted by file and line, so a report reads top to bottom. */
    public List<Problem> errors() {
        return errors.stream().sorted(BY_PLACE).toList();
    }

    public List<Problem> warnings() {
        return warnings.stream().sorted(BY_PLACE).toList();
    }
}
