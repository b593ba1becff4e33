package dk.opdag.curriculum.load;

import dk.opdag.curriculum.model.Activity;
import dk.opdag.curriculum.model.Evaluation;
import dk.opdag.curriculum.model.GradeBand;
import dk.opdag.curriculum.model.Guide;
import dk.opdag.curriculum.model.Term;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Rules for what makes a guide trustworthy: a recent factual review, background for a non-specialist teacher, a word
 * list for pupils learning Danish, an answer key, and evaluation on three levels (på vej / nået / videre).
 */
final class GuideFieldChecks {

    /**
     * Every shipped activity has the fields (since wave 2), so a missing field blocks like any error.
     * Tests check both modes through {@link CurriculumLoader}'s option.
     */
    static final boolean MISSING_IS_ERROR = true;

    static final int REVIEW_YEARS = 2;
    static final int MIN_BACKGROUND_WORDS = 100;
    static final int MAX_BACKGROUND_WORDS = 300;
    static final int MIN_VOCABULARY = 5;
    static final int MAX_VOCABULARY = 10;
    static final int MIN_ANSWERS = 3;
    static final int MAX_ANSWERS = 10;

    /** {@link Rule#GUIDE_FIELD_MISSING} as an error, for the strict mode before the constant is flipped. */
    private static final CheckRule MISSING_AS_ERROR = new CheckRule() {
        @Override
        public String id() {
            return Rule.GUIDE_FIELD_MISSING.id();
        }

        @Override
        public Rule.Severity severity() {
            return Rule.Severity.ERROR;
        }
    };

    private final CheckRule missing;
    private final LocalDate today;

    /**
     * @param missingIsError report missing fields as errors (else as {@link Rule#GUIDE_FIELD_MISSING}'s severity)
     * @param today          the day reviews are measured against
     */
    GuideFieldChecks(boolean missingIsError, LocalDate today) {
        this.missing = missingIsError ? MISSING_AS_ERROR : Rule.GUIDE_FIELD_MISSING;
        this.today = today;
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Copenhagen"));
    }

    /**
     * @param required false for a teacher's own activity: its fields are checked when present, never demanded
     * @param band     the activity's band, or null when its grades are wrong (already reported)
     */
    void check(ActivityReader.Read read, boolean required, GradeBand band) {
        Activity activity = read.activity();
        FileReport report = read.report();
        checkReviewed(read, required);
        Guide guide = activity.guide();
        if (guide == null || !report.readable("guide")) {
            return;
        }
        checkBackground(read, guide, required);
        checkVocabulary(read, guide, required, band);
        checkAnswers(read, guide, required);
        checkEvaluationLevels(read, guide, required);
    }

    private void checkReviewed(ActivityReader.Read read, boolean required) {
        LocalDate reviewed = read.activity().reviewed();
        FileReport report = read.report();
        if (reviewed == null) {
            if (required && report.readable("reviewed")) {
                report.report(missing, read.line("id"), "feltet 'reviewed' mangler: skriv datoen for den seneste "
                        + "faglige gennemlæsning, fx reviewed: " + today);
            }
            return;
        }
        if (reviewed.isAfter(today)) {
            report.report(Rule.REVIEW_IN_FUTURE, read.line("reviewed"), "'reviewed' er " + reviewed
                    + ", som ligger efter i dag (" + today + "); skriv den dag, forløbet blev gennemset");
        } else if (reviewed.isBefore(today.minusYears(REVIEW_YEARS))) {
            report.report(Rule.REVIEW_OVERDUE, read.line("reviewed"), "forløbet blev sidst gennemset fagligt "
                    + reviewed + ", mere end " + REVIEW_YEARS + " år siden; tjek fakta og eksempler og ret datoen");
        }
    }

    private void checkBackground(ActivityReader.Read read, Guide guide, boolean required) {
        FileReport report = read.report();
        if (guide.background() == null) {
            if (required && report.readable("guide.background")) {
                report.report(missing, read.line("guide"), "feltet 'guide.background' mangler: "
                        + MIN_BACKGROUND_WORDS + "–" + MAX_BACKGROUND_WORDS + " ord om den faglige viden, "
                        + "læreren skal have for at undervise rigtigt");
            }
            return;
        }
        int words = words(guide.background());
        if (words < MIN_BACKGROUND_WORDS || words > MAX_BACKGROUND_WORDS) {
            report.report(Rule.BACKGROUND_LENGTH, read.line("guide.background"), "guide.background har " + words
                    + " ord, men skal have " + MIN_BACKGROUND_WORDS + "–" + MAX_BACKGROUND_WORDS);
        }
    }

