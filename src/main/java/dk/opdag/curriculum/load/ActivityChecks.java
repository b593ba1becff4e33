package dk.opdag.curriculum.load;

import dk.opdag.curriculum.model.Activity;
import dk.opdag.curriculum.model.GradeBand;
import dk.opdag.curriculum.model.GradeRange;
import dk.opdag.curriculum.model.Goal;
import dk.opdag.curriculum.model.Subject;
import dk.opdag.curriculum.model.SubjectUse;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Rules that tie an activity to the rest of the curriculum: grades, subjects, goals, experiments, readability. */
final class ActivityChecks {

    /** Highest LIX for the pupil intro per band (CONTENT-GUIDE.md). */
    static final Map<GradeBand, Integer> INTRO_LIX_LIMIT = Map.of(GradeBand.B0_3, 25, GradeBand.B4_6, 30,
            GradeBand.B7_9, 35);

    private final Map<String, Subject> subjects;
    private final Map<String, Goal> goals;
    private final Ids goalIds;
    private final Set<String> experiments;
    private final Map<String, GradeRange> experimentGrades;
    private final GuideFieldChecks guideFields;
    /** False for a teacher's own activity, which need not have a review date, background and so on. */
    private final boolean guideFieldsRequired;

    /**
     * @param subjects    by id, or null when subjects.yaml could not be read (then references are not checked)
     * @param goals       by id, or null when a framework could not be read (then goal ids are not checked)
     * @param goalIds     every goal id a framework declared, including goals too broken to keep
     * @param experiments      folder names in {@code experiments/}, including experiments too broken to read
     * @param experimentGrades grades of the experiments that could be read (null grades when unreadable)
     */
    ActivityChecks(Map<String, Subject> subjects, Map<String, Goal> goals, Ids goalIds, Set<String> experiments,
                   Map<String, GradeRange> experimentGrades, GuideFieldChecks guideFields,
                   boolean guideFieldsRequired) {
        this.guideFields = guideFields;
        this.guideFieldsRequired = guideFieldsRequired;
        this.subjects = subjects;
        this.goals = goals;
        this.goalIds = goalIds;
        this.experiments = experiments;
        this.experimentGrades = experimentGrades;
    }

    void check(ActivityReader.Read read) {
        Activity activity = read.activity();
        GradeBand band = band(read);
        checkSubjects(read, band != null ? activity.grades() : null);
        checkGoals(read, band);
        checkExperiments(read, band != null ? activity.grades() : null);
        checkStepExperiments(read);
        checkIntro(read, band);
        GuideChecks.check(read);
        guideFields.check(read, guideFieldsRequired, band);
    }

    /** The activity's one band, or null when its grades are missing or wrong (already reported). */
    private static GradeBand band(ActivityReader.Read read) {
        GradeRange grades = read.activity().grades();
        FileReport report = read.report();
        if (grades == null || !GradeChecks.checkRange(grades, "grades", report, read.line("grades"))
                || !GradeChecks.checkOneBand(grades, report, read.line("grades"))) {
            return null;
        }
        return GradeBand.of(grades.from());
    }

    private void checkSubjects(ActivityReader.Read read, GradeRange activityGrades) {
        FileReport report = read.report();
        List<SubjectUse> uses = read.activity().subjects();
        if (uses.isEmpty() && report.intact("subjects")) {
            report.report(Rule.REQUIRED_FIELD, read.line("subjects"), "forløbet skal have mindst ét fag i 'subjects'");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < uses.size(); i++) {
            SubjectUse use = uses.get(i);
            String path = "subjects[" + (i + 1) + "]";
            Integer line = read.line(path);
            if (use.id() == null) {
                continue;
            }
            if (!seen.add(use.id())) {
                report.report(Rule.DUPLICATE_ID, line, "faget '" + use.id() + "' står to gange i 'subjects'");
                continue;
            }
            if (subjects == null) {
                continue;
            }
            Subject subject = subjects.get(use.id());
            if (subject == null) {
                String hint = Spelling.closest(use.id(), subjects.keySet()).map(s -> " – mente du '" + s + "'?")
                        .orElse("");
                report.report(Rule.UNKNOWN_SUBJECT, line,
                        "faget '" + use.id() + "' findes ikke i subjects.yaml" + hint);
                continue;
            }
            GradeRange grades = usedGrades(read, use, path, activityGrades);
            if (grades != null && subject.grades() != null) {
                List<Integer> notTaught = grades.grades().filter(g -> !subject.taughtAt(g)).boxed().toList();
                if (!notTaught.isEmpty()) {
                    report.report(Rule.SUBJECT_GRADE, line, "faget '" + use.id() + "' undervises ikke på "
                            + GradeChecks.describe(notTaught) + " klassetrin (kun " + subject.grades().label() + ")");
                }
            }
        }
    }

