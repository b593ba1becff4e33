package dk.opdag.curriculum.load;

import static dk.opdag.curriculum.load.Fixture.DATA;
import static dk.opdag.curriculum.load.Fixture.MADPAKKE;
import static dk.opdag.curriculum.load.Fixture.ROBOT;
import static dk.opdag.curriculum.load.ProblemAssert.onlyError;
import static dk.opdag.curriculum.load.ProblemAssert.onlyWarning;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules that tie an activity to subjects, goals, grades, experiments, and the intro's readability. */
class ActivityRulesTest {

    @TempDir
    Path temp;
    Fixture fixture;

    @BeforeEach
    void copyBase() {
        fixture = Fixture.copyOfBase(temp);
    }

    @Test
    void unknownSubject() {
        fixture.replace(ROBOT, "  - id: matematik", "  - id: matematk");

        Problem p = onlyError(fixture.load(), Rule.UNKNOWN_SUBJECT, ROBOT, fixture.lineOf(ROBOT, "id: matematk"));
        assertThat(p.message()).isEqualTo("faget 'matematk' findes ikke i subjects.yaml – mente du 'matematik'?");
    }

    @Test
    void subjectNotTaughtAtTheActivitysGrades() {
        fixture.replace(MADPAKKE, "  - id: matematik", "  - id: samfundsfag");

        int line = fixture.lineOf(MADPAKKE, "id: samfundsfag");
        Problem p = onlyError(fixture.load(), Rule.SUBJECT_GRADE, MADPAKKE, line);
        assertThat(p.message()).isEqualTo("faget 'samfundsfag' undervises ikke på 4.–6. klassetrin (kun 8.–9.)");
        assertThat(p.format()).isEqualTo("activities/madpakke-data.yaml:" + line + ": [subject-grade] " + p.message());
    }

    @Test
    void subjectWithoutItsOwnGradesCoversTheWholeRange() {
        fixture.replace(MADPAKKE, "    grades: [5, 6]\n", "");

        int line = fixture.lineOf(MADPAKKE, "id: madkundskab");
        Problem p = onlyError(fixture.load(), Rule.SUBJECT_GRADE, MADPAKKE, line);
        assertThat(p.message()).isEqualTo("faget 'madkundskab' undervises ikke på 4. klassetrin (kun 5.–6.)");
    }

    @Test
    void boernehaveklasseOnlyAtGrade0() {
        fixture.replace(ROBOT, "  - id: dansk", "  - id: boernehaveklasse")
                .replace(ROBOT, "grades: [1, 3]", "grades: [0, 3]");

        LoadResult result = fixture.load();

        // 0. klasse has only boernehaveklasse; 1.–3. have no boernehaveklasse, and matematik is not taught in 0.
        assertThat(result.errors()).extracting(Problem::message).containsExactly(
                "faget 'boernehaveklasse' undervises ikke på 1.–3. klassetrin (kun 0.)",
                "faget 'matematik' undervises ikke på 0. klassetrin (kun 1.–9.)");
    }

    @Test
    void subjectsOwnGradesOutsideTheActivity() {
        fixture.replace(MADPAKKE, "    grades: [5, 6]", "    grades: [5, 7]");

        Problem p = onlyError(fixture.load(), Rule.GRADE_RANGE, MADPAKKE, fixture.lineOf(MADPAKKE, "grades: [5, 7]"));
        assertThat(p.message()).isEqualTo("fagets klassetrin 5.–7. ligger ikke inden for forløbets 4.–6.");
    }

    @Test
    void unknownGoal() {
        fixture.replace(ROBOT, "tf18.ct.3.1", "tf18.ct.3.9");

        LoadResult result = fixture.load();

        Problem p = onlyError(result, Rule.UNKNOWN_GOAL, ROBOT, fixture.lineOf(ROBOT, "goals:"));
        assertThat(p.message()).isEqualTo("målet 'tf18.ct.3.9' findes ikke i nogen målramme – mente du 'tf18.ct.3.1'?");
    }

    @Test
    void goalOutsideTheActivitysBand() {
        fixture.replace(MADPAKKE, "tf18.ct.6.1", "tf18.ct.9.1");

        Problem p = onlyError(fixture.load(), Rule.GOAL_BAND, MADPAKKE, fixture.lineOf(MADPAKKE, "goals:"));
        assertThat(p.message()).isEqualTo("målet 'tf18.ct.9.1' er et mål efter 9. klasse (for 7.–9.), "
                + "men forløbet er til 4.–6.; brug et mål efter 6. klasse");
    }

    @Test
    void gradesOutside0To9() {
        fixture.replace(DATA, "grades: [8, 9]", "grades: [8, 10]");

        onlyError(fixture.load(), Rule.GRADE_RANGE, DATA, 3);
    }

