package dk.opdag.curriculum.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An author fixing files wants every problem in one run, sorted by file and line. */
class AllProblemsAtOnceTest {

    @TempDir
    Path temp;

    @Test
    void reportsEveryProblemInEveryFile() {
        Fixture fixture = Fixture.copyOfBase(temp)
                .replace(Fixture.ROBOT, "lessons: 1", "lessons: 2")
                .replace(Fixture.ROBOT, "unplugged: full", "unplugged: ja")
                .replace(Fixture.MADPAKKE, "title: Hvad er der i madpakken?", "titel: Hvad er der i madpakken?")
                .write("activities/ødelagt.yaml", "id: x\n  title: [\n")
                .replace(Fixture.SUBJECTS, "grades: [8, 9]", "grades: [8, 12]");

        LoadResult result = fixture.load();

        assertThat(result.errors()).extracting(p -> p.file() + ":" + p.rule()).containsExactly(
                "activities/madpakke-data.yaml:unknown-field",
                "activities/robot-paa-gulvet.yaml:unplugged-value",
                "activities/robot-paa-gulvet.yaml:lesson-count",
                "activities/ødelagt.yaml:yaml-syntax",
                "subjects.yaml:grade-range");
    }

    @Test
    void aBrokenSubjectsFileDoesNotFloodTheActivitiesWithUnknownSubjects() {
        Fixture fixture = Fixture.copyOfBase(temp).write(Fixture.SUBJECTS, "subjects:\n  - id: dansk\n   name: x\n");

        LoadResult result = fixture.load();

        assertThat(result.errors()).extracting(Problem::rule).containsExactly(Rule.YAML_SYNTAX.id());
    }
}
