package dk.opdag.curriculum.yearplan;

import dk.opdag.curriculum.load.CurriculumFiles;
import dk.opdag.curriculum.load.Fields;
import dk.opdag.curriculum.load.FileReport;
import dk.opdag.curriculum.load.Problem;
import dk.opdag.curriculum.load.Problems;
import dk.opdag.curriculum.load.Rule;
import dk.opdag.curriculum.load.YamlTreeReader;
import dk.opdag.curriculum.model.Activity;
import dk.opdag.curriculum.model.CompetenceArea;
import dk.opdag.curriculum.model.Curriculum;
import dk.opdag.curriculum.model.Experiment;
import dk.opdag.curriculum.model.GradeRange;
import dk.opdag.curriculum.model.Subject;
import dk.opdag.curriculum.model.SubjectUse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and checks {@code yearplans/<grade>-<model>.yaml} and {@code courses/<id>.yaml} against an already loaded
 * curriculum: every activity exists and fits the grade, the host subject teaches that grade, weeks lie in the school
 * year, lessons add up to the model's two a week, and the year covers all four competence areas. Every problem is
 * reported with file and line; nothing stops at the first.
 */
public final class YearPlanLoader {

    public static final String PLANS = "yearplans";
    public static final String COURSES = "courses";
    static final List<String> AREAS = List.of("dm", "dd", "ct", "th");
    static final int LESSONS_PER_WEEK = 2;
    static final int MIN_WEEKS = 36;
    static final int MAX_WEEKS = 42;
    /** Integrated: at most this many lessons in any week. */
    static final int SPREAD_MAX = 3;
    /** Theme weeks: at least this many lessons in every week that has any. */
    static final int THEME_MIN = 6;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final Curriculum curriculum;
    private final Problems problems = new Problems();

    private YearPlanLoader(Curriculum curriculum) {
        this.curriculum = curriculum;
    }

    /** The result: what could be read, and every problem. */
    public record Result(List<SamplePlan> plans, List<ValgfagCourse> courses, List<Problem> errors,
                         List<Problem> warnings) {
        public boolean hasErrors() {
            return !errors.isEmpty();
        }
    }

    public static Result load(CurriculumFiles files, Curriculum curriculum) {
        return new YearPlanLoader(curriculum).run(files);
    }

    private Result run(CurriculumFiles files) {
        List<SamplePlan> plans = new ArrayList<>();
        for (String path : yamlIn(files, PLANS)) {
            FileReport report = problems.file(path);
            YamlTreeReader.read(files.files().get(path), report)
                    .flatMap(root -> Fields.of(root, "", report))
                    .flatMap(f -> readPlan(f, stem(path)))
                    .ifPresent(plans::add);
        }
        checkEveryGrade(plans);
        List<ValgfagCourse> courses = new ArrayList<>();
        for (String path : yamlIn(files, COURSES)) {
            FileReport report = problems.file(path);
            YamlTreeReader.read(files.files().get(path), report)
                    .flatMap(root -> Fields.of(root, "", report))
                    .flatMap(f -> readCourse(f, stem(path)))
                    .ifPresent(courses::add);
        }
        plans.sort(Comparator.comparing(SamplePlan::grade).thenComparing(SamplePlan::model));
        return new Result(plans, courses, problems.errors(), problems.warnings());
    }

    private void checkEveryGrade(List<SamplePlan> plans) {
        for (int grade = 0; grade <= 9; grade++) {
            for (PlanModel model : PlanModel.values()) {
                int g = grade;
                if (plans.stream().noneMatch(p -> p.grade() == g && p.model() == model)) {
                    problems.add(YearPlanRule.MISSING, PLANS + "/", null, "der er ingen årsplan-skabelon til "
                            + grade + ". klasse i modellen '" + model.id() + "' (" + PLANS + "/" + grade + "-"
                            + model.id() + ".yaml)");
                }
            }
        }
    }

    // ---- sample plans

