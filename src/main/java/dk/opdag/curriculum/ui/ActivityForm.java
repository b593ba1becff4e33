package dk.opdag.curriculum.ui;

import dk.opdag.curriculum.model.Activity;
import dk.opdag.curriculum.model.Differentiation;
import dk.opdag.curriculum.model.Evaluation;
import dk.opdag.curriculum.model.Goal;
import dk.opdag.curriculum.model.GradeRange;
import dk.opdag.curriculum.model.Guide;
import dk.opdag.curriculum.model.Lesson;
import dk.opdag.curriculum.model.Step;
import dk.opdag.curriculum.model.Subject;
import dk.opdag.curriculum.model.SubjectUse;
import dk.opdag.curriculum.model.Unplugged;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the activity editor's fields hold, for Vaadin's {@code Binder}: plain text as the teacher types it. It also
 * keeps the parts of the activity the form does not show (experiments, a subject's own grades, the other two
 * evaluation levels, background, word list, answer key), so saving a copy or an edit does not drop them.
 */
final class ActivityForm {

    static final int MAX_LESSONS = 10;

    String title = "";
    String intro = "";
    String why = "";
    Integer gradeFrom = 4;
    Integer gradeTo = 6;
    Set<Subject> subjects = Set.of();
    final Map<String, String> does = new HashMap<>();
    Set<Goal> goals = Set.of();
    final Map<String, String> signs = new HashMap<>();
    Unplugged unplugged = Unplugged.PARTIAL;
    String materials = "";
    String easier = "";
    String harder = "";
    String preparation = "";
    Integer lessonCount = 1;
    final List<String> lessonTitles = new ArrayList<>(Collections.nCopies(MAX_LESSONS, ""));
    final List<String> lessonSteps = new ArrayList<>(Collections.nCopies(MAX_LESSONS, ""));
    String reflection = "";
    String safety = "";
    boolean shared;

    private List<String> experiments = List.of();
    private final Map<String, GradeRange> subjectGrades = new HashMap<>();
    private final Map<String, Evaluation> evaluations = new HashMap<>();
    private Guide unseen;

    /** A new activity's form, or one filled from an activity (with the copy's title when {@code titleSuffix}). */
    static ActivityForm of(Activity a, String titleSuffix, List<Subject> allSubjects, List<Goal> allGoals) {
        ActivityForm f = new ActivityForm();
        if (a == null) {
            return f;
        }
        f.title = a.title() + titleSuffix;
        f.intro = a.intro();
        f.why = Objects.toString(a.why(), "");
        f.gradeFrom = a.grades().from();
        f.gradeTo = a.grades().to();
        a.subjects().forEach(s -> {
            f.does.put(s.id(), Objects.toString(s.does(), ""));
            if (s.grades() != null) {
                f.subjectGrades.put(s.id(), s.grades());
            }
        });
        f.subjects = pick(allSubjects, Subject::id, a.subjects().stream().map(SubjectUse::id).toList());
        f.goals = pick(allGoals, Goal::id, a.goals());
        a.guide().evaluation().forEach(ev -> {
            f.signs.put(ev.goal(), Objects.toString(ev.signs(), ""));
            f.evaluations.put(ev.goal(), ev);
        });
        f.unplugged = a.unplugged();
        f.materials = String.join("\n", a.materials());
        f.easier = a.differentiation() == null ? "" : Objects.toString(a.differentiation().easier(), "");
        f.harder = a.differentiation() == null ? "" : Objects.toString(a.differentiation().harder(), "");
        f.preparation = Objects.toString(a.guide().preparation(), "");
        f.lessonCount = Math.max(1, Math.min(MAX_LESSONS, a.lessons()));
        List<Lesson> lessons = a.guide().lessons();
        for (int i = 0; i < Math.min(MAX_LESSONS, lessons.size()); i++) {
            f.lessonTitles.set(i, Objects.toString(lessons.get(i).title(), ""));
            f.lessonSteps.set(i, StepLines.format(lessons.get(i).steps()));
        }
        f.reflection = String.join("\n", a.guide().reflection());
        f.safety = Objects.toString(a.safety(), "");
        f.experiments = a.experiments();
        f.unseen = a.guide();
        return f;
    }

    private static <T> Set<T> pick(List<T> all, Function<T, String> id, List<String> wanted) {
        Map<String, T> byId = all.stream().collect(Collectors.toMap(id, t -> t, (x, y) -> x));
        Set<T> picked = new LinkedHashSet<>();
        wanted.stream().map(byId::get).filter(Objects::nonNull).forEach(picked::add);
        return picked;
    }

    /**
     * The activity as typed, for the catalogue's validator. The step lines must have been checked by
     * {@link StepLines} (the editor's binder does that); experiments named in a step join the activity's list.
     */
    Activity toActivity() {
        List<Lesson> lessons = new ArrayList<>();
        Set<String> experimentIds = new LinkedHashSet<>(experiments);
        for (int i = 0; i < lessonCount; i++) {
            List<Step> steps = StepLines.parse(lessonSteps.get(i)).steps();
            steps.stream().map(Step::experiment).filter(Objects::nonNull).forEach(experimentIds::add);
            lessons.add(new Lesson(lessonTitles.get(i), steps));
        }
        List<SubjectUse> uses = subjects.stream()
                .map(s -> new SubjectUse(s.id(), does.getOrDefault(s.id(), ""), subjectGrades.get(s.id()))).toList();
        List<String> goalIds = goals.stream().map(Goal::id).toList();
        List<Evaluation> evaluation = goalIds.stream().map(id -> {
            Evaluation before = evaluations.get(id);
            String reached = signs.getOrDefault(id, "");
            return before == null ? new Evaluation(id, reached)
                    : new Evaluation(id, reached, before.emerging(), before.beyond());
        }).toList();
        Guide guide = unseen == null
                ? new Guide(preparation, lessons, lines(reflection), evaluation)
                : new Guide(preparation, lessons, lines(reflection), evaluation, unseen.background(),
                        unseen.vocabulary(), unseen.answers());
        return new Activity(null, title, new GradeRange(gradeFrom, gradeTo), intro, why, uses, goalIds, lessonCount,
                unplugged, lines(materials), new Differentiation(easier, harder), List.copyOf(experimentIds), guide,
                safety, "");
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