    private void checkVocabulary(ActivityReader.Read read, Guide guide, boolean required, GradeBand band) {
        FileReport report = read.report();
        String path = "guide.vocabulary";
        if (!report.intact(path)) {
            return;
        }
        int count = guide.vocabulary().size();
        if (count == 0) {
            if (required) {
                report.report(missing, read.line(read.line(path) != null ? path : "guide"), "feltet 'guide.vocabulary' mangler: " + MIN_VOCABULARY + "–" + MAX_VOCABULARY
                        + " ord med en enkel forklaring til elever, der lærer dansk");
            }
            return;
        }
        if (count < MIN_VOCABULARY || count > MAX_VOCABULARY) {
            report.report(Rule.VOCABULARY_COUNT, read.line(path), "guide.vocabulary har " + count
                    + " ord, men skal have " + MIN_VOCABULARY + "–" + MAX_VOCABULARY);
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < count; i++) {
            Term term = guide.vocabulary().get(i);
            if (term.word() != null && !seen.add(term.word().toLowerCase(Locale.ROOT))) {
                report.report(Rule.DUPLICATE_ID, read.line(path + "[" + (i + 1) + "]"),
                        "ordet '" + term.word() + "' står to gange i guide.vocabulary");
            }
        }
        if (band != null) {
            String explanations = guide.vocabulary().stream().map(Term::means)
                    .filter(java.util.Objects::nonNull).collect(Collectors.joining(" "));
            Lix.Score lix = Lix.of(explanations);
            int limit = ActivityChecks.INTRO_LIX_LIMIT.get(band);
            if (lix.value() > limit) {
                report.report(Rule.VOCABULARY_LIX, read.line(path), "forklaringerne i guide.vocabulary har LIX "
                        + lix.rounded() + ", men højst " + limit + " for " + GradeChecks.label(band)
                        + "; skriv kortere sætninger og ord");
            }
        }
    }

    private void checkAnswers(ActivityReader.Read read, Guide guide, boolean required) {
        FileReport report = read.report();
        String path = "guide.answers";
        if (!report.intact(path)) {
            return;
        }
        int count = guide.answers().size();
        if (count == 0) {
            if (required) {
                report.report(missing, read.line(read.line(path) != null ? path : "guide"), "feltet 'guide.answers' "
                        + "mangler: " + MIN_ANSWERS + "–" + MAX_ANSWERS + " svar på de spørgsmål, eleverne møder "
                        + "(facit til læreren)");
            }
        } else if (count < MIN_ANSWERS || count > MAX_ANSWERS) {
            report.report(Rule.ANSWERS_COUNT, read.line(path), "guide.answers har " + count
                    + " svar, men skal have " + MIN_ANSWERS + "–" + MAX_ANSWERS);
        }
    }

    private void checkEvaluationLevels(ActivityReader.Read read, Guide guide, boolean required) {
        if (!required || !read.report().intact("guide.evaluation")) {
            return;
        }
        for (int i = 0; i < guide.evaluation().size(); i++) {
            Evaluation e = guide.evaluation().get(i);
            String path = "guide.evaluation[" + (i + 1) + "]";
            if (e.emerging() == null) {
                read.report().report(missing, read.line(path), "'" + path + "' mangler 'emerging' (på vej: hvad gør "
                        + "en elev, der ikke er nået målet endnu?)");
            }
            if (e.beyond() == null) {
                read.report().report(missing, read.line(path), "'" + path + "' mangler 'beyond' (videre: hvad gør "
                        + "en elev, der når længere end målet?)");
            }
        }
    }

    /** Words in Markdown: runs of letters or digits, so list marks and emphasis do not count. */
    static int words(String markdown) {
        return (int) java.util.regex.Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*").matcher(markdown)
                .results().count();
    }
}
