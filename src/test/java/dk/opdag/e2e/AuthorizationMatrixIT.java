package dk.opdag.e2e;

import static dk.opdag.db.Tables.APP_USER;
import static dk.opdag.db.Tables.ASSIGNMENT;
import static dk.opdag.db.Tables.ASSIGNMENT_EXPERIMENT;
import static dk.opdag.db.Tables.SCHOOL_CLASS;
import static dk.opdag.db.Tables.YEAR_PLAN;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.RequestOptions;
import dk.opdag.account.CodeKind;
import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.classroom.SchoolAdminService;
import dk.opdag.materials.MaterialService;
import dk.opdag.planning.PlanAdoption;
import dk.opdag.planning.Plans;
import dk.opdag.planning.feed.CalendarFeedService;
import jakarta.servlet.ServletContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Issue 11, item 8: the authorization matrix, generated from the app's own route list. Every {@code @Route} (and
 * alias) Vaadin registered and every HTTP endpoint of ours must have a line in {@link AuthorizationRules}; each is
 * then opened as every role and as a visitor who is not signed in, with the user's own class, school or work and
 * with another class's and another school's. The outcome table is written to
 * {@code target/authorization-matrix.txt}.
 */
class AuthorizationMatrixIT extends BrowserTestBase {

    private static final List<String> ROLES = List.of("ANON", "PUPIL", "TEACHER", "LEADER", "ADMIN");
    private static final List<String> REFUSALS = List.of("ikke adgang", "findes ikke", "Den opgave har du ikke");

    @Autowired
    ServletContext servletContext;
    @Autowired
    List<RequestMappingHandlerMapping> mappings;
    @Autowired
    DSLContext dsl;
    @Autowired
    SchoolAdminService schoolAdmin;
    @Autowired
    Plans plans;
    @Autowired
    PlanAdoption adoption;
    @Autowired
    MaterialService materials;
    @Autowired
    dk.opdag.training.team.TeamService teams;
    @Autowired
    dk.opdag.training.ambassador.AmbassadorService ambassadors;
    @Autowired
    CalendarFeedService feeds;

    /** The templates Vaadin serves (routes and their aliases). */
    private List<String> routes() {
        var registry = com.vaadin.flow.server.startup.ApplicationRouteRegistry.getInstance(
                new com.vaadin.flow.server.VaadinServletContext(servletContext));
        TreeSet<String> templates = new TreeSet<>();
        registry.getRegisteredRoutes().forEach(r -> {
            templates.add(r.getTemplate());
            r.getRouteAliases().forEach(a -> templates.add(a.getTemplate()));
        });
        return List.copyOf(templates);
    }

