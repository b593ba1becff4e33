package dk.opdag.curriculum.load;

import static org.assertj.core.api.Assertions.assertThat;

import dk.opdag.curriculum.model.Activity;
import dk.opdag.curriculum.model.Curriculum;
import dk.opdag.curriculum.model.Experiment;
import dk.opdag.curriculum.model.GradeBand;
import dk.opdag.experiment.Engine;
import dk.opdag.experiment.ExperimentSpec;
import dk.opdag.experiment.RunResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The experiments shipped in {@code curriculum/experiments/} all validate, are linked from fitting activities, and
 * behave: each reference solution passes in the engine and each starting workspace does not.
 * Also writes {@code target/experiment-toolboxes.json} for {@code tools/conformance/experiments.mjs}, which loads
 * every toolbox block into Blockly.
 */
class ShippedExperimentsTest {

    static LoadResult result;
    static Curriculum curriculum;

    @BeforeAll
    static void load() {
        result = CurriculumLoader.load(ShippedCurriculumTest.SHIPPED);
        curriculum = result.curriculum();
    }

    @Test
    void experimentsHaveNoProblems() {
        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings()).filteredOn(p -> p.file().startsWith("experiments/")).isEmpty();
    }

    @Test
    void atLeast18ExperimentsAcrossSixWorldsAndThreeBands() {
        assertThat(curriculum.experiments()).hasSizeGreaterThanOrEqualTo(18);
        assertThat(worlds()).containsExactlyInAnyOrder("turtle", "robot", "greenhouse", "data", "text", "music");
        assertThat(bands()).containsExactlyInAnyOrder(GradeBand.values());
        for (GradeBand band : GradeBand.values()) {
            assertThat(curriculum.experiments().stream().filter(e -> e.grades().bands().contains(band)).count())
                    .as(band.label()).isGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void theLabsFirstTwoExist() {
        assertThat(curriculum.experiment("skildpadde-sekskant").orElseThrow().world()).isEqualTo("turtle");
        assertThat(curriculum.experiment("robot-labyrint").orElseThrow().world()).isEqualTo("robot");
    }

    @Test
    void referenceSolutionsPassAndStartsFail() {
        assertThat(curriculum.experiments()).isNotEmpty().allSatisfy(e -> {
            ExperimentSpec spec = ExperimentSpec.fromJson(e.spec());
            RunResult solution = Engine.run(spec, e.solution());
            RunResult start = Engine.run(spec, e.startWorkspace());
            assertThat(solution.passed()).as("%s: solution %s", e.id(), solution.checks()).isTrue();
            assertThat(start.passed()).as("%s: start", e.id()).isFalse();
            assertThat(start.checks().stream().anyMatch(c -> !c.passed()) || start.error().isPresent()).isTrue();
        });
    }

    @Test
    void everyExperimentIsLinkedFromAnActivityOfItsGrades() {
        for (Experiment e : curriculum.experiments()) {
            List<Activity> linking = curriculum.activities().stream().filter(a -> a.experiments().contains(e.id()))
                    .toList();
            assertThat(linking).as(e.id()).isNotEmpty();
            assertThat(linking).as(e.id()).allSatisfy(a -> assertThat(a.grades().grades()
                    .anyMatch(g -> e.grades().contains(g))).isTrue());
        }
    }

    @Test
    void everyExperimentHasTextsHintsAndAToolbox() {
        assertThat(curriculum.experiments()).allSatisfy(e -> {
            assertThat(e.title()).isNotBlank();
            assertThat(e.goal()).as(e.id()).isNotBlank().doesNotContain("\n");
            assertThat(e.hints()).as(e.id()).hasSizeBetween(1, 3);
            assertThat(e.toolbox().path("contents").isEmpty()).as(e.id()).isFalse();
        });
    }

    @Test
    void writesToolboxesForTheBlocklyCheck() throws IOException {
        ObjectNode all = JsonNodeFactory.instance.objectNode();
        curriculum.experiments().forEach(e -> all.set(e.id(), e.toolbox()));
        Path out = Path.of("target/experiment-toolboxes.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(all));

        assertThat(out).isNotEmptyFile();
    }

    static Set<String> worlds() {
        return curriculum.experiments().stream().map(Experiment::world).collect(Collectors.toSet());
    }

    static Set<GradeBand> bands() {
        return curriculum.experiments().stream().flatMap(e -> e.grades().bands().stream()).collect(Collectors.toSet());
    }
}
