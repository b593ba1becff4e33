package dk.opdag.curriculum.model;

import java.util.List;
import java.util.Optional;

/**
 * One block experiment, read from {@code experiments/<id>/}: a sequence of levels (fix → build → generalise →
 * create), each with its own task, start program, toolbox, checks, hints and reference solution. An experiment in
 * the older single-goal form (no {@code levels} in its {@code experiment.yaml}) has exactly one level, whose id is
 * {@link Level#SINGLE}.
 *
 * @param id          stable slug = folder name (other features link to it)
 * @param title       for the pupil, e.g. "Alis hemmelige sprog"
 * @param goal        one sentence for the pupil: what the experiment is about
 * @param grades      klassetrin it is written for
 * @param world       engine world id ({@code turtle}, {@code robot}, {@code greenhouse}, {@code data},
 *                    {@code text}, {@code music})
 * @param levels      in order; at least one
 * @param legacyLevel the level that pupils' work from before the experiment had levels belongs to
 * @param contentHash SHA-256 (hex) of the experiment's files
 */
public record Experiment(String id, String title, String goal, GradeRange grades, String world, List<Level> levels,
                         String legacyLevel, String contentHash) {

    public Experiment {
        levels = List.copyOf(levels);
    }

    /** The first level: where a pupil starts. */
    public Level first() {
        return levels.getFirst();
    }

    public Optional<Level> level(String levelId) {
        return levels.stream().filter(l -> l.id().equals(levelId)).findFirst();
    }

    /** True for the older single-goal form. */
    public boolean singleLevel() {
        return levels.size() == 1 && levels.getFirst().id().equals(Level.SINGLE);
    }
}