    private Optional<SamplePlan> readPlan(Fields f, String stem) {
        FileReport report = f.report();
        f.allowOnly("id", "grade", "model", "title", "rationale", "lessonsPerWeek", "teachingWeeks", "items");
        String id = f.text("id");
        Integer grade = f.integer("grade");
        String modelText = f.text("model");
        String title = f.text("title");
        String rationale = f.text("rationale");
        Integer perWeek = f.integer("lessonsPerWeek");
        Integer weeks = f.integer("teachingWeeks");
        PlanModel model = modelText == null ? null : PlanModel.of(modelText).orElse(null);
        if (modelText != null && model == null) {
            report.report(YearPlanRule.MODEL, f.lineOf("model"), "modellen '" + modelText
                    + "' findes ikke: brug integreret eller temauger");
        }
        if (grade != null && (grade < 0 || grade > 9)) {
            report.report(YearPlanRule.GRADE, f.lineOf("grade"), "klassetrin " + grade + " findes ikke (0–9)");
            grade = null;
        }
        if (id != null && !id.equals(stem)) {
            report.report(YearPlanRule.ID, f.lineOf("id"), "id '" + id + "' skal være filens navn, '" + stem + "'");
        }
        if (grade != null && model != null && !stem.equals(grade + "-" + model.id())) {
            report.report(YearPlanRule.ID, null, "filen skal hedde " + grade + "-" + model.id() + ".yaml efter sit "
                    + "klassetrin og sin model");
        }
        checkRate(f, perWeek, weeks);
        List<SampleItem> items = new ArrayList<>();
        List<Fields> itemFields = f.objects("items");
        for (Fields item : itemFields) {
            readItem(item, grade).ifPresent(items::add);
        }
        if (grade == null || model == null || perWeek == null || weeks == null || id == null) {
            return Optional.empty();
        }
        SamplePlan plan = new SamplePlan(id, grade, model, title, rationale, perWeek, weeks, items);
        if (items.size() == itemFields.size()) {
            checkTotal(report, f.lineOf("items"), plan.totalLessons(), perWeek, weeks);
            checkSpread(report, f, plan);
            checkAreas(report, f.lineOf("items"), items.stream().flatMap(i -> areasOf(i.activityId(), i.areas())
                    .stream()).toList());
        }
        return Optional.of(plan);
    }

    private Optional<SampleItem> readItem(Fields f, Integer grade) {
        FileReport report = f.report();
        f.allowOnly("weeks", "subject", "activity", "own", "areas", "experiments", "lessons", "why");
        int[] weeks = weeks(f);
        String subject = f.text("subject");
        String activity = f.optionalText("activity");
        String own = f.optionalText("own");
        List<String> areas = f.texts("areas", false);
        List<String> experiments = f.texts("experiments", false);
        Integer lessons = f.integer("lessons");
        String why = f.text("why");
        boolean ok = weeks != null && subject != null && lessons != null && why != null;
        if ((activity == null) == (own == null)) {
            report.report(YearPlanRule.OWN, f.lineOf("activity"), "en linje i planen skal have enten 'activity' (et forløb) "
                    + "eller 'own' (et eget forløb), ikke begge eller ingen");
            ok = false;
        }
        if (own != null) {
            ok &= checkOwnAreas(f, areas);
        } else if (!areas.isEmpty()) {
            report.report(YearPlanRule.OWN, f.lineOf("areas"), "'areas' hører kun til et eget forløb; et forløbs "
                    + "kompetenceområder kommer fra dets mål");
        }
        if (lessons != null && lessons < 1) {
            report.report(YearPlanRule.LESSONS, f.lineOf("lessons"), "'lessons' skal være mindst 1");
            ok = false;
        }
        if (grade != null) {
            ok &= checkSubject(f, subject, grade, activity);
            ok &= checkActivity(f, activity, grade, lessons);
            ok &= checkExperiments(f, experiments, new GradeRange(grade, grade));
        }
        return ok ? Optional.of(new SampleItem(weeks[0], weeks[1], subject, activity, own, areas, experiments,
                lessons, why)) : Optional.empty();
    }

    private boolean checkOwnAreas(Fields f, List<String> areas) {
        if (areas.isEmpty()) {
            f.report().report(YearPlanRule.OWN, f.lineOf("own"), "et eget forløb skal nævne de kompetenceområder, "
                    + "det skal dække ('areas', fx [dd, ct])");
            return false;
        }
        for (String a : areas) {
            if (!AREAS.contains(a)) {
                f.report().report(YearPlanRule.AREAS, f.lineOf("areas"), "kompetenceområdet '" + a
                        + "' findes ikke (dm, dd, ct eller th)");
                return false;
            }
        }
        return true;
    }

