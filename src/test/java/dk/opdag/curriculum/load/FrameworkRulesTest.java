package dk.opdag.curriculum.load;

import static dk.opdag.curriculum.load.Fixture.FRAMEWORK;
import static dk.opdag.curriculum.load.ProblemAssert.onlyError;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules inside a goal framework file. */
class FrameworkRulesTest {

    @TempDir
    Path temp;
    Fixture fixture;

    @BeforeEach
    void copyBase() {
        fixture = Fixture.copyOfBase(temp);
    }

    @Test
    void duplicateGoalId() {
        int line = fixture.lineOf(FRAMEWORK, "id: tf18.ct.9.1");
        fixture.replace(FRAMEWORK, "      - id: tf18.ct.9.1", "      - id: tf18.ct.6.1");

        Problem p = onlyError(fixture.load(), Rule.DUPLICATE_ID, FRAMEWORK, line);
        assertThat(p.message())
                .isEqualTo("id'et 'tf18.ct.6.1' er allerede brugt til et mål (frameworks/tf2018.yaml:18)");
    }

    @Test
    void unknownSkill() {
        int line = fixture.lineOf(FRAMEWORK, "skill: ct.algoritmer");
        fixture.replace(FRAMEWORK, "        skill: ct.algoritmer\n", "        skill: ct.algoritme\n");

        Problem p = onlyError(fixture.load(), Rule.UNKNOWN_SKILL, FRAMEWORK, line);
        assertThat(p.message()).endsWith("mente du 'ct.algoritmer'?");
    }

    @Test
    void goalAfterMustBe3Or6Or9() {
        fixture.replace(FRAMEWORK, "after: 6\n        skill: ct.data", "after: 5\n        skill: ct.data");

        // The activity that uses the broken goal gets no follow-on "unknown goal".
        Problem p = onlyError(fixture.load(), Rule.VALUE_RANGE, FRAMEWORK, fixture.lineOf(FRAMEWORK, "after: 5"));
        assertThat(p.message()).contains("3, 6 eller 9");
    }

    @Test
    void frameworkVersionMustMatchFileName() {
        fixture.replace(FRAMEWORK, "version: tf2018", "version: tf2019");

        onlyError(fixture.load(), Rule.ID_FILENAME, FRAMEWORK, 1);
    }
}
