package dk.opdag.training.content;

import dk.opdag.curriculum.load.Problem;
import dk.opdag.curriculum.model.Activity;
import dk.opdag.curriculum.model.Curriculum;
import dk.opdag.curriculum.model.Experiment;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The part of {@code curriculum check} that checks {@code teacher-guides/}: prints every problem as
 * {@code file:line: [rule] message} and a summary with the figures issue 10 asks for (tracks, modules, items, cards,
 * the LIX median of the modules' short reads).
 */
public final class TrainingCheck {

    private TrainingCheck() {
    }

    /** The catalogue the modules may link to: the activities and experiments of the checked curriculum. */
    public static TrainingContentLoader.Catalogue catalogueOf(Curriculum curriculum) {
        return new TrainingContentLoader.Catalogue(
                curriculum.activities().stream().map(Activity::id).filter(java.util.Objects::nonNull)
                        .collect(Collectors.toSet()),
                curriculum.experiments().stream().map(Experiment::id).filter(java.util.Objects::nonNull)
                        .collect(Collectors.toSet()));
    }

    /**
     * Checks {@code dir}, or the copy inside the application when {@code dir} is null, and prints the report.
     *
     * @return the result, for the exit code
     */
    public static TrainingLoadResult run(Path dir, Curriculum curriculum, PrintStream out) {
        TrainingContentLoader.Catalogue catalogue = catalogueOf(curriculum);
        TrainingLoadResult result = dir == null ? TrainingContentLoader.loadFromClasspath("teacher-guides", catalogue)
                : TrainingContentLoader.load(dir, catalogue);
        out.println("Tjekket: " + (dir == null ? "den indbyggede kopi af teacher-guides" : dir.toString()));
        print("Fejl", result.errors(), out);
        print("Advarsler", result.warnings(), out);
        out.println(summary(result));
        return result;
    }

    /** E.g. "8 efteruddannelsesforløb, 26 moduler, 24 kompetenceudsagn, 26 dialogkort, LIX-median 25: 0 fejl, ...". */
    public static String summary(TrainingLoadResult result) {
        TrainingContent c = result.content();
        return c.tracks().size() + " efteruddannelsesforløb, " + c.modules().size() + " moduler, "
                + c.competences().items().size() + " kompetenceudsagn, " + c.cards().size() + " dialogkort, "
                + "LIX-median " + String.format(Locale.ROOT, "%.0f", ModuleText.medianReadLix(c.modules()))
                + " (modulernes tekster): " + result.errors().size() + " fejl, " + result.warnings().size()
                + (result.warnings().size() == 1 ? " advarsel." : " advarsler.");
    }

    private static void print(String heading, List<Problem> problems, PrintStream out) {
        if (!problems.isEmpty()) {
            out.println(heading + ":");
            problems.forEach(p -> out.println(p.format()));
        }
    }
}