    /** {@code [from, to]} as week numbers in the school year, or null after reporting. */
    private static int[] weeks(Fields f) {
        List<String> texts = f.texts("weeks", true);
        if (!f.report().readable(f.pathOf("weeks")) || texts.isEmpty()) {
            return null;
        }
        try {
            if (texts.size() != 2) {
                throw new NumberFormatException();
            }
            int from = Integer.parseInt(texts.get(0));
            int to = Integer.parseInt(texts.get(1));
            for (int w : new int[] {from, to}) {
                if (!SchoolWeeks.valid(w)) {
                    f.report().report(YearPlanRule.WEEK, f.lineOf("weeks"), "uge " + w + " ligger ikke i skoleåret "
                            + "(uge 33 til uge 26; uge 53 findes ikke hvert år)");
                    return null;
                }
            }
            if (SchoolWeeks.order(to) < SchoolWeeks.order(from)) {
                f.report().report(YearPlanRule.WEEK, f.lineOf("weeks"), "ugerne går baglæns: uge " + from
                        + " kommer før uge " + to + " i skoleåret");
                return null;
            }
            return new int[] {from, to};
        } catch (NumberFormatException e) {
            f.report().report(Rule.WRONG_TYPE, f.lineOf("weeks"), "'" + f.pathOf("weeks")
                    + "' skal være [fra, til] med to ugenumre, fx [34, 36]");
            return null;
        }
    }

    private boolean checkSubject(Fields f, String subjectId, int grade, String activityId) {
        if (subjectId == null) {
            return false;
        }
        Optional<Subject> subject = curriculum.subject(subjectId);
        if (subject.isEmpty()) {
            f.report().report(YearPlanRule.SUBJECT, f.lineOf("subject"), "faget '" + subjectId + "' findes ikke");
            return false;
        }
        if (!subject.get().taughtAt(grade)) {
            f.report().report(YearPlanRule.SUBJECT, f.lineOf("subject"), subject.get().name() + " undervises ikke i "
                    + grade + ". klasse (kun " + subject.get().grades().label() + ")");
            return false;
        }
        Optional<Activity> activity = activityId == null ? Optional.empty() : curriculum.activity(activityId);
        if (activity.isPresent() && activity.get().subjects().stream().map(SubjectUse::id)
                .noneMatch(subjectId::equals)) {
            f.report().report(YearPlanRule.SUBJECT, f.lineOf("subject"), "forløbet '" + activityId
                    + "' er ikke skrevet til " + subject.get().name() + " (kun " + activity.get().subjects().stream()
                    .map(SubjectUse::id).toList() + ")");
            return false;
        }
        return true;
    }

    private boolean checkActivity(Fields f, String activityId, int grade, Integer lessons) {
        if (activityId == null) {
            return true;
        }
        Optional<Activity> activity = curriculum.activity(activityId);
        if (activity.isEmpty()) {
            f.report().report(YearPlanRule.ACTIVITY, f.lineOf("activity"), "forløbet '" + activityId + "' findes ikke");
            return false;
        }
        if (!activity.get().grades().contains(grade)) {
            f.report().report(YearPlanRule.ACTIVITY, f.lineOf("activity"), "forløbet '" + activityId
                    + "' er skrevet til " + activity.get().grades().label() + " klasse, ikke " + grade + ".");
            return false;
        }
        if (lessons != null && lessons < activity.get().lessons()) {
            f.report().report(YearPlanRule.LESSONS, f.lineOf("lessons"), "forløbet '" + activityId + "' tager "
                    + activity.get().lessons() + " lektioner efter vejledningen; planen giver det kun " + lessons);
            return false;
        }
        return true;
    }

    private boolean checkExperiments(Fields f, List<String> experiments, GradeRange grades) {
        boolean ok = true;
        for (String id : experiments) {
            Optional<Experiment> experiment = curriculum.experiment(id);
            if (experiment.isEmpty()) {
                f.report().report(YearPlanRule.EXPERIMENT, f.lineOf("experiments"), "eksperimentet '" + id
                        + "' findes ikke");
                ok = false;
            } else if (!experiment.get().grades().contains(grades)) {
                f.report().report(YearPlanRule.EXPERIMENT, f.lineOf("experiments"), "eksperimentet '" + id
                        + "' er skrevet til " + experiment.get().grades().label() + " klasse, ikke "
                        + grades.label());
                ok = false;
            }
        }
        return ok;
    }

