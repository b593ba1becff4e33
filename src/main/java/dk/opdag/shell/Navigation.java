package dk.opdag.shell;

import dk.opdag.account.Role;
import java.util.List;

/** The menu per role and each role's landing page, in one place. */
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

    public record Item(String labelKey, String path) {
    }

    public static String home(Role role) {
        return switch (role) {
            case PUPIL -> PUPIL_HOME;
            case TEACHER -> TEACHER_HOME;
            case LEADER -> LEADER_HOME;
            case ADMIN -> ADMIN_HOME;
        };
    }

    public static List<Item> itemsFor(Role role) {
        return switch (role) {
            case PUPIL -> List.of(new Item("nav.pupil-home", PUPIL_HOME), new Item("lab.nav.free", FREE_EXPERIMENT),
                    new Item("teaching.nav.barometer", PUPIL_BAROMETER), new Item("realniveau.nav.pupil", PUPIL_MEASURE),
                    new Item("portfolio.nav", PORTFOLIO));
            case TEACHER -> List.of(new Item("nav.teacher-home", TEACHER_HOME),
                    new Item("teaching.nav.assignments", TEACHER_ASSIGNMENTS), new Item("nav.catalogue", CATALOGUE),
                    new Item("planning.nav.plans", YEAR_PLANS), new Item("valgfag.nav", VALGFAG),
                    new Item("materials.nav", MATERIALS), new Item("training.nav.training", TRAINING),
                    new Item("lab.nav.free", FREE_EXPERIMENT), new Item("nav.guides", GUIDES));
            case LEADER -> List.of(new Item("nav.leader-home", LEADER_HOME), new Item("planning.nav.plans", YEAR_PLANS),
                    new Item("planning.nav.coverage", COVERAGE), new Item("planning.nav.equity", EQUITY),
                    new Item("realniveau.nav.leader", LEADER_MEASURE),
                    new Item("training.nav.training", TRAINING_LEADER), new Item("nav.catalogue", CATALOGUE),
                    new Item("materials.nav", MATERIALS),
                    new Item("nav.guides", GUIDES));
            case ADMIN -> List.of(new Item("nav.admin-home", ADMIN_HOME), new Item("nav.catalogue", CATALOGUE),
                    new Item("planning.nav.municipality", MUNICIPALITY_COVERAGE), new Item("nav.guides", GUIDES));
        };
    }
}
