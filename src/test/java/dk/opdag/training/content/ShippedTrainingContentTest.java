package dk.opdag.training.content;

import static org.assertj.core.api.Assertions.assertThat;

import dk.opdag.curriculum.load.CurriculumLoader;
import dk.opdag.curriculum.load.LoadResult;
import dk.opdag.curriculum.load.Problem;
import dk.opdag.curriculum.model.Activity;
import dk.opdag.curriculum.model.Curriculum;
import dk.opdag.curriculum.model.Experiment;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped teacher-guides/ data passes its own check and has what issue 10 asks for. */
class ShippedTrainingContentTest {

    static TrainingLoadResult result;

    @BeforeAll
    static void load() {
        LoadResult curriculum = CurriculumLoader.loadFromClasspath("curriculum");
        result = TrainingContentLoader.load(Path.of("teacher-guides"), catalogue(curriculum.curriculum()));
    }

    static TrainingContentLoader.Catalogue catalogue(Curriculum c) {
        return new TrainingContentLoader.Catalogue(
                c.activities().stream().map(Activity::id).collect(Collectors.toSet()),
                c.experiments().stream().map(Experiment::id).collect(Collectors.toSet()));
    }

    @Test
    void theShippedContentHasNoErrorsOrWarnings() {
        assertThat(result.errors()).as(result.errors().stream().map(Problem::format)
                .collect(Collectors.joining("\n"))).isEmpty();
        assertThat(result.warnings()).as(result.warnings().stream().map(Problem::format)
                .collect(Collectors.joining("\n"))).isEmpty();
    }

    @Test
    void printsTheFiguresTheIssueAsksFor() {
        TrainingContent c = result.content();
        c.modules().forEach(m -> System.out.printf("LIX %-28s read %5.1f  all %5.1f%n", m.id(),
                ModuleText.readLix(m).value(), ModuleText.allLix(m).value()));
        System.out.printf("FIGURES tracks=%d modules=%d items=%d cards=%d lixMedianRead=%.1f lixMedianAll=%.1f%n",
                c.tracks().size(), c.modules().size(), c.competences().items().size(), c.cards().size(),
                ModuleText.medianReadLix(c.modules()), ModuleText.medianAllLix(c.modules()));
        assertThat(c.modules()).isNotEmpty();
    }
}
