package dk.opdag.curriculum.yearplan;

import static org.assertj.core.api.Assertions.assertThat;

import dk.opdag.curriculum.load.CurriculumFiles;
import dk.opdag.curriculum.load.CurriculumLoader;
import dk.opdag.curriculum.load.Problem;
import dk.opdag.curriculum.model.Curriculum;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped sample year plans and valgfag course pass their check, and each rule catches what it should. */
class YearPlanLoaderTest {

    static Curriculum curriculum;
    static CurriculumFiles shipped;

    @BeforeAll
    static void load() {
        curriculum = CurriculumLoader.loadFromClasspath("curriculum").curriculum();
        shipped = CurriculumFiles.fromDirectory(Path.of("curriculum"));
    }

    private static YearPlanLoader.Result withFile(String path, String yaml) {
        SortedMap<String, byte[]> files = new TreeMap<>(shipped.files());
        if (yaml == null) {
            files.remove(path);
        } else {
            files.put(path, yaml.getBytes(StandardCharsets.UTF_8));
        }
        return YearPlanLoader.load(new CurriculumFiles("test", files), curriculum);
    }

    private static String shippedText(String path) {
        return new String(shipped.files().get(path), StandardCharsets.UTF_8);
    }

    private static List<String> rules(YearPlanLoader.Result result) {
        return result.errors().stream().map(Problem::rule).toList();
    }

    @Test
    void everyGradeHasBothModelsAndNothingIsWrong() {
        YearPlanLoader.Result result = YearPlanLoader.load(shipped, curriculum);
        assertThat(result.errors()).as(result.errors().stream().map(Problem::format)
                .collect(Collectors.joining("\n"))).isEmpty();
        assertThat(result.plans()).hasSize(20);
        for (int grade = 0; grade <= 9; grade++) {
            int g = grade;
            assertThat(result.plans().stream().filter(p -> p.grade() == g).map(SamplePlan::model))
                    .containsExactlyInAnyOrder(PlanModel.INTEGRERET, PlanModel.TEMAUGER);
        }
        result.plans().forEach(p -> {
            assertThat(p.totalLessons()).isEqualTo(80);
            System.out.printf("FIGURES plan %-13s items=%2d own=%2d/80%n", p.id(), p.items().size(), p.ownLessons());
        });
        ValgfagCourse course = result.courses().getFirst();
        assertThat(course.totalLessons()).isEqualTo(80);
        assertThat(course.modules()).anyMatch(CourseModule::isProject).anyMatch(m -> !m.isProject());
    }

    @Test
    void anUnknownActivityIsReportedWithItsLine() {
        String path = "yearplans/4-integreret.yaml";
        String yaml = shippedText(path);
        String first = yaml.substring(yaml.indexOf("activity: ") + 10, yaml.indexOf('\n', yaml.indexOf("activity: ")));
        YearPlanLoader.Result result = withFile(path, yaml.replaceFirst("activity: " + first, "activity: findes-ikke"));
        assertThat(result.errors()).anySatisfy(p -> {
            assertThat(p.rule()).isEqualTo("yearplan-activity");
            assertThat(p.file()).isEqualTo(path);
            assertThat(p.line()).isNotNull();
            assertThat(p.message()).contains("findes-ikke");
        });
    }

    @Test
    void anActivityForAnotherGradeAndASubjectNotTaughtAreRefused() {
        String plan = """
                id: 1-integreret
                grade: 1
                model: integreret
                title: t
                rationale: r
                lessonsPerWeek: 2
                teachingWeeks: 40
                items:
                  - weeks: [34, 35]
                    subject: matematik
                    activity: knaek-koden
                    lessons: 4
                    why: w
                  - weeks: [36, 37]
                    subject: samfundsfag
                    own: Eget forløb
                    areas: [dm]
                    lessons: 4
                    why: w
                """;
        List<String> rules = rules(withFile("yearplans/1-integreret.yaml", plan));
        assertThat(rules).contains("yearplan-activity", "yearplan-subject");
    }

    @Test
    void weeksOutsideTheSchoolYearLessonSumsSpreadAndAreasAreChecked() {
        String plan = """
                id: 2-integreret
                grade: 2
                model: integreret
                title: t
                rationale: r
                lessonsPerWeek: 2
                teachingWeeks: 40
                items:
                  - weeks: [28, 30]
                    subject: dansk
                    own: Eget forløb
                    areas: [dm]
                    lessons: 4
                    why: w
                  - weeks: [36, 36]
                    subject: matematik
                    activity: vaer-robotten
                    lessons: 8
                    why: w
                """;
        List<String> rules = rules(withFile("yearplans/2-integreret.yaml", plan));
        assertThat(rules).contains("yearplan-week");
        String fewer = plan.replace("weeks: [28, 30]", "weeks: [34, 35]");
        assertThat(rules(withFile("yearplans/2-integreret.yaml", fewer)))
                .contains("yearplan-lessons", "yearplan-spread", "yearplan-areas");
    }

    @Test
    void themeWeeksMustGatherTheLessons() {
        String path = "yearplans/5-temauger.yaml";
        String yaml = shippedText(path);
        String spread = yaml.replaceFirst("weeks: \\[(\\d+), \\1\\]", "weeks: [33, 51]");
        assertThat(rules(withFile(path, spread))).contains("yearplan-spread");
    }

    @Test
    void aMissingGradeAndAWrongFileNameAreReported() {
        assertThat(rules(withFile("yearplans/0-temauger.yaml", null))).containsExactly("yearplan-missing");
        String yaml = shippedText("yearplans/3-temauger.yaml");
        YearPlanLoader.Result renamed = withFile("yearplans/3-temauger.yaml", yaml.replace("id: 3-temauger",
                "id: 3-andet"));
        assertThat(rules(renamed)).contains("yearplan-id");
    }

    @Test
    void aCourseModuleNeedsAnActivityThatFitsBothGradesOrAProject() {
        String path = "courses/valgfag-teknologiforstaaelse.yaml";
        String yaml = shippedText(path);
        YearPlanLoader.Result result = withFile(path, yaml.replace("activity: knaek-koden",
                "activity: hvem-bestemmer-hvad-du-ser"));
        assertThat(rules(result)).contains("yearplan-activity");
        YearPlanLoader.Result unfitting = withFile(path, yaml.replace("experiments: [knaek-caesar]",
                "experiments: [filterboblen-i-tal]"));
        assertThat(rules(unfitting)).containsExactly("yearplan-experiment");
    }
}
