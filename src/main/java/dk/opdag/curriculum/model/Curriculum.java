package dk.opdag.curriculum.model;

import java.util.List;
import java.util.Optional;

/**
 * Everything in the {@code curriculum/} folder: subjects in file order, frameworks, activities and experiments by
 * file name, the print materials shipped with activities and the barometer's measurement tasks per band. Lookups
 * scan the lists: there are tens of items, not thousands.
 */
public record Curriculum(List<Subject> subjects, List<Framework> frameworks, List<Activity> activities,
                         List<Experiment> experiments, List<Material> materials, List<MeasureTask> measureTasks) {

    public Curriculum {
        measureTasks = List.copyOf(measureTasks);
        subjects = List.copyOf(subjects);
        frameworks = List.copyOf(frameworks);
        activities = List.copyOf(activities);
        experiments = List.copyOf(experiments);
        materials = List.copyOf(materials);
    }

    /** A curriculum without the barometer's measurement tasks. */
    public Curriculum(List<Subject> subjects, List<Framework> frameworks, List<Activity> activities,
                      List<Experiment> experiments, List<Material> materials) {
        this(subjects, frameworks, activities, experiments, materials, List.of());
    }

    /** The measurement tasks of one band, in file order. */
    public List<MeasureTask> measureTasks(GradeBand band) {
        return measureTasks.stream().filter(t -> t.band() == band).toList();
    }

    public Optional<MeasureTask> measureTask(String id) {
        return measureTasks.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** A curriculum without shipped materials. */
    public Curriculum(List<Subject> subjects, List<Framework> frameworks, List<Activity> activities,
                      List<Experiment> experiments) {
        this(subjects, frameworks, activities, experiments, List.of());
    }

    /** An activity's print materials, in file name order. */
    public List<Material> materialsOf(String activityId) {
        return materials.stream().filter(m -> m.activityId().equals(activityId)).toList();
    }

    /** A curriculum without experiments (tests and benchmarks that only need activities). */
    public Curriculum(List<Subject> subjects, List<Framework> frameworks, List<Activity> activities) {
        this(subjects, frameworks, activities, List.of());
    }

    public Optional<Experiment> experiment(String id) {
        return experiments.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public Optional<Subject> subject(String id) {
        return subjects.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<Framework> framework(String version) {
        return frameworks.stream().filter(f -> f.version().equals(version)).findFirst();
    }

    public Optional<Activity> activity(String id) {
        return activities.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** A goal in any framework (goal ids are unique across frameworks). */
    public Optional<Goal> goal(String id) {
        return frameworks.stream().flatMap(f -> f.goal(id).stream()).findFirst();
    }

    /** The competence area that holds a goal, in whichever framework it is. */
    public Optional<CompetenceArea> areaOf(String goalId) {
        return frameworks.stream().flatMap(f -> f.areaOf(goalId).stream()).findFirst();
    }

    public List<Activity> activitiesIn(GradeBand band) {
        return activities.stream().filter(a -> a.bands().contains(band)).toList();
    }
}
