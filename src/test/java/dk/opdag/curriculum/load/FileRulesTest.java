package dk.opdag.curriculum.load;

import static dk.opdag.curriculum.load.Fixture.FRAMEWORK;
import static dk.opdag.curriculum.load.Fixture.ROBOT;
import static dk.opdag.curriculum.load.Fixture.SUBJECTS;
import static dk.opdag.curriculum.load.ProblemAssert.onlyError;
import static dk.opdag.curriculum.load.ProblemAssert.onlyWarning;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules about files and their shape: YAML, fields, types, ids. */
class FileRulesTest {

    @TempDir
    Path temp;
    Fixture fixture;

    @BeforeEach
    void copyBase() {
        fixture = Fixture.copyOfBase(temp);
    }

    @Test
    void yamlSyntax() {
        fixture.replace(ROBOT, "lessons: 1\n", "lessons: 1\n  extra: 2\n");

        Problem p = onlyError(fixture.load(), Rule.YAML_SYNTAX, ROBOT, fixture.lineOf(ROBOT, "extra: 2"));
        assertThat(p.message()).startsWith("YAML kan ikke læses").contains("mapping values are not allowed here")
                .doesNotContain("^");
    }

    @Test
    void duplicateKey() {
        fixture.replace(ROBOT, "lessons: 1\n", "lessons: 1\nlessons: 1\n");

        onlyError(fixture.load(), Rule.DUPLICATE_KEY, ROBOT, fixture.lineOf(ROBOT, "lessons: 1") + 1);
    }

    @Test
    void missingFile() {
        fixture.delete(SUBJECTS);

        // Only the missing file: the activities' subjects are not reported as unknown on top of it.
        onlyError(fixture.load(), Rule.MISSING_FILE, SUBJECTS, null);
    }

    @Test
    void ignoredFileIsAWarning() {
        fixture.write("activities/kladde.yml", fixture.read(ROBOT));

        Problem p = onlyWarning(fixture.load(), Rule.IGNORED_FILE, "activities/kladde.yml", null);
        assertThat(p.message()).contains("ikke .yml");
    }

    @Test
    void readmeAndHiddenFilesAreNotWarnedAbout() {
        fixture.write("activities/README.md", "# Forløb\n").write("activities/.DS_Store", "x");

        assertThat(fixture.load().warnings()).isEmpty();
    }

    @Test
    void requiredField() {
        fixture.replace(ROBOT, "title: Robot på gulvet\n", "");

        Problem p = onlyError(fixture.load(), Rule.REQUIRED_FIELD, ROBOT, null);
        assertThat(p.message()).isEqualTo("feltet 'title' mangler");
    }

    @Test
    void requiredNestedFieldPointsAtItsParent() {
        fixture.replace(ROBOT, "      signs: \"Eleven giver ordrer, som robotten kan følge.\"\n", "");

        Problem p = onlyError(fixture.load(), Rule.REQUIRED_FIELD, ROBOT, fixture.lineOf(ROBOT, "- goal: tf18.ct.3.1"));
        assertThat(p.message()).isEqualTo("feltet 'guide.evaluation[1].signs' mangler");
    }

    @Test
    void wrongType() {
        fixture.replace(ROBOT, "lessons: 1", "lessons: en");

        Problem p = onlyError(fixture.load(), Rule.WRONG_TYPE, ROBOT, fixture.lineOf(ROBOT, "lessons: en"));
        assertThat(p.message()).isEqualTo("'lessons' skal være et helt tal, men er tekst ('en')");
    }

    @Test
    void unknownFieldSuggestsTheRightName() {
        fixture.replace(ROBOT, "materials:", "materialer:");

        // One mistake, one error: not also "feltet 'materials' mangler".
        Problem p = onlyError(fixture.load(), Rule.UNKNOWN_FIELD, ROBOT, fixture.lineOf(ROBOT, "materialer:"));
        assertThat(p.message()).isEqualTo("ukendt felt 'materialer' – mente du 'materials'?");
    }

    @Test
    void valueRange() {
        fixture.replace(ROBOT, "lessons: 1", "lessons: 21");

        // Only the range: the guide's one lesson is not also reported as a mismatch.
        onlyError(fixture.load(), Rule.VALUE_RANGE, ROBOT, fixture.lineOf(ROBOT, "lessons: 21"));
    }

    @Test
    void idSlug() {
        String file = "activities/Robot_Gulv.yaml";
        fixture.write(file, fixture.read(ROBOT).replace("id: robot-paa-gulvet", "id: Robot_Gulv")).delete(ROBOT);

        onlyError(fixture.load(), Rule.ID_SLUG, file, 1);
    }

    @Test
    void idFilename() {
        fixture.replace(ROBOT, "id: robot-paa-gulvet", "id: robot-paa-gulv");

        Problem p = onlyError(fixture.load(), Rule.ID_FILENAME, ROBOT, 1);
        assertThat(p.message()).contains("'robot-paa-gulv'", "'robot-paa-gulvet.yaml'");
    }

    @Test
    void duplicateActivityId() {
        String copy = "activities/robot-paa-gulvet-kopi.yaml";
        fixture.write(copy, fixture.read(ROBOT));

        LoadResult result = fixture.load();

        assertThat(result.errors()).extracting(Problem::rule, Problem::file).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(Rule.DUPLICATE_ID.id(), copy),
                org.assertj.core.groups.Tuple.tuple(Rule.ID_FILENAME.id(), copy));
        assertThat(result.curriculum().activities()).hasSize(3);
    }

    @Test
    void duplicateSubjectId() {
        fixture.write(SUBJECTS, fixture.read(SUBJECTS) + "  - id: dansk\n    name: Dansk igen\n    grades: [1, 9]\n");

        Problem p = onlyError(fixture.load(), Rule.DUPLICATE_ID, SUBJECTS, fixture.lineOf(SUBJECTS, "Dansk igen") - 1);
        assertThat(p.message()).isEqualTo("id'et 'dansk' er allerede brugt til et fag (subjects.yaml:5)");
    }

    @Test
    void duplicateFrameworkVersion() {
        String copy = "frameworks/tf2019.yaml";
        // A second framework file that forgot to change its version (its goals have new ids).
        fixture.write(copy, fixture.read(FRAMEWORK).replace("tf18.", "tf19."));

        LoadResult result = fixture.load();

        assertThat(result.errors()).extracting(Problem::rule).containsExactlyInAnyOrder(
                Rule.ID_FILENAME.id(), Rule.DUPLICATE_ID.id());
        assertThat(result.errors()).allSatisfy(p -> assertThat(p.file()).isEqualTo(copy));
        assertThat(result.curriculum().frameworks()).hasSize(1);
    }
}