    @Test
    void gradesSpanningTwoBands() {
        fixture.replace(ROBOT, "grades: [1, 3]", "grades: [3, 4]");

        Problem p = onlyError(fixture.load(), Rule.GRADE_BAND_SPAN, ROBOT, 3);
        assertThat(p.message()).startsWith("klassetrin 3.–4. går over flere trin (0.–3. og 4.–6.)");
    }

    @Test
    void unknownUnpluggedValue() {
        fixture.replace(ROBOT, "unplugged: full", "unplugged: delvis");

        Problem p = onlyError(fixture.load(), Rule.UNPLUGGED_VALUE, ROBOT, fixture.lineOf(ROBOT, "unplugged:"));
        assertThat(p.message()).contains("'delvis'", "none", "partial", "full");
    }

    @Test
    void unknownExperimentIsAnError() {
        fixture.replace(ROBOT, "experiments: [robot-gang]", "experiments: [robot-gangen]")
                .replace(ROBOT, "experiment: robot-gang\n", "experiment: robot-gangen\n");

        Problem p = onlyError(fixture.load(), Rule.UNKNOWN_EXPERIMENT, ROBOT, fixture.lineOf(ROBOT, "experiments:"));
        assertThat(p.message()).contains("'robot-gangen'", "experiments/robot-gangen/", "mente du 'robot-gang'?");
    }

    @Test
    void aStepNamesItsExperiment() {
        var steps = fixture.load().curriculum().activity("robot-paa-gulvet").orElseThrow().guide().lessons()
                .getFirst().steps();

        assertThat(steps).extracting(dk.opdag.curriculum.model.Step::experiment)
                .containsExactly(null, "robot-gang", null);
    }

    @Test
    void aStepsExperimentMustBeListedInExperiments() {
        fixture.replace(ROBOT, "experiments: [robot-gang]", "experiments: []");

        Problem p = onlyError(fixture.load(), Rule.STEP_EXPERIMENT_NOT_LISTED, ROBOT,
                fixture.lineOf(ROBOT, "experiment: robot-gang"));
        assertThat(p.message()).contains("'robot-gang'", "experiments");
    }

    @Test
    void anExperimentNoStepUsesIsAnError() {
        fixture.replace(ROBOT, "          experiment: robot-gang\n", "");

        Problem p = onlyError(fixture.load(), Rule.EXPERIMENT_UNUSED, "experiments/robot-gang/experiment.yaml", 1);
        assertThat(p.message()).contains("'robot-gang'", "experiment: robot-gang");
    }

    @Test
    void anActivityWithErrorsIsReportedBeforeUnusedExperiments() {
        fixture.replace(ROBOT, "- minutes: 25\n          experiment: robot-gang\n",
                "- minutes: 0\n          experiment: robot-gang\n");

        LoadResult result = fixture.load();

        assertThat(result.errors()).extracting(Problem::rule).contains(Rule.VALUE_RANGE.id())
                .doesNotContain(Rule.EXPERIMENT_UNUSED.id());
    }

    @Test
    void knownExperimentIsFine() {
        LoadResult result = fixture.load();

        assertThat(result.errors()).isEmpty();
        assertThat(result.curriculum().activity("robot-paa-gulvet").orElseThrow().experiments())
                .containsExactly("robot-gang");
    }

    @Test
    void experimentForOtherGrades() {
        fixture.replace(DATA, "experiments: []", "experiments: [robot-gang]");

        Problem p = onlyError(fixture.load(), Rule.EXPERIMENT_GRADES, DATA, fixture.lineOf(DATA, "experiments:"));
        assertThat(p.message()).isEqualTo("eksperimentet 'robot-gang' er skrevet til 1.–3. klasse, men forløbet er "
                + "til 8.–9.");
    }

    @Test
    void experimentListedTwice() {
        fixture.replace(ROBOT, "experiments: [robot-gang]", "experiments: [robot-gang, robot-gang]");

        onlyError(fixture.load(), Rule.DUPLICATE_ID, ROBOT, fixture.lineOf(ROBOT, "experiments:"));
    }

    @Test
    void introAboveTheBandsLixLimitIsAWarning() {
        fixture.replace(ROBOT, "Du er en robot. Din ven giver dig ordre. Du gør kun det, der står.",
                "Programmeringssprogene indeholder instruktioner, kontrolstrukturer og betingelser, som computeren "
                        + "udfører fuldstændig bogstaveligt.");

        Problem p = onlyWarning(fixture.load(), Rule.INTRO_LIX, ROBOT, fixture.lineOf(ROBOT, "intro:"));
        assertThat(p.message()).startsWith("intro har LIX ").contains("højst 25 for 0.–3.");
    }
}
