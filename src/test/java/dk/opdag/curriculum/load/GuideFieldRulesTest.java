package dk.opdag.curriculum.load;

import static dk.opdag.curriculum.load.Fixture.DATA;
import static dk.opdag.curriculum.load.Fixture.ROBOT;
import static dk.opdag.curriculum.load.ProblemAssert.onlyError;
import static dk.opdag.curriculum.load.ProblemAssert.onlyWarning;
import static org.assertj.core.api.Assertions.assertThat;

import dk.opdag.curriculum.model.Activity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** Review date, background, word list, answer key and three evaluation levels (issue 14, schema §1–4). */
class GuideFieldRulesTest {

    static final String ROBOT_EVALUATION = "      emerging: \"Eleven giver ordrer, men glemmer at dreje eller tælle.\"\n";

    @TempDir
    Path temp;
    Fixture fixture;

    @BeforeEach
    void copyBase() {
        fixture = Fixture.copyOfBase(temp);
    }

    @Test
    void theFieldsAreReadIntoTheModel() {
        Activity robot = fixture.load().curriculum().activity("robot-paa-gulvet").orElseThrow();

        assertThat(robot.reviewed()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(robot.guide().background()).startsWith("En robot gør kun det, den får besked på.");
        assertThat(robot.guide().vocabulary()).hasSize(5);
        assertThat(robot.guide().vocabulary().getFirst().word()).isEqualTo("robot");
        assertThat(robot.guide().vocabulary().getFirst().means()).isEqualTo("En maskine, der gør det, den får besked på.");
        assertThat(robot.guide().answers()).hasSize(3);
        assertThat(robot.guide().answers().get(1).q()).isEqualTo("Hvem har skylden?");
        assertThat(robot.guide().evaluation().getFirst().emerging())
                .isEqualTo("Eleven giver ordrer, men glemmer at dreje eller tælle.");
        assertThat(robot.guide().evaluation().getFirst().beyond())
                .isEqualTo("Eleven bruger en gentagelse, så der skal færre ordrer til.");
    }

    @Test
    void aMissingReviewDateIsAnError() {
        fixture.replace(ROBOT, "reviewed: 2026-12-01\n", "");

        Problem p = onlyError(fixture.load(), Rule.GUIDE_FIELD_MISSING, ROBOT, fixture.lineOf(ROBOT, "id:"));
        assertThat(p.message()).startsWith("feltet 'reviewed' mangler");
    }

    @Test
    void aMissingBackgroundIsAnError() {
        String text = fixture.read(ROBOT);
        int from = text.indexOf("  background: |\n");
        int to = text.indexOf("  vocabulary:\n");
        fixture.write(ROBOT, text.substring(0, from) + text.substring(to));

        Problem p = onlyError(fixture.load(), Rule.GUIDE_FIELD_MISSING, ROBOT, fixture.lineOf(ROBOT, "guide:"));
        assertThat(p.message()).startsWith("feltet 'guide.background' mangler");
    }

    @Test
    void aMissingWordListIsAnError() {
        cut(ROBOT, "  vocabulary:\n", "  answers:\n");

        Problem p = onlyError(fixture.load(), Rule.GUIDE_FIELD_MISSING, ROBOT, fixture.lineOf(ROBOT, "guide:"));
        assertThat(p.message()).startsWith("feltet 'guide.vocabulary' mangler");
    }

    @Test
    void aMissingAnswerKeyIsAnError() {
        cut(ROBOT, "  answers:\n", "  reflection:\n");

        Problem p = onlyError(fixture.load(), Rule.GUIDE_FIELD_MISSING, ROBOT, fixture.lineOf(ROBOT, "guide:"));
        assertThat(p.message()).startsWith("feltet 'guide.answers' mangler");
    }

    @Test
    void anEmptyAnswerKeyCountsAsMissing() {
        String text = fixture.read(ROBOT);
        int from = text.indexOf("  answers:\n");
        int to = text.indexOf("  reflection:\n");
        fixture.write(ROBOT, text.substring(0, from) + "  answers: []\n" + text.substring(to));

        Problem p = onlyError(fixture.load(), Rule.GUIDE_FIELD_MISSING, ROBOT, fixture.lineOf(ROBOT, "answers:"));
        assertThat(p.message()).startsWith("feltet 'guide.answers' mangler");
    }

    @Test
    void everyEvaluationNeedsTheLevelsBelowAndAboveTheGoal() {
        fixture.replace(ROBOT, ROBOT_EVALUATION, "");

        Problem p = onlyError(fixture.load(), Rule.GUIDE_FIELD_MISSING, ROBOT,
                fixture.lineOf(ROBOT, "- goal: tf18.ct.3.1"));
        assertThat(p.message()).isEqualTo("'guide.evaluation[1]' mangler 'emerging' (på vej: hvad gør en elev, der "
                + "ikke er nået målet endnu?)");
    }

    @Test
    void inStrictModeAMissingFieldIsAnError() {
        fixture.replace(ROBOT, "reviewed: 2026-12-01\n", "").replace(ROBOT, ROBOT_EVALUATION, "");

        LoadResult result = CurriculumLoader.loadWithGuideFieldsRequired(fixture.dir());

        assertThat(result.warnings()).isEmpty();
        assertThat(result.errors()).extracting(Problem::rule).containsExactly(Rule.GUIDE_FIELD_MISSING.id(),
                Rule.GUIDE_FIELD_MISSING.id());
        assertThat(result.errors()).extracting(Problem::line).containsExactly(fixture.lineOf(ROBOT, "id:"),
                fixture.lineOf(ROBOT, "- goal: tf18.ct.3.1"));
    }

    @Test
    void theSeverityFollowsTheOneConstant() {
        assertThat(Rule.GUIDE_FIELD_MISSING.severity()).isEqualTo(GuideFieldChecks.MISSING_IS_ERROR
                ? Rule.Severity.ERROR : Rule.Severity.WARNING);
    }

    @Test
    void aReviewInTheFutureIsAnError() {
        fixture.replace(ROBOT, "reviewed: 2026-12-01", "reviewed: 2999-01-01");

        Problem p = onlyError(fixture.load(), Rule.REVIEW_IN_FUTURE, ROBOT, fixture.lineOf(ROBOT, "reviewed:"));
        assertThat(p.message()).startsWith("'reviewed' er 2999-01-01, som ligger efter i dag");
    }

    @Test
    void aReviewMoreThanTwoYearsAgoIsOverdue() {
        String old = GuideFieldChecks.today().minusYears(2).minusDays(1).toString();
        fixture.replace(ROBOT, "reviewed: 2026-12-01", "reviewed: " + old);

        Problem p = onlyWarning(fixture.load(), Rule.REVIEW_OVERDUE, ROBOT, fixture.lineOf(ROBOT, "reviewed:"));
        assertThat(p.message()).startsWith("forløbet blev sidst gennemset fagligt " + old + ", mere end 2 år siden");
    }

    @Test
    void aReviewExactlyTwoYearsAgoIsNotOverdue() {
        fixture.replace(ROBOT, "reviewed: 2026-12-01",
                "reviewed: " + GuideFieldChecks.today().minusYears(2));

        assertThat(fixture.load().warnings()).isEmpty();
    }

    @Test
    void aReviewDateMustBeADate() {
        fixture.replace(ROBOT, "reviewed: 2026-12-01", "reviewed: 1. december 2026");

        Problem p = onlyError(fixture.load(), Rule.WRONG_TYPE, ROBOT, fixture.lineOf(ROBOT, "reviewed:"));
        assertThat(p.message()).isEqualTo("'reviewed' skal være en dato som 2026-12-03 (år-måned-dag), "
                + "men er '1. december 2026'");
    }

    @Test
    void aBackgroundUnder100WordsIsAWarning() {
        String text = fixture.read(ROBOT);
        int from = text.indexOf("  background: |\n");
        int to = text.indexOf("  vocabulary:\n");
        fixture.write(ROBOT, text.substring(0, from) + "  background: |\n    En robot gør, hvad den får besked på.\n"
                + text.substring(to));

        Problem p = onlyWarning(fixture.load(), Rule.BACKGROUND_LENGTH, ROBOT, fixture.lineOf(ROBOT, "background:"));
        assertThat(p.message()).isEqualTo("guide.background har 8 ord, men skal have 100–300");
    }

    @Test
    void aWordListNeedsFiveToTenWords() {
        fixture.replace(ROBOT, "    - word: \"fejl\"\n      means: \"Noget, der gik galt.\"\n", "");

        Problem p = onlyError(fixture.load(), Rule.VOCABULARY_COUNT, ROBOT, fixture.lineOf(ROBOT, "vocabulary:"));
        assertThat(p.message()).isEqualTo("guide.vocabulary har 4 ord, men skal have 5–10");
    }

    @Test
    void aWordTwiceInTheListIsADuplicate() {
        fixture.replace(ROBOT, "    - word: \"fejl\"", "    - word: \"Robot\"");

        Problem p = onlyError(fixture.load(), Rule.DUPLICATE_ID, ROBOT, fixture.lineOf(ROBOT, "word: \"Robot\""));
        assertThat(p.message()).isEqualTo("ordet 'Robot' står to gange i guide.vocabulary");
    }

    @Test
    void aWordNeedsAnExplanation() {
        fixture.replace(ROBOT, "      means: \"Noget, der gik galt.\"\n", "");

        Problem p = onlyError(fixture.load(), Rule.REQUIRED_FIELD, ROBOT, fixture.lineOf(ROBOT, "word: \"fejl\""));
        assertThat(p.message()).isEqualTo("feltet 'guide.vocabulary[5].means' mangler");
    }

    @Test
    void explanationsForPupilsLearningDanishMustReadEasily() {
        fixture.replace(ROBOT, "\"En maskine, der gør det, den får besked på.\"",
                "\"En programmerbar elektromekanisk konstruktion, ofte anvendt indenfor industriautomatisering.\"")
                .replace(ROBOT, "\"En kort besked om, hvad du skal gøre.\"",
                        "\"En instruktion, formuleret imperativt, som modtageren forventes at udføre.\"")
                .replace(ROBOT, "\"Noget, der gik galt.\"",
                        "\"Uoverensstemmelse mellem forventet og observeret systemadfærd.\"");

        Problem p = onlyWarning(fixture.load(), Rule.VOCABULARY_LIX, ROBOT, fixture.lineOf(ROBOT, "vocabulary:"));
        assertThat(p.message()).startsWith("forklaringerne i guide.vocabulary har LIX ").contains("højst 25");
    }

    @Test
    void anAnswerKeyNeedsThreeToTenAnswers() {
        fixture.replace(ROBOT, "    - q: \"Hvem har skylden?\"\n"
                + "      a: \"Den, der skrev ordrerne. Robotten gør kun det, der står.\"\n", "");

        Problem p = onlyError(fixture.load(), Rule.ANSWERS_COUNT, ROBOT, fixture.lineOf(ROBOT, "answers:"));
        assertThat(p.message()).isEqualTo("guide.answers har 2 svar, men skal have 3–10");
    }

    @Test
    void aTypoInTheNewFieldsIsCaught() {
        fixture.replace(ROBOT, "      emerging:", "      emergin:");

        LoadResult result = fixture.load();
        assertThat(result.errors()).extracting(Problem::rule).containsExactly(Rule.UNKNOWN_FIELD.id());
        assertThat(result.errors().getFirst().message()).contains("mente du 'emerging'?");
    }

    @Test
    void aTeachersOwnActivityNeedsNoneOfTheFields() {
        String own = fixture.read(DATA).replace("reviewed: 2026-12-01\n", "");
        String withoutGuideFields = own.substring(0, own.indexOf("  background: |\n"))
                + own.substring(own.indexOf("  reflection:\n"));
        String bare = Stream.of(withoutGuideFields.split("\n", -1))
                .filter(line -> !line.startsWith("      emerging:") && !line.startsWith("      beyond:"))
                .reduce((a, b) -> a + "\n" + b).orElseThrow();

        LoadResult result = CurriculumLoader.checkActivity("curriculum-fixtures/base", "hvem-ser-dine-data",
                bare.getBytes(StandardCharsets.UTF_8));

        assertThat(Stream.concat(result.errors().stream(), result.warnings().stream()).map(Problem::rule).toList())
                .doesNotContain(Rule.GUIDE_FIELD_MISSING.id());
        assertThat(result.errors()).isEmpty();
    }

    @Test
    void aTeachersOwnActivityWithAWordListIsCheckedLikeTheCatalogue() {
        String own = fixture.read(DATA).replace("    - word: \"indsigt\"", "    - word: \"formål\"");

        LoadResult result = CurriculumLoader.checkActivity("curriculum-fixtures/base", "hvem-ser-dine-data",
                own.getBytes(StandardCharsets.UTF_8));

        assertThat(result.errors()).extracting(Problem::rule).containsExactly(Rule.DUPLICATE_ID.id());
    }

    @Test
    void theFieldsSurviveTheCataloguesJsonAndOldJsonStillReads() {
        JsonMapper json = JsonMapper.builder().build();
        Activity robot = fixture.load().curriculum().activity("robot-paa-gulvet").orElseThrow();
        String body = json.writeValueAsString(robot);

        assertThat(json.readValue(body, Activity.class)).isEqualTo(robot);
        assertThat(body).contains("\"reviewed\":\"2026-12-01\"");
        String old = body.replaceAll(",\"reviewed\":\"[0-9-]+\"", "")
                .replaceAll(",\"background\":\"[^\"]*\"", "").replaceAll(",\"vocabulary\":\\[[^\\]]*\\]", "")
                .replaceAll(",\"answers\":\\[[^\\]]*\\]", "");
        Activity read = json.readValue(old, Activity.class);
        assertThat(read.reviewed()).isNull();
        assertThat(read.guide().vocabulary()).isEmpty();
        assertThat(read.guide().answers()).isEmpty();
    }

    @Test
    void wordsAreCountedWithoutMarkdown() {
        assertThat(GuideFieldChecks.words("- **Data** er *tal*, fx 3-4 ting.\n\n> Ikke alt.")).isEqualTo(8);
    }

    private void cut(String file, String from, String to) {
        String text = fixture.read(file);
        int start = text.indexOf(from);
        int end = text.indexOf(to);
        assertThat(List.of(start, end)).doesNotContain(-1);
        fixture.write(file, text.substring(0, start) + text.substring(end));
    }
}
