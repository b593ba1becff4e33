package dk.opdag.curriculum.load;

import static org.assertj.core.api.Assertions.assertThat;

import dk.opdag.curriculum.model.Activity;
import dk.opdag.curriculum.model.Curriculum;
import dk.opdag.curriculum.model.Experiment;
import dk.opdag.curriculum.model.GradeBand;
import dk.opdag.curriculum.model.Level;
import dk.opdag.curriculum.model.LevelKind;
import dk.opdag.experiment.Limits;
import dk.opdag.experiment.level.LevelResult;
import dk.opdag.experiment.level.LevelRunner;
import dk.opdag.experiment.level.LevelSpec;
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
    void everyReferenceSolutionIsPerfectOnEveryCaseAndEveryStartFails() {
        assertThat(curriculum.experiments()).isNotEmpty().allSatisfy(e -> {
            for (Level level : e.levels()) {
                LevelSpec spec = LevelSpec.fromJson(level.spec());
                LevelResult solution = LevelRunner.run(spec, level.solution(), Limits.DEFAULT);
                LevelResult start = LevelRunner.run(spec, level.startWorkspace(), Limits.DEFAULT);
                assertThat(solution.perfect()).as("%s/%s: solution %s", e.id(), level.id(), solution.message())
                        .isTrue();
                assertThat(start.passed()).as("%s/%s: start", e.id(), level.id()).isFalse();
            }
        });
    }

    /** The experiments issue 12 names as broken are leveled now: 4–8 levels that climb fix → create. */
    @Test
    void theRepairedExperimentsHaveLevelsThatClimb() {
        for (String id : REPAIRED) {
            Experiment e = curriculum.experiment(id).orElseThrow();
            assertThat(e.levels()).as(id).hasSizeBetween(4, 8);
            assertThat(e.levels()).as(id).extracting(Level::kind).isSortedAccordingTo(java.util.Comparator
                    .naturalOrder()).contains(LevelKind.FIX, LevelKind.GENERALISE);
            assertThat(e.levels()).as(id).allSatisfy(l -> {
                assertThat(l.example()).as(l.id()).isNotNull();
                assertThat(l.hints()).as(l.id()).isNotEmpty();
                assertThat(l.task()).as(l.id()).isNotBlank();
            });
        }
        // Variables and functions are used, not only offered.
        assertThat(solutions()).anyMatch(s -> s.contains("\"variables_set\""));
        assertThat(solutions()).anyMatch(s -> s.contains("\"procedures_defnoreturn\"")
                || s.contains("\"procedures_defreturn\""));
        assertThat(solutions()).anyMatch(s -> s.contains("\"procedures_defreturn\"") && s.contains("\"params\""));
    }

    static final List<String> REPAIRED = List.of("hemmeligt-sprog", "vanding-der-styrer-sig-selv", "filterboblen-i-tal",
            "skildpadde-cirkel", "knaek-caesar", "mester-jakob", "chatbot-med-regler", "anbefalingen-til-noah",
            "stroemslugeren");

    private static List<String> solutions() {
        return curriculum.experiments().stream().flatMap(e -> e.levels().stream()).map(Level::solution).toList();
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
            assertThat(e.levels()).allSatisfy(l -> {
                assertThat(l.hints()).as(e.id()).hasSizeBetween(1, 3);
                assertThat(l.toolbox().path("contents").isEmpty()).as(e.id()).isFalse();
            });
        });
    }

    @Test
    void writesToolboxesForTheBlocklyCheck() throws IOException {
        ObjectNode all = JsonNodeFactory.instance.objectNode();
        curriculum.experiments().forEach(e -> e.levels().forEach(l -> all.set(e.id() + (l.id().isEmpty() ? ""
                : "/" + l.id()), l.toolbox())));
        Path out = Path.of("target/experiment-toolboxes.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(all));

        assertThat(out).isNotEmptyFile();
    }

    /**
     * Writes every level's programs (compiled from the compact form) to {@code target/experiment-workspaces.json}
     * for {@code tools/conformance/experiments.mjs}, which loads each into Blockly and checks that Blockly saves it
     * back unchanged.
     */
    @Test
    void writesLevelProgramsForTheBlocklyCheck() throws IOException {
        ObjectNode all = JsonNodeFactory.instance.objectNode();
        JsonMapper json = JsonMapper.builder().build();
        for (Experiment e : curriculum.experiments()) {
            for (Level l : e.levels()) {
                String key = e.id() + "/" + (l.id().isEmpty() ? "-" : l.id());
                all.set(key + "/start", json.readTree(l.startWorkspace()));
                all.set(key + "/solution", json.readTree(l.solution()));
                if (l.example() != null && l.example().workspace() != null) {
                    all.set(key + "/example", json.readTree(l.example().workspace()));
                }
            }
        }
        Path out = Path.of("target/experiment-workspaces.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, json.writerWithDefaultPrettyPrinter().writeValueAsString(all));

        assertThat(all.size()).isGreaterThan(100);
    }

    static Set<String> worlds() {
        return curriculum.experiments().stream().map(Experiment::world).collect(Collectors.toSet());
    }

    static Set<GradeBand> bands() {
        return curriculum.experiments().stream().flatMap(e -> e.grades().bands().stream()).collect(Collectors.toSet());
    }
}
