package dk.opdag.curriculum.load;

import static org.assertj.core.api.Assertions.assertThat;

import dk.opdag.curriculum.model.GradeBand;
import dk.opdag.curriculum.model.MeasureTask;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The barometer's measurement tasks: 8–12 per band, programs that are checked by running them, fair questions. */
class MeasureRulesTest {

    @TempDir
    Path temp;
    Fixture fixture;

    @BeforeEach
    void copyBase() {
        fixture = Fixture.copyOfBase(temp);
    }

    /** A band file with one program task and {@code choices} questions, every text short and plain. */
    static String band(String prefix, int choices) {
        StringBuilder yaml = new StringBuilder("""
                tasks:
                  - id: %s-robot
                    kind: program
                    area: ct
                    title: Hen til flaget
                    text: Få Bo hen til flaget.
                    world: robot
                    start:
                      direction: east
                      map: ["#####", "#R.F#", "#####"]
                    checks:
                      - type: reach_flag
                    toolbox: [robot_move, robot_turn_left]
                    solution: |
                      robot_move()
                      robot_move()
                """.formatted(prefix));
        for (int i = 1; i <= choices; i++) {
            yaml.append("""
                  - id: %s-spoergsmaal-%d
                    kind: choice
                    area: dm
                    title: Hvad gør den?
                    text: Se på det. Hvad gør den?
                    world: robot
                    start:
                      direction: east
                      map: ["#####", "#R..#", "#####"]
                    program: |
                      robot_move()
                    options: [Den går frem., Den drejer., Den står stille.]
                    answer: 1
                    explanation: Den går et felt frem.
                """.formatted(prefix, i));
        }
        return yaml.toString();
    }

    private Fixture withBands() {
        return fixture.write("barometer/0-3.yaml", band("a", 7)).write("barometer/4-6.yaml", band("b", 7))
                .write("barometer/7-9.yaml", band("c", 7));
    }

    private static List<Problem> measureErrors(LoadResult result) {
        return result.errors().stream().filter(p -> p.file().startsWith("barometer/")).toList();
    }

    @Test
    void threeBandsOfTasksAreReadInOrder() {
        LoadResult result = withBands().load();

        assertThat(measureErrors(result)).isEmpty();
        List<MeasureTask> young = result.curriculum().measureTasks(GradeBand.B0_3);
        assertThat(young).hasSize(8);
        MeasureTask robot = young.getFirst();
        assertThat(robot.kind()).isEqualTo(MeasureTask.Kind.PROGRAM);
        assertThat(robot.solution()).contains("robot_move");
        assertThat(robot.spec().path("world").asString()).isEqualTo("robot");
        MeasureTask question = young.get(1);
        assertThat(question.kind()).isEqualTo(MeasureTask.Kind.CHOICE);
        assertThat(question.options()).hasSize(3);
        assertThat(question.answer()).isZero();
        assertThat(question.workspace()).contains("robot_move");
        assertThat(result.curriculum().measureTask("c-spoergsmaal-7")).isPresent();
    }

    @Test
    void aCurriculumWithoutTheFolderHasNoMeasurement() {
        LoadResult result = fixture.load();
        assertThat(result.curriculum().measureTasks()).isEmpty();
        assertThat(result.errors()).isEmpty();
    }

    @Test
    void aMissingBandAndTooFewTasksAreReported() {
        LoadResult result = withBands().delete("barometer/7-9.yaml").write("barometer/4-6.yaml", band("b", 3))
                .load();

        assertThat(measureErrors(result)).extracting(Problem::file, Problem::rule).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("barometer/4-6.yaml", "measure-count"),
                org.assertj.core.groups.Tuple.tuple("barometer/7-9.yaml", "measure-count"));
    }

    @Test
    void anUnknownAreaABadAnswerAndAHardTextPointAtTheirLines() {
        String file = "barometer/0-3.yaml";
        withBands().replace(file, "    area: ct\n", "    area: xx\n");
        String text = fixture.read(file).replaceFirst("answer: 1", "answer: 4")
                .replaceFirst("text: Se på det. Hvad gør den\\?",
                        "text: Undersøg programmeringsinstruktionernes konsekvenser omhyggeligt og systematisk?");
        fixture.write(file, text);

        List<Problem> errors = measureErrors(fixture.load());

        assertThat(errors).extracting(Problem::rule)
                .containsExactlyInAnyOrder("measure-area", "measure-choice", "measure-lix");
        assertThat(errors).filteredOn(p -> p.rule().equals("measure-area")).first()
                .extracting(Problem::line).isEqualTo(fixture.lineOf(file, "area: xx"));
        assertThat(errors).filteredOn(p -> p.rule().equals("measure-choice")).first()
                .extracting(Problem::line).isEqualTo(fixture.lineOf(file, "answer: 4"));
    }

    @Test
    void aProgramTaskIsRunLikeALevel() {
        String file = "barometer/4-6.yaml";
        withBands().replace(file, "      robot_move()\n      robot_move()\n", "      robot_move()\n");

        List<Problem> errors = measureErrors(fixture.load());

        assertThat(errors).extracting(Problem::rule).containsExactly("solution-fails");
        assertThat(errors.getFirst().line()).isEqualTo(fixture.lineOf(file, "solution: |"));
    }

    @Test
    void aBandMixesProgramsAndQuestions() {
        String onlyQuestions = band("a", 8).replaceFirst("(?s)  - id: a-robot.*?(?=  - id: a-spoergsmaal-1)", "");
        List<Problem> errors = measureErrors(withBands().write("barometer/0-3.yaml", onlyQuestions).load());
        assertThat(errors).extracting(Problem::rule).containsExactly("measure-mix");
    }

    @Test
    void theShippedTasksPassEveryRule() {
        LoadResult result = CurriculumLoader.load(Path.of("curriculum"));
        assertThat(measureErrors(result)).isEmpty();
        for (GradeBand band : GradeBand.values()) {
            List<MeasureTask> tasks = result.curriculum().measureTasks(band);
            assertThat(tasks).as(band.label()).hasSizeBetween(8, 12);
            assertThat(tasks).extracting(MeasureTask::area).as(band.label()).contains("ct", "dm", "dd", "th");
        }
    }
}
