package dk.opdag.shell;

/**
 * Addresses of views that several features link to. They live here, in the shell every feature already uses, so a
 * feature can link to another's view without importing its classes (curriculum and training link to the lab's
 * experiments, while the lab depends on curriculum).
 */
public final class Links {

    /** The route of the lab's experiment view: an experiment id, then an optional level id. */
    public static final String EXPERIMENT_ROUTE = "eksperiment/:id/:level?";

    private Links() {
    }

    /** The address of an experiment (the pupil lands on the level reached). */
    public static String experiment(String experimentId) {
        return "eksperiment/" + experimentId;
    }

    /** The address of one level of an experiment. */
    public static String experiment(String experimentId, String levelId) {
        return levelId == null || levelId.isEmpty() ? experiment(experimentId) : experiment(experimentId) + "/" + levelId;
    }
}
