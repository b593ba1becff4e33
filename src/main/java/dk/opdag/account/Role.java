package dk.opdag.account;

/** What a user is at school. The Spring Security authority is {@code ROLE_<name>}. */
public enum Role {
    PUPIL, TEACHER, LEADER, ADMIN;

    public String authority() {
        return "ROLE_" + name();
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
