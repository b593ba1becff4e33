package dk.opdag.curriculum.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One forløb, read from {@code activities/<id>.yaml}.
 *
 * @param grades      klassetrin, inside one band for a valid activity
 * @param intro       for the pupil
 * @param why         for the teacher
 * @param goals       goal ids in a framework
 * @param lessons     number of 45-minute lessons
 * @param experiments ids of block experiments (may be unknown until the experiments exist)
 * @param safety      may be null
 * @param contentHash SHA-256 (hex) of the file's bytes, so a database sync can tell what changed
 * @param reviewed    the day of the last factual review; null in teachers' own activities and older stored versions
 */
public record Activity(String id, String title, GradeRange grades, String intro, String why,
                       List<SubjectUse> subjects, List<String> goals, int lessons, Unplugged unplugged,
                       List<String> materials, Differentiation differentiation, List<String> experiments,
                       Guide guide, String safety, String contentHash, LocalDate reviewed) {

    public Activity {
        subjects = List.copyOf(subjects);
        goals = List.copyOf(goals);
        materials = List.copyOf(materials);
        experiments = List.copyOf(experiments);
    }

    /** An activity without a review date (a teacher's own). */
    public Activity(String id, String title, GradeRange grades, String intro, String why,
                    List<SubjectUse> subjects, List<String> goals, int lessons, Unplugged unplugged,
                    List<String> materials, Differentiation differentiation, List<String> experiments,
                    Guide guide, String safety, String contentHash) {
        this(id, title, grades, intro, why, subjects, goals, lessons, unplugged, materials, differentiation,
                experiments, guide, safety, contentHash, null);
    }

    public Set<GradeBand> bands() {
        return grades == null ? Set.of() : grades.bands();
    }

    /** Taught across at least two subjects. */
    public boolean crossSubject() {
        return subjects.size() >= 2;
    }

    /** Partly or fully without screens. */
    public boolean hasUnpluggedPart() {
        return unplugged == Unplugged.PARTIAL || unplugged == Unplugged.FULL;
    }

    /**
     * The competence areas this activity's goals belong to, in goal order.
     *
     * @param areaOfGoal e.g. {@code curriculum::areaOf}
     */
    public Set<CompetenceArea> areas(Function<String, Optional<CompetenceArea>> areaOfGoal) {
        Set<CompetenceArea> areas = new LinkedHashSet<>();
        goals.forEach(g -> areaOfGoal.apply(g).ifPresent(areas::add));
        return Collections.unmodifiableSet(areas);
    }
}
