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

/** Rules for the teacher's guide. */
class GuideRulesTest {

    @TempDir
    Path temp;
    Fixture fixture;

    @BeforeEach
    void copyBase() {
        fixture = Fixture.copyOfBase(temp);
    }

    @Test
    void lessonCountMustMatchTheGuide() {
        fixture.replace(MADPAKKE, "lessons: 2", "lessons: 3");

        Problem p = onlyError(fixture.load(), Rule.LESSON_COUNT, MADPAKKE, fixture.lineOf(MADPAKKE, "  lessons:"));
        assertThat(p.message()).isEqualTo("'lessons' er 3, men guide.lessons har 2 lektion(er); de skal passe sammen");
    }

    @Test
    void lessonMinutesMustAddUpTo45() {
        fixture.replace(MADPAKKE, "        - minutes: 30", "        - minutes: 20");

        Problem p = onlyError(fixture.load(), Rule.LESSON_MINUTES, MADPAKKE,
                fixture.lineOf(MADPAKKE, "Lektion 1: Tæl madpakker"));
        assertThat(p.message()).isEqualTo(
                "lektion 1 ('Lektion 1: Tæl madpakker') varer 35 minutter (5 + 20 + 10), "
                        + "men en lektion er 45 minutter");
    }

    @Test
    void everyGoalNeedsAnEvaluation() {
        fixture.replace(MADPAKKE, "    - goal: tf18.dm.6.1\n"
                + "      signs: \"Eleven siger, hvem der har gavn af data.\"\n"
                + "      emerging: \"Eleven nævner en bruger af data, men ikke hvorfor.\"\n"
                + "      beyond: \"Eleven nævner både gavn og risiko for den samme bruger.\"\n", "");

        Problem p = onlyError(fixture.load(), Rule.EVALUATION_GOALS, MADPAKKE, fixture.lineOf(MADPAKKE, "evaluation:"));
        assertThat(p.message()).contains("'tf18.dm.6.1' mangler en evaluering");
    }

    @Test
    void evaluationOfAGoalTheActivityDoesNotHave() {
        fixture.replace(ROBOT, "    - goal: tf18.ct.3.1\n", "    - goal: tf18.dm.3.1\n");

        LoadResult result = fixture.load();

        assertThat(result.errors()).extracting(Problem::rule).containsOnly(Rule.EVALUATION_GOALS.id());
        // Sorted by line: the missing one points at "evaluation:", the stray one at its entry below.
        assertThat(result.errors()).extracting(Problem::message).containsExactly(
                "målet 'tf18.ct.3.1' mangler en evaluering i guide.evaluation (én pr. mål i 'goals')",
                "evaluation nævner målet 'tf18.dm.3.1', som ikke står i 'goals'");
    }

    @Test
    void tooFewReflectionQuestionsIsAnError() {
        fixture.replace(ROBOT, "    - \"Hvor møder du maskiner, der følger ordrer?\"\n", "");

        Problem p = onlyError(fixture.load(), Rule.REFLECTION_TOO_FEW, ROBOT, fixture.lineOf(ROBOT, "reflection:"));
        assertThat(p.message()).startsWith("guide.reflection har 2 spørgsmål, men skal have 3–5");
    }

    @Test
    void tooManyReflectionQuestionsIsAWarning() {
        String last = "    - \"Hvad betyder det for et samfund?\"\n";
        fixture.replace(DATA, last, last + "    - \"Hvem tjener penge?\"\n    - \"Hvad gør du nu?\"\n");

        onlyWarning(fixture.load(), Rule.REFLECTION_TOO_MANY, DATA, fixture.lineOf(DATA, "reflection:"));
    }
}