    private static void checkRate(Fields f, Integer perWeek, Integer weeks) {
        if (perWeek != null && perWeek != LESSONS_PER_WEEK) {
            f.report().report(YearPlanRule.LESSONS, f.lineOf("lessonsPerWeek"), "modellerne giver "
                    + LESSONS_PER_WEEK + " lektioner om ugen i gennemsnit, ikke " + perWeek);
        }
        if (weeks != null && (weeks < MIN_WEEKS || weeks > MAX_WEEKS)) {
            f.report().report(YearPlanRule.LESSONS, f.lineOf("teachingWeeks"), "et skoleår har " + MIN_WEEKS + "–"
                    + MAX_WEEKS + " undervisningsuger, ikke " + weeks);
        }
    }

    private static void checkTotal(FileReport report, Integer line, int total, int perWeek, int weeks) {
        if (total != perWeek * weeks) {
            report.report(YearPlanRule.LESSONS, line, "lektionerne giver " + total + " i alt, men " + perWeek
                    + " om ugen i " + weeks + " uger er " + perWeek * weeks);
        }
    }

    /** Lessons per week: each item's lessons spread evenly over its weeks. */
    private static void checkSpread(FileReport report, Fields f, SamplePlan plan) {
        double[] load = new double[46];
        for (SampleItem item : plan.items()) {
            for (int i = SchoolWeeks.order(item.fromWeek()); i <= SchoolWeeks.order(item.toWeek()); i++) {
                load[i] += (double) item.lessons() / item.span();
            }
        }
        for (int i = 0; i < load.length; i++) {
            int week = i < 20 ? i + SchoolWeeks.FIRST : i - 19;
            if (plan.model() == PlanModel.INTEGRERET && load[i] > SPREAD_MAX + 1e-9) {
                report.report(YearPlanRule.SPREAD, f.lineOf("items"), String.format(java.util.Locale.ROOT,
                        "uge %d har %.1f lektioner: i den integrerede model højst %d om ugen – spred forløbet ud",
                        week, load[i], SPREAD_MAX));
                return;
            }
            if (plan.model() == PlanModel.TEMAUGER && load[i] > 1e-9 && load[i] < THEME_MIN - 1e-9) {
                report.report(YearPlanRule.SPREAD, f.lineOf("items"), String.format(java.util.Locale.ROOT,
                        "uge %d har kun %.1f lektioner: en temauge har mindst %d", week, load[i], THEME_MIN));
                return;
            }
        }
    }

    private void checkAreas(FileReport report, Integer line, List<String> covered) {
        List<String> missing = AREAS.stream().filter(a -> !covered.contains(a)).toList();
        if (!missing.isEmpty()) {
            report.report(YearPlanRule.AREAS, line, "året dækker ikke kompetenceområderne " + missing
                    + ": alle fire skal være med");
        }
    }

    /** An activity's areas from its goals, or an own slot's declared areas. */
    Set<String> areasOf(String activityId, List<String> declared) {
        if (activityId == null) {
            return new LinkedHashSet<>(declared);
        }
        Set<String> areas = new LinkedHashSet<>();
        curriculum.activity(activityId).ifPresent(a -> a.goals().forEach(g -> curriculum.areaOf(g)
                .map(CompetenceArea::id).ifPresent(areas::add)));
        return areas;
    }

    // ---- courses

    private Optional<ValgfagCourse> readCourse(Fields f, String stem) {
        FileReport report = f.report();
        f.allowOnly("id", "title", "grades", "subject", "lessonsPerWeek", "teachingWeeks", "rationale", "modules");
        String id = f.text("id");
        String title = f.text("title");
        GradeRange grades = f.gradeRange("grades", true);
        String subjectId = f.text("subject");
        Integer perWeek = f.integer("lessonsPerWeek");
        Integer weeks = f.integer("teachingWeeks");
        String rationale = f.text("rationale");
        if (id != null && !id.equals(stem)) {
            report.report(YearPlanRule.ID, f.lineOf("id"), "id '" + id + "' skal være filens navn, '" + stem + "'");
        }
        Optional<Subject> subject = subjectId == null ? Optional.empty() : curriculum.subject(subjectId);
        if (subjectId != null && subject.isEmpty()) {
            report.report(YearPlanRule.SUBJECT, f.lineOf("subject"), "faget '" + subjectId + "' findes ikke");
        }
        if (grades != null && subject.isPresent() && !subject.get().grades().contains(grades)) {
            report.report(YearPlanRule.GRADE, f.lineOf("grades"), subject.get().name() + " undervises i "
                    + subject.get().grades().label() + " klasse, ikke i hele " + grades.label());
        }
        checkRate(f, perWeek, weeks);
        List<Fields> moduleFields = f.objects("modules");
        List<CourseModule> modules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int lastOrder = -1;
        for (Fields m : moduleFields) {
            Optional<CourseModule> module = readModule(m, grades);
            if (module.isEmpty()) {
                continue;
            }
            CourseModule mod = module.get();
            if (!ids.add(mod.id())) {
                report.report(YearPlanRule.DUPLICATE, m.lineOf("id"), "modulet '" + mod.id() + "' findes to gange");
            }
            if (SchoolWeeks.order(mod.fromWeek()) <= lastOrder) {
                report.report(YearPlanRule.WEEK, m.lineOf("weeks"), "modulet '" + mod.id() + "' starter, før det "
                        + "forrige slutter: modulerne følger hinanden");
            }
            lastOrder = SchoolWeeks.order(mod.toWeek());
            modules.add(mod);
        }
        if (id == null || grades == null || subjectId == null || perWeek == null || weeks == null) {
            return Optional.empty();
        }
        ValgfagCourse course = new ValgfagCourse(id, title, grades, subjectId, perWeek, weeks, rationale, modules);
        if (modules.size() == moduleFields.size()) {
            checkTotal(report, f.lineOf("modules"), course.totalLessons(), perWeek, weeks);
            checkAreas(report, f.lineOf("modules"), modules.stream()
                    .flatMap(m -> areasOf(m.activityId(), m.areas()).stream()).toList());
        }
        return Optional.of(course);
    }