    /** Our own HTTP endpoints ("POST /lab/autosave"). */
    private List<String> endpoints() {
        TreeSet<String> found = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.stream()
                .flatMap(m -> m.getHandlerMethods().entrySet().stream()).toList()) {
            if (!e.getValue().getBeanType().getPackageName().startsWith("dk.opdag")) {
                continue;
            }
            for (var method : e.getKey().getMethodsCondition().getMethods()) {
                for (String pattern : e.getKey().getPatternValues()) {
                    found.add(method.name() + " " + pattern);
                }
            }
        }
        return List.copyOf(found);
    }

    @Test
    void everyRouteAndEndpointHasARule() {
        List<String> missing = new ArrayList<>();
        routes().stream().filter(r -> !AuthorizationRules.ROUTES.containsKey(r)).forEach(missing::add);
        endpoints().stream().filter(e -> !AuthorizationRules.ENDPOINTS.containsKey(e)).forEach(missing::add);
        assertThat(missing).as("routes or endpoints without a line in AuthorizationRules (add one per route)")
                .isEmpty();
        assertThat(AuthorizationRules.ROUTES.keySet()).as("rules for routes that no longer exist")
                .containsExactlyInAnyOrderElementsOf(routes());
        assertThat(AuthorizationRules.ENDPOINTS.keySet()).as("rules for endpoints that no longer exist")
                .containsExactlyInAnyOrderElementsOf(endpoints());
    }

    /** The user's own subject, another class's in the same school, and another school's (null: no such case). */
    private record Subjects(String own, String otherClass, String otherSchool) {
    }

    @Test
    void everyRouteAsEveryRoleOnOwnAndOthersData() throws Exception {
        Map<AuthorizationRules.Subject, Subjects> subjects = subjects();
        Map<String, BrowserContext> users = new LinkedHashMap<>();
        for (String role : ROLES) {
            users.put(role, signedIn(role));
        }
        List<String> wrong = new ArrayList<>();
        StringBuilder table = new StringBuilder("route | subject | " + String.join(" | ", ROLES) + "\n");
        for (var entry : AuthorizationRules.ROUTES.entrySet()) {
            String template = entry.getKey();
            AuthorizationRules.Rule rule = entry.getValue();
            Subjects s = subjects.get(rule.subject());
            String own = rule.subject() == AuthorizationRules.Subject.NONE
                    ? noneValues.getOrDefault(template, s.own()) : s.own();
            String[][] cases = {{"own", own}, {"other class", s.otherClass()}, {"other school", s.otherSchool()}};
            for (String[] c : cases) {
                if (c[1] == null) {
                    continue;
                }
                String path = fill(template, c[1]);
                table.append(path).append(" | ").append(c[0]);
                for (String role : ROLES) {
                    boolean allowed = allowed(users.get(role), template, path);
                    boolean expected = expected(rule.of(role), c[0]);
                    table.append(" | ").append(allowed ? "opens" : "refused");
                    if (allowed != expected) {
                        wrong.add(role + " " + path + " (" + c[0] + "): " + (allowed ? "opens" : "refused")
                                + ", rule says " + rule.of(role));
                    }
                }
                table.append('\n');
            }
        }
        endpointCases(users, table, wrong);
        users.values().forEach(BrowserContext::close);
        Files.writeString(Path.of("target", "authorization-matrix.txt"), table);
        assertThat(wrong).as("the matrix (target/authorization-matrix.txt)").isEmpty();
    }

    /**
     * Issue 15: the menu is the views marked {@code @Menu} that the role may open (Vaadin's MenuConfiguration asks
     * the same access control as navigation). Each role gets exactly its links, in the views' order, each translated
     * and each one the rules above let the role open.
     */
    @Test
    void eachRoleSeesExactlyTheMenuLinksItMayOpen() {
        Map<String, List<String>> menus = new LinkedHashMap<>();
        menus.put("PUPIL", List.of("mine-opgaver", "frit-eksperiment", "mit-barometer", "maaling", "portfolio"));
        menus.put("TEACHER", List.of("mine-klasser", "opgaver", "frit-eksperiment", "katalog", "aarsplaner",
                "valgfag", "materialer", "efteruddannelse", "vejledninger"));
        menus.put("LEADER", List.of("skolens-overblik", "katalog", "aarsplaner", "daekning", "lighed", "maalinger",
                "materialer", "efteruddannelse", "efteruddannelse/ledelse", "vejledninger"));
        menus.put("ADMIN", List.of("admin", "katalog", "kommunens-daekning", "vejledninger"));
        for (var menu : menus.entrySet()) {
            String role = menu.getKey();
            BrowserContext user = signedIn(role);
            Page p = user.pages().getFirst();
            p.navigate("/");
            com.microsoft.playwright.Locator items = p.locator("vaadin-side-nav-item");
            items.first().waitFor();
            List<String> paths = new ArrayList<>();
            for (int i = 0; i < items.count(); i++) {
                String path = items.nth(i).getAttribute("path").replaceFirst("^/", "");
                String label = items.nth(i).innerText().strip();
                AuthorizationRules.Rule rule = AuthorizationRules.ROUTES.get(path);
                assertThat(rule).as(role + "'s menu links to " + path + ", which has no rule").isNotNull();
                assertThat(expected(rule.of(role), "own")).as(role + " may open " + path).isTrue();
                assertThat(label).as("the label of " + path + " comes from the bundle").isNotBlank()
                        .doesNotContain(".");
                paths.add(path);
            }
            assertThat(paths).as(role + "'s menu").containsExactlyElementsOf(menu.getValue());
            user.close();
        }
        BrowserContext visitor = signedIn("ANON");
        Page p = visitor.pages().getFirst();
        p.navigate("/login");
        p.locator("vaadin-login-form").waitFor();
        assertThat(p.locator("vaadin-side-nav-item").count()).as("a visitor's menu").isZero();
        visitor.close();
    }

    private void endpointCases(Map<String, BrowserContext> users, StringBuilder table, List<String> wrong) {
        // The autosave beacon: only a signed-in pupil (who also needs the session's CSRF token, which a stranger's
        // page cannot read); everyone else is refused before the body is looked at.
        AuthorizationRules.Rule autosave = AuthorizationRules.ENDPOINTS.get("POST /lab/autosave");
        table.append("POST /lab/autosave | own");
        for (String role : ROLES) {
            int status = users.get(role).request().post("/lab/autosave", RequestOptions.create().setMaxRedirects(0)
                    .setForm(com.microsoft.playwright.options.FormData.create().set("experiment", "skildpadde-sekskant")
                            .set("revision", "0").set("workspace", "{}"))).status();
            boolean refused = status == 401 || status == 403 || status == 302;
            table.append(" | ").append(status);
            if (!"own".equals(autosave.of(role)) && !refused) {
                wrong.add(role + " POST /lab/autosave answered " + status);
            }
        }
        table.append('\n');
        // The calendar feed: the long random token is the key (calendar apps cannot sign in); a made-up one is 404.
        long klass = dsl.select(SCHOOL_CLASS.ID).from(SCHOOL_CLASS).where(SCHOOL_CLASS.NAME.eq("2.A"))
                .fetchOne(SCHOOL_CLASS.ID);
        long anne = ((Number) dsl.fetchValue("select id from app_user where username = 'anne'")).longValue();
        String token = feeds.renew(new SignedInUser(anne, Role.TEACHER, "Anne", null), klass);
        table.append("GET /kalender/{token}.ics | real token, made-up token");
        for (String role : ROLES) {
            int real = users.get(role).request().get("/kalender/" + token + ".ics").status();
            int madeUp = users.get(role).request().get("/kalender/" + "x".repeat(43) + ".ics").status();
            table.append(" | ").append(real).append(", ").append(madeUp);
            if (real != 200 || madeUp != 404) {
                wrong.add(role + " calendar feed answered " + real + " / " + madeUp);
            }
        }
        table.append('\n');
        // The editor's texts: anyone signed in (every page with an editor needs a sign-in); a visitor gets 401.
        AuthorizationRules.Rule texts = AuthorizationRules.ENDPOINTS.get("GET /blockly-resources/{hash}.json");
        String url = dk.opdag.blockly.BlocklyResources.url("[\"matrix\"]");
        table.append("GET /blockly-resources/{hash}.json | all signed in");
        for (String role : ROLES) {
            var answer = users.get(role).request().get("/" + url, RequestOptions.create().setMaxRedirects(0));
            int status = answer.status();
            boolean allowed = expected(texts.of(role), "own");
            table.append(" | ").append(status);
            if (allowed ? status != 200 : status != 401) {
                wrong.add(role + " GET /blockly-resources answered " + status);
            }
            // Shared, immutable texts: cached by the browser (not by proxies); a refusal is never cached.
            String cache = String.valueOf(answer.headers().get("cache-control"));
            if (allowed ? !cache.equals("max-age=31536000, private, immutable") : !cache.contains("no-store")) {
                wrong.add(role + " GET /blockly-resources cache-control: " + cache);
            }
        }
        table.append('\n');
    }

    private static boolean expected(String access, String scope) {
        return switch (access) {
            case "all" -> true;
            case "school" -> !scope.equals("other school");
            case "own" -> scope.equals("own");
            default -> false;
        };
    }

    /**
     * Opens the page as this user. Refused when the server answers 4xx or sends the user elsewhere (to sign in, or
     * to their own start page), or when the page says so; only then is a browser needed to see what the page shows.
     */
    private boolean allowed(BrowserContext user, String template, String path) {
        var head = user.request().get("/" + path, RequestOptions.create().setMaxRedirects(0));
        if (head.status() >= 300) {
            return template.isEmpty() && head.status() < 400; // the start page always sends on
        }
        Page page = user.pages().isEmpty() ? user.newPage() : user.pages().getFirst();
        Response response = page.navigate("/" + path);
        if (response != null && response.status() >= 400) {
            return false;
        }
        page.locator("h1, vaadin-login-form, opdag-blockly").first().waitFor(new com.microsoft.playwright.Locator
                .WaitForOptions().setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
        // A view may forward the user on (to sign in, or home) right after the first render: wait until Vaadin
        // has no request in flight, then read where the browser ended up.
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
        if (!template.isEmpty() && !page.url().endsWith("/" + path)) {
            return false; // sent elsewhere
        }
        String text = page.locator("body").innerText();
        return REFUSALS.stream().noneMatch(text::contains);
    }

    private BrowserContext signedIn(String role) {
        BrowserContext c = newContext();
        Page p = c.newPage();
        switch (role) {
            case "ANON" -> { }
            case "PUPIL" -> {
                p.navigate("/elev");
                p.getByLabel("Klassekode").fill("DEMO2A");
                p.getByText("Videre").click();
                p.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Alma").setExact(true)).click();
                p.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Hund").setExact(true)).click();
                p.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Sol").setExact(true)).click();
                p.waitForURL(url -> url.contains("mine-opgaver"));
            }
            default -> {
                String user = Map.of("TEACHER", "anne", "LEADER", "leder", "ADMIN", "admin").get(role);
                p.navigate("/login");
                p.locator("vaadin-login-form input[name='username']").fill(user);
                p.locator("vaadin-login-form input[name='password']").fill(PASSWORD);
                p.locator("vaadin-login-form vaadin-button[slot='submit'], vaadin-login-form button[type='submit']")
                        .first().click();
                p.waitForURL(url -> !url.contains("/login"));
            }
        }
        return c;
    }

    private static String fill(String template, String values) {
        String[] parts = values.split("/");
        String path = template;
        for (String value : parts) {
            path = path.replaceFirst(":[a-z]+", value);
        }
        return path.replaceAll("/:[a-z]+\\?", ""); // optional parameters left over are left out
    }

    /** Ids from the demo school (Alma and Anne are in 2.A) and a neighbouring school made here. */
    private Map<AuthorizationRules.Subject, Subjects> subjects() throws Exception {
        long demoSchool = dsl.select(SCHOOL_CLASS.SCHOOL_ID).from(SCHOOL_CLASS).where(SCHOOL_CLASS.NAME.eq("2.A"))
                .fetchOne(SCHOOL_CLASS.SCHOOL_ID);
        long class2a = classId(demoSchool, "2.A");
        long class5b = classId(demoSchool, "5.B");
        long class8c = classId(demoSchool, "8.C");
        int startYear = plans.currentStartYear();
        long other = schoolAdmin.createSchool("Nabokommune", "Matrixskolen " + System.nanoTime());
        schoolAdmin.createClass(other, startYear, "4.M", CodeKind.WORDS);
        long otherClass = schoolAdmin.classesOfSchool(other, startYear).getFirst().id();
        long otherLeader = schoolAdmin.createStaff(other, Role.LEADER, "matrixleder" + System.nanoTime(),
                "matrix-leder-123", "Mads Matrix");
        long otherPlan = adoption.template(new SignedInUser(otherLeader, Role.LEADER, "Mads Matrix", other), other,
                startYear, 4).id();

        long assignment2a = assignmentOf(class2a);
        long assignment5b = assignmentOf(class5b);
        long alma = pupil(class2a, "Alma");
        long asta = pupil(class5b, "Asta");
        String activity = (String) dsl.fetchValue("select id from activity where owner_id is null"
                + " and retired_at is null order by id limit 1");

        Map<AuthorizationRules.Subject, Subjects> s = new LinkedHashMap<>();
        s.put(AuthorizationRules.Subject.NONE, new Subjects("skildpadde-sekskant", null, null));
        s.put(AuthorizationRules.Subject.CLASS, new Subjects("" + class2a, "" + class5b, "" + otherClass));
        s.put(AuthorizationRules.Subject.ASSIGNMENT, new Subjects("" + assignment2a, "" + assignment5b, null));
        s.put(AuthorizationRules.Subject.PLAN, new Subjects("" + planOf(class2a), "" + planOf(class8c),
                "" + otherPlan));
        s.put(AuthorizationRules.Subject.SCHOOL, new Subjects("" + demoSchool, null, "" + other));
        s.put(AuthorizationRules.Subject.REFLECTION, new Subjects("" + assignment2a, "" + assignment5b, null));
        s.put(AuthorizationRules.Subject.WORK, new Subjects(assignment2a + "/" + alma + "/" + experimentOf(assignment2a),
                assignment5b + "/" + asta + "/" + experimentOf(assignment5b), null));
        // Routes whose parameter is the same for everyone get a value that fits them.
        long otherTeacher = schoolAdmin.createStaff(other, Role.TEACHER, "matrixlaerer" + System.nanoTime(),
                "matrix-laerer-123", "Mette Matrix");
        s.put(AuthorizationRules.Subject.FILE, new Subjects("" + sharedFile(staff("anne"), "Annes noter"),
                "" + sharedFile(staff("bo"), "Bos noter"),
                "" + sharedFile(new SignedInUser(otherTeacher, Role.TEACHER, "Mette Matrix", other), "Mettes noter")));
        // Training: a team with Anne, one without her, one at the other school; Bo's sessions with and without Anne.
        SignedInUser leader = staff("leder");
        SignedInUser anne = staff("anne");
        SignedInUser bo = staff("bo");
        SignedInUser carla = staff("carla");
        long teamWithAnne = teams.create(leader, "Matrixteam med Anne");
        teams.addMember(leader, teamWithAnne, anne.id());
        long teamWithoutAnne = teams.create(leader, "Matrixteam uden Anne");
        teams.addMember(leader, teamWithoutAnne, bo.id());
        long otherTeam = teams.create(new SignedInUser(otherLeader, Role.LEADER, "Mads Matrix", other), "Nabotimen");
        s.put(AuthorizationRules.Subject.TEAM, new Subjects("" + teamWithAnne, "" + teamWithoutAnne, "" + otherTeam));
        ambassadors.name(leader, bo.id());
        var meets = java.time.OffsetDateTime.now().plusDays(3);
        long withAnne = ambassadors.createSession(bo, "spoerg-data", meets, "Personalerummet", List.of(anne.id()));
        long withoutAnne = ambassadors.createSession(bo, "spoerg-data", meets, "Lokale 12", List.of(carla.id()));
        s.put(AuthorizationRules.Subject.SESSION, new Subjects("" + withAnne, "" + withoutAnne, null));
        noneValues.put("efteruddannelse/forloeb/:track", "data-og-sensorer");
        noneValues.put("efteruddannelse/modul/:module", "spoerg-data");
        noneValues.put("aktivitet/:id/materialer", activity);
        noneValues.put("aktivitet/:id/giv", activity);
        noneValues.put("aktivitet/:id", activity);
        noneValues.put("aktivitet/rediger/:id", activity);
        noneValues.put("vejledninger/:slug", "kom-i-gang");
        return s;
    }

    private final Map<String, String> noneValues = new LinkedHashMap<>();

    private SignedInUser staff(String username) {
        var u = dsl.select(APP_USER.ID, APP_USER.ROLE, APP_USER.NAME, APP_USER.SCHOOL_ID).from(APP_USER)
                .where(APP_USER.USERNAME.eq(username)).fetchOne();
        return new SignedInUser(u.value1(), Role.valueOf(u.value2()), u.value3(), u.value4());
    }

    /** A small text file uploaded by this teacher and shared with the school. */
    private long sharedFile(SignedInUser owner, String text) throws Exception {
        byte[] body = (text + " om robotter og algoritmer, skrevet til matrixtesten " + System.nanoTime())
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        long id = materials.upload(owner, new java.io.ByteArrayInputStream(body), text + ".txt").file().id();
        materials.share(owner, id, true);
        return id;
    }

    private long classId(long school, String name) {
        return dsl.select(SCHOOL_CLASS.ID).from(SCHOOL_CLASS)
                .where(SCHOOL_CLASS.SCHOOL_ID.eq(school)).and(SCHOOL_CLASS.NAME.eq(name)).fetchOne(SCHOOL_CLASS.ID);
    }

    private long assignmentOf(long classId) {
        return dsl.select(ASSIGNMENT.ID).from(ASSIGNMENT).join(ASSIGNMENT_EXPERIMENT)
                .on(ASSIGNMENT_EXPERIMENT.ASSIGNMENT_ID.eq(ASSIGNMENT.ID))
                .where(ASSIGNMENT.CLASS_ID.eq(classId)).and(ASSIGNMENT.REMOVED_AT.isNull())
                .orderBy(ASSIGNMENT.ID).limit(1).fetchOne(ASSIGNMENT.ID);
    }

    private String experimentOf(long assignmentId) {
        return dsl.select(ASSIGNMENT_EXPERIMENT.EXPERIMENT_ID).from(ASSIGNMENT_EXPERIMENT)
                .where(ASSIGNMENT_EXPERIMENT.ASSIGNMENT_ID.eq(assignmentId))
                .orderBy(ASSIGNMENT_EXPERIMENT.POSITION).limit(1).fetchOne(ASSIGNMENT_EXPERIMENT.EXPERIMENT_ID);
    }

    private long planOf(long classId) {
        return dsl.select(YEAR_PLAN.ID).from(YEAR_PLAN).where(YEAR_PLAN.CLASS_ID.eq(classId)).fetchOne(YEAR_PLAN.ID);
    }

    private long pupil(long classId, String name) {
        return ((Number) dsl.fetchValue("select u.id from app_user u join pupil_enrolment e on e.pupil_id = u.id"
                + " where e.class_id = ? and u.name = ?", classId, name)).longValue();
    }
}
