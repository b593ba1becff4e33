package dk.opdag.curriculum.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Assertions that a load found exactly the one problem a test planted, and nothing else. */
final class ProblemAssert {

    private ProblemAssert() {
    }

    /** Exactly one error and no warnings; returns the error for further checks of its message. */
    static Problem onlyError(LoadResult result, Rule rule, String file, Integer line) {
        assertThat(result.warnings()).as("warnings").isEmpty();
        return only(result.errors(), rule, file, line);
    }

    /** No errors and exactly one warning. */
    static Problem onlyWarning(LoadResult result, Rule rule, String file, Integer line) {
        assertThat(result.errors()).as("errors").isEmpty();
        return only(result.warnings(), rule, file, line);
    }

    private static Problem only(List<Problem> problems, Rule rule, String file, Integer line) {
        assertThat(problems).as("problems").hasSize(1);
        Problem p = problems.getFirst();
        assertThat(p.rule()).isEqualTo(rule.id());
        assertThat(p.file()).isEqualTo(file);
        assertThat(p.line()).as("line of %s", p).isEqualTo(line);
        return p;
    }
}