    private Optional<CourseModule> readModule(Fields f, GradeRange grades) {
        f.allowOnly("id", "title", "weeks", "lessons", "activity", "experiments", "areas", "project", "portfolio");
        String id = f.text("id");
        String title = f.text("title");
        int[] weeks = weeks(f);
        Integer lessons = f.integer("lessons");
        String activity = f.optionalText("activity");
        String project = f.optionalText("project");
        List<String> experiments = f.texts("experiments", false);
        List<String> areas = f.texts("areas", false);
        String portfolio = f.text("portfolio");
        boolean ok = id != null && title != null && weeks != null && lessons != null && portfolio != null;
        if (id != null && !SLUG.matcher(id).matches()) {
            f.report().report(Rule.ID_SLUG, f.lineOf("id"), "'" + id + "' må kun have a-z, 0-9 og -");
            ok = false;
        }
        if ((activity == null) == (project == null)) {
            f.report().report(YearPlanRule.OWN, f.lineOf("id"), "et modul har enten 'activity' (et forløb) eller "
                    + "'project' (en projektfase), ikke begge eller ingen");
            ok = false;
        }
        if (project != null) {
            ok &= checkOwnAreas(f, areas);
        }
        if (grades != null && activity != null) {
            Optional<Activity> a = curriculum.activity(activity);
            if (a.isEmpty()) {
                f.report().report(YearPlanRule.ACTIVITY, f.lineOf("activity"), "forløbet '" + activity + "' findes ikke");
                ok = false;
            } else if (!a.get().grades().contains(grades)) {
                f.report().report(YearPlanRule.ACTIVITY, f.lineOf("activity"), "forløbet '" + activity
                        + "' er skrevet til " + a.get().grades().label() + " klasse, ikke hele " + grades.label());
                ok = false;
            } else if (lessons != null && lessons < a.get().lessons()) {
                f.report().report(YearPlanRule.LESSONS, f.lineOf("lessons"), "forløbet '" + activity + "' tager "
                        + a.get().lessons() + " lektioner efter vejledningen; modulet giver det kun " + lessons);
                ok = false;
            }
        }
        if (grades != null) {
            ok &= checkExperiments(f, experiments, grades);
        }
        return ok ? Optional.of(new CourseModule(id, title, weeks[0], weeks[1], lessons, activity, experiments, areas,
                project, portfolio)) : Optional.empty();
    }

    // ---- files

    private List<String> yamlIn(CurriculumFiles files, String folder) {
        List<String> yaml = new ArrayList<>();
        files.under(folder).forEach(path -> {
            String name = path.substring(path.lastIndexOf('/') + 1);
            if (path.indexOf('/', folder.length() + 1) < 0 && path.endsWith(".yaml")) {
                yaml.add(path);
            } else if (!name.equals("README.md") && !name.startsWith(".")) {
                problems.add(Rule.IGNORED_FILE, path, null, "filen bliver ikke læst: den skal ligge direkte i "
                        + folder + "/ og hedde <id>.yaml");
            }
        });
        return yaml; // the files are sorted by path already
    }

    private static String stem(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.substring(0, name.length() - ".yaml".length());
    }
}
