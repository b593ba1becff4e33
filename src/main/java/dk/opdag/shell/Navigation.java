package dk.opdag.shell;

/**
 * Paths of pages that other features link to (the roles' landing pages among them), so a link and its
 * {@code @Route} cannot drift apart. The menu is not kept here: it is the views marked {@code @Menu}.
 */
public final class Navigation {

    public static final String PUPIL_HOME = "mine-opgaver";
    public static final String TEACHER_HOME = "mine-klasser";
    public static final String LEADER_HOME = "skolens-overblik";
    public static final String ADMIN_HOME = "admin";
    public static final String CATALOGUE = "katalog";
    public static final String GUIDES = "vejledninger";
    public static final String TEACHER_ASSIGNMENTS = "opgaver";
    public static final String PUPIL_BAROMETER = "mit-barometer";
    public static final String PUPIL_MEASURE = "maaling";
    public static final String LEADER_MEASURE = "maalinger";
    public static final String FREE_EXPERIMENT = "frit-eksperiment";
    public static final String YEAR_PLANS = "aarsplaner";
    public static final String COVERAGE = "daekning";
    public static final String EQUITY = "lighed";
    public static final String MUNICIPALITY_COVERAGE = "kommunens-daekning";
    public static final String MATERIALS = "materialer";
    public static final String TRAINING = "efteruddannelse";
    public static final String TRAINING_LEADER = "efteruddannelse/ledelse";
    public static final String PORTFOLIO = "portfolio";
    public static final String VALGFAG = "valgfag";

    private Navigation() {
    }
}
