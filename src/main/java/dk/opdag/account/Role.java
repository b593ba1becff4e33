package dk.opdag.account;

import dk.opdag.shell.Navigation;

/** What a user is at school. The Spring Security authority is {@code ROLE_<name>}. */
public enum Role {
    PUPIL(Navigation.PUPIL_HOME), TEACHER(Navigation.TEACHER_HOME), LEADER(Navigation.LEADER_HOME),
    ADMIN(Navigation.ADMIN_HOME);

    private final String home;

    Role(String home) {
        this.home = home;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    /** The page a user of this role lands on after login and from "/". */
    public String home() {
        return home;
    }

    /** Names for {@code @RolesAllowed}, which needs compile-time constants. */
    public static final class Names {
        public static final String PUPIL = "PUPIL";
        public static final String TEACHER = "TEACHER";
        public static final String LEADER = "LEADER";
        public static final String ADMIN = "ADMIN";

        private Names() {
        }
    }
}
