package dk.opdag.e2e;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Who may open what: one line per {@code @Route} (and route alias) and per HTTP endpoint. {@link AuthorizationMatrixIT}
 * finds every route and endpoint in the running app and fails for any without a line here, then tries each one as
 * every role (and as nobody), on the user's own class or school and on someone else's.
 *
 * <p><b>Adding a route?</b> Add one line: its template, what its first parameter names ({@link Subject}), and for
 * each role one of {@code none} (refused), {@code own} (own class; for a leader own school; for a pupil own work),
 * {@code school} (any class of the own school), {@code all}. A role left out means {@code none}. Example:
 * <pre>{@code
 * route("klasse/:id/noget-nyt", Subject.CLASS, "TEACHER=own LEADER=school ADMIN=all"),
 * }</pre>
 */
final class AuthorizationRules {

    /** What a route's first parameter is, so the matrix can give it the user's own and someone else's. */
    enum Subject {
        /** No parameter, or one that is the same for everyone (an experiment, a catalogue activity, a guide). */
        NONE,
        CLASS, ASSIGNMENT, PLAN, SCHOOL,
        /** A pupil's reflection on an assignment: the pupil's own assignment, or another class's. */
        REFLECTION,
        /** opgave/:id/elev/:pupil/:experiment: a pupil's work in an assignment. */
        WORK,
        /** A teacher's uploaded file shared with the school: Anne's own, Bo's (same school), another school's. */
        FILE,
        /** A training team: one Anne is in, one of her school she is not in, one of another school. */
        TEAM,
        /** An ambassador's session: one Anne is invited to, one she is not. */
        SESSION
    }

    record Rule(Subject subject, String access) {
        /** none, own, school or all for this role ("ANON" is a visitor who is not signed in). */
        String of(String role) {
            for (String part : access.split("\\s+")) {
                if (part.startsWith(role + "=")) {
                    return part.substring(role.length() + 1);
                }
            }
            return "none";
        }
    }

    static final Map<String, Rule> ROUTES = new LinkedHashMap<>();
    static final Map<String, Rule> ENDPOINTS = new LinkedHashMap<>();

    private static void route(String template, Subject subject, String access) {
        ROUTES.put(template, new Rule(subject, access));
    }

    private static void endpoint(String methodAndPath, String access) {
        ENDPOINTS.put(methodAndPath, new Rule(Subject.NONE, access));
    }