    /** The grades a subject is used at: its own valid range inside the activity's, or the activity's. */
    private static GradeRange usedGrades(ActivityReader.Read read, SubjectUse use, String path, GradeRange activity) {
        if (use.grades() == null) {
            return activity;
        }
        String gradesPath = path + ".grades";
        Integer line = read.line(gradesPath);
        if (!GradeChecks.checkRange(use.grades(), gradesPath, read.report(), line) || activity == null) {
            return null;
        }
        if (!activity.contains(use.grades())) {
            read.report().report(Rule.GRADE_RANGE, line, "fagets klassetrin " + use.grades().label()
                    + " ligger ikke inden for forløbets " + activity.label());
            return null;
        }
        return use.grades();
    }

    private void checkGoals(ActivityReader.Read read, GradeBand band) {
        FileReport report = read.report();
        List<String> ids = read.activity().goals();
        if (ids.isEmpty() && report.intact("goals")) {
            report.report(Rule.REQUIRED_FIELD, read.line("goals"), "forløbet skal have mindst ét mål i 'goals'");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            Integer line = read.line("goals[" + (i + 1) + "]");
            if (!seen.add(id)) {
                report.report(Rule.DUPLICATE_ID, line, "målet '" + id + "' står to gange i 'goals'");
                continue;
            }
            if (goals == null) {
                continue;
            }
            Goal goal = goals.get(id);
            if (goal == null) {
                if (!goalIds.contains(id)) { // a goal that exists but is broken is reported in its framework
                    report.report(Rule.UNKNOWN_GOAL, line, "målet '" + id + "' findes ikke i nogen målramme"
                            + Spelling.closest(id, goals.keySet()).map(g -> " – mente du '" + g + "'?").orElse(""));
                }
            } else if (band != null && goal.band() != band) {
                report.report(Rule.GOAL_BAND, line, "målet '" + id + "' er et mål efter " + goal.after()
                        + ". klasse (for " + GradeChecks.label(goal.band()) + "), men forløbet er til "
                        + GradeChecks.label(band) + "; brug et mål efter " + band.to() + ". klasse");
            }
        }
    }

    private void checkExperiments(ActivityReader.Read read, GradeRange activityGrades) {
        List<String> ids = read.activity().experiments();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            Integer line = read.line("experiments[" + (i + 1) + "]");
            if (!seen.add(id)) {
                read.report().report(Rule.DUPLICATE_ID, line, "eksperimentet '" + id + "' står to gange i 'experiments'");
            } else if (!experiments.contains(id)) {
                read.report().report(Rule.UNKNOWN_EXPERIMENT, line, "eksperimentet '" + id + "' findes ikke i "
                        + "experiments/ (der skal være en mappe experiments/" + id + "/)"
                        + Spelling.closest(id, experiments).map(e -> " – mente du '" + e + "'?").orElse(""));
            } else {
                GradeRange grades = experimentGrades.get(id);
                if (activityGrades != null && grades != null && grades.from() <= grades.to()
                        && activityGrades.grades().noneMatch(grades::contains)) {
                    read.report().report(Rule.EXPERIMENT_GRADES, line, "eksperimentet '" + id + "' er skrevet til "
                            + grades.label() + " klasse, men forløbet er til " + activityGrades.label());
                }
            }
        }
    }

    /** A step's {@code experiment} must be one of the activity's {@code experiments} (which are checked above). */
    private static void checkStepExperiments(ActivityReader.Read read) {
        Activity activity = read.activity();
        if (activity.guide() == null || !read.report().readable("experiments")) {
            return;
        }
        List<dk.opdag.curriculum.model.Lesson> lessons = activity.guide().lessons();
        for (int l = 0; l < lessons.size(); l++) {
            List<dk.opdag.curriculum.model.Step> steps = lessons.get(l).steps();
            for (int s = 0; s < steps.size(); s++) {
                String id = steps.get(s).experiment();
                if (id != null && !activity.experiments().contains(id)) {
                    String path = "guide.lessons[" + (l + 1) + "].steps[" + (s + 1) + "].experiment";
                    read.report().report(Rule.STEP_EXPERIMENT_NOT_LISTED, read.line(path), "trinnet nævner "
                            + "eksperimentet '" + id + "', men det står ikke i forløbets 'experiments'"
                            + Spelling.closest(id, activity.experiments()).map(e -> " – mente du '" + e + "'?")
                                    .orElse(" (tilføj det der)"));
                }
            }
        }
    }

    private static void checkIntro(ActivityReader.Read read, GradeBand band) {
        String intro = read.activity().intro();
        if (intro == null || band == null) {
            return;
        }
        Lix.Score lix = Lix.of(intro);
        int limit = INTRO_LIX_LIMIT.get(band);
        if (lix.value() > limit) {
            read.report().report(Rule.INTRO_LIX, read.line("intro"), "intro har LIX " + lix.rounded() + ", men højst "
                    + limit + " for " + GradeChecks.label(band) + " (" + lix.words() + " ord, " + lix.sentences()
                    + " sætninger, " + lix.longWords() + " ord over 6 bogstaver); skriv kortere sætninger og ord");
        }
    }
}