    static {
        // The start page sends everyone on (to the login or their own start page); the login pages are for visitors
        // (a signed-in user is sent to their start page); the first-run page is closed once an admin exists.
        route("", Subject.NONE, "ANON=all PUPIL=all TEACHER=all LEADER=all ADMIN=all");
        route("login", Subject.NONE, "ANON=all");
        route("elev", Subject.NONE, "ANON=all");
        route("kom-i-gang", Subject.NONE, "");
        route("test/blockly-read-only", Subject.NONE, "PUPIL=all TEACHER=all LEADER=all ADMIN=all"); // test sources only

        // Pupils
        route("mine-opgaver", Subject.NONE, "PUPIL=all");
        route("mit-barometer", Subject.NONE, "PUPIL=all");
        route("maaling", Subject.NONE, "PUPIL=all"); // the own class's open round, the pupil's own answers
        route("frit-eksperiment", Subject.NONE, "PUPIL=all TEACHER=all"); // a teacher tries it, nothing stored
        route("refleksion/:id", Subject.REFLECTION, "PUPIL=own");
        route("eksperiment/:id/:level?", Subject.NONE, "PUPIL=all TEACHER=all LEADER=all ADMIN=all");

        // Teachers and their classes
        route("mine-klasser", Subject.NONE, "TEACHER=all");
        route("opgaver", Subject.NONE, "TEACHER=all");
        route("klasse/:id", Subject.CLASS, "TEACHER=own LEADER=school ADMIN=all");
        route("klasse/:id/login-kort", Subject.CLASS, "TEACHER=own ADMIN=all");
        route("klasse/:id/opgaver", Subject.CLASS, "TEACHER=own");
        route("klasse/:id/barometer", Subject.CLASS, "TEACHER=own");
        route("klasse/:id/maaling", Subject.CLASS, "TEACHER=own");
        route("opgave/:id/overblik", Subject.ASSIGNMENT, "TEACHER=own");
        route("opgave/:id/refleksioner", Subject.ASSIGNMENT, "TEACHER=own");
        route("opgave/:id/tavle", Subject.ASSIGNMENT, "TEACHER=own");
        route("opgave/:id/elev/:pupil/:experiment/:level?", Subject.WORK, "TEACHER=own");

        // Catalogue, activities and guides (the same for every school; own activities have their own tests)
        route("katalog", Subject.NONE, "TEACHER=all LEADER=all ADMIN=all");
        route("aktivitet/:id", Subject.NONE, "TEACHER=all LEADER=all ADMIN=all");
        route("aktivitet/ny", Subject.NONE, "TEACHER=all");
        route("aktivitet/rediger/:id", Subject.NONE, ""); // tried with a catalogue activity: only own ones are editable
        route("vejledninger", Subject.NONE, "TEACHER=all LEADER=all ADMIN=all");
        route("vejledninger/:slug", Subject.NONE, "TEACHER=all LEADER=all ADMIN=all");

        // Materials: the print sheets of a catalogue activity, one search and upload page, a file's own page.
        route("aktivitet/:id/materialer", Subject.NONE, "TEACHER=all LEADER=all ADMIN=all");
        route("aktivitet/:id/giv", Subject.NONE, "TEACHER=all"); // lists only the teacher's own classes
        route("materialer", Subject.NONE, "TEACHER=all LEADER=all");
        route("materialer/fil/:id", Subject.FILE, "TEACHER=school LEADER=school");

        // Teacher training: each teacher's own pages (self-assessment, profile and logbook show only the user's own),
        // teams for their members and the school's leader, sessions for the ambassador and those invited.
        route("efteruddannelse", Subject.NONE, "TEACHER=all LEADER=all");
        route("efteruddannelse/forloeb/:track", Subject.NONE, "TEACHER=all LEADER=all");
        route("efteruddannelse/modul/:module", Subject.NONE, "TEACHER=all LEADER=all");
        route("efteruddannelse/selvvurdering", Subject.NONE, "TEACHER=all LEADER=all");
        route("efteruddannelse/profil", Subject.NONE, "TEACHER=all LEADER=all");
        route("efteruddannelse/logbog", Subject.NONE, "TEACHER=all LEADER=all");
        route("efteruddannelse/kursusbevis", Subject.NONE, "TEACHER=all LEADER=all");
        route("efteruddannelse/dialogkort", Subject.NONE, "TEACHER=all LEADER=all");
        route("efteruddannelse/dialogkort/udskriv", Subject.NONE, "TEACHER=all LEADER=all");
        route("efteruddannelse/ledelse", Subject.NONE, "LEADER=all");
        route("efteruddannelse/ambassador", Subject.NONE, "TEACHER=all");
        route("efteruddannelse/team/:id", Subject.TEAM, "TEACHER=own LEADER=school");
        route("efteruddannelse/team/:id/moede", Subject.TEAM, "TEACHER=own LEADER=school");
        route("efteruddannelse/session/:id", Subject.SESSION, "TEACHER=own");

        // Year plans and the leader's overview
        route("aarsplaner", Subject.NONE, "TEACHER=all LEADER=all");
        route("aarsplan/:id", Subject.PLAN, "TEACHER=own LEADER=school ADMIN=all");
        route("aarsplan/:id/udskriv", Subject.PLAN, "TEACHER=own LEADER=school ADMIN=all");
        route("aarsplan-skabeloner", Subject.NONE, "TEACHER=all LEADER=all");
        route("skolens-overblik", Subject.NONE, "LEADER=all");
        route("daekning", Subject.NONE, "LEADER=all");
        route("lighed", Subject.NONE, "LEADER=all");
        route("maalinger", Subject.NONE, "LEADER=all"); // grade aggregates of the own school, n >= 5

        // Valgfag: the pupil's own portfolio (only their own entries are ever shown), the class's teachers read it.
        route("portfolio", Subject.NONE, "PUPIL=all");
        route("portfolio/udskriv", Subject.NONE, "PUPIL=all");
        route("valgfag", Subject.NONE, "TEACHER=all");
        route("valgfag/:id", Subject.CLASS, "TEACHER=own");

        // Admin
        route("admin", Subject.NONE, "ADMIN=all");
        route("admin/skole/:id", Subject.SCHOOL, "ADMIN=all");
        route("kommunens-daekning", Subject.NONE, "ADMIN=all");

        // HTTP endpoints beside Vaadin
        endpoint("POST /lab/autosave", "PUPIL=own"); // the signed-in pupil's own work, with the session's CSRF token
        endpoint("GET /kalender/{token}.ics", "ANON=all PUPIL=all TEACHER=all LEADER=all ADMIN=all"); // token is key
        // The Blockly editor's texts (block definitions, toolbox, category names: no personal data), by content hash.
        endpoint("GET /blockly-resources/{hash}.json", "PUPIL=all TEACHER=all LEADER=all ADMIN=all");
    }

    private AuthorizationRules() {
    }
}
