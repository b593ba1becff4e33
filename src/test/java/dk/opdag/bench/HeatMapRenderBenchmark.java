package dk.opdag.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dk.opdag.OpdagApplication;
import dk.opdag.account.CodeKind;
import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.classroom.ClassSummary;
import dk.opdag.classroom.SchoolAdminService;
import dk.opdag.curriculum.CurriculumStore;
import dk.opdag.curriculum.model.Activity;
import dk.opdag.planning.ItemDraft;
import dk.opdag.planning.Plan;
import dk.opdag.planning.PlanAdoption;
import dk.opdag.planning.PlanItems;
import dk.opdag.planning.PlanRepository;
import dk.opdag.planning.Plans;
import dk.opdag.planning.SchoolCalendar;
import dk.opdag.planning.SchoolHolidays;
import dk.opdag.planning.Week;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Render time of the school heat map (and of a 2,000-item plan) in the browser: the whole app (production frontend, in-memory H2) with a school
 * of 30 classes whose plans were adopted from grade templates with 12 items each, and Debian's Chromium signed in as
 * the leader. One operation is opening "Dækning" until the heat map's 30th row is in the page (JMH, wall clock).
 * Inside the page a MutationObserver sets a performance mark when that row appears; the marks (milliseconds since
 * navigation start, browser-side) are summarised at the end. Needs the packaged frontend: run {@code ./mvnw -o
 * package -DskipTests} first. Run: tools/bench/run.sh HeatMapRenderBenchmark
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 6)
@Fork(value = 1, jvmArgs = {"-Dvaadin.productionMode=true"})
public class HeatMapRenderBenchmark {

    private static final String PASSWORD = "bench-leder-123";
    private static final String MARK = """
            new MutationObserver((m, o) => {
              if (document.querySelector('.opdag-heat-map tbody tr:nth-child(30)')) {
                performance.mark('heat-map-rendered'); o.disconnect();
              }
            }).observe(document, {childList: true, subtree: true});
            """;

    private ConfigurableApplicationContext app;
    private Playwright playwright;
    private Browser browser;
    private Page page;
    private String base;
    private final List<Double> marks = new ArrayList<>();
    private long largePlanId;
    private int largePlanWeeks;

    @Setup(Level.Trial)
    public void setUp() {
        // Command-line arguments, so they win over application.properties (which points at a file database).
        app = new SpringApplicationBuilder(OpdagApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:heatmap-bench-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1",
                "--opdag.demo=false",
                "--vaadin.productionMode=true",
                "--logging.level.root=WARN");
        base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
        seed();
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(chromium())
                .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run")));
        page = browser.newContext(new Browser.NewContextOptions().setBaseURL(base)).newPage();
        page.setDefaultTimeout(60_000);
        page.navigate("/login");
        page.locator("vaadin-login-form input[name='username']").fill("benchleder");
        page.locator("vaadin-login-form input[name='password']").fill(PASSWORD);
        page.locator("vaadin-login-form vaadin-button[slot='submit'], vaadin-login-form button[type='submit']")
                .first().click();
        page.waitForURL(url -> !url.contains("/login"));
        page.addInitScript(MARK);
    }

    private void seed() {
        SchoolAdminService admin = app.getBean(SchoolAdminService.class);
        Plans plans = app.getBean(Plans.class);
        PlanItems planItems = app.getBean(PlanItems.class);
        PlanAdoption adoption = app.getBean(PlanAdoption.class);
        SchoolHolidays schoolHolidays = app.getBean(SchoolHolidays.class);
        List<Activity> catalogue = app.getBean(CurriculumStore.class).curriculum().activities();
        int year = plans.currentStartYear();
        long school = admin.createSchool("Benchkommune", "Benchskolen");
        long leaderId = admin.createStaff(school, Role.LEADER, "benchleder", PASSWORD, "Bench Leder");
        SignedInUser leader = new SignedInUser(leaderId, Role.LEADER, "Bench Leder", school);
        schoolHolidays.setHolidays(leader, school, year, new HashSet<>(SchoolCalendar.usualHolidays(year)));
        List<Week> weeks = schoolHolidays.calendar(school, year).teachingWeeks();
        for (int grade = 0; grade <= 9; grade++) {
            int g = grade;
            Plan template = adoption.template(leader, school, year, grade);
            List<Activity> fitting = catalogue.stream().filter(a -> a.grades().contains(g)).toList();
            for (int i = 0; i < 12; i++) {
                Activity a = fitting.get(i % fitting.size());
                String subject = a.subjects().stream().map(s -> s.id())
                        .filter(id -> plans.subjectsFor(template).stream().anyMatch(s -> s.id().equals(id)))
                        .findFirst().orElse(plans.subjectsFor(template).getFirst().id());
                int week = weeks.get((i * 3 + g) % weeks.size()).code();
                planItems.addItem(leader, template.id(), new ItemDraft(a.id(), subject, week, week, null, null));
            }
            for (char letter = 'A'; letter <= 'C'; letter++) {
                admin.createClass(school, year, grade + "." + letter, CodeKind.WORDS);
            }
        }
        // Next year's 5th grade template with 2,000 items, for the large-plan operation.
        Plan large = adoption.template(leader, school, year + 1, 5);
        List<Week> nextWeeks = schoolHolidays.calendar(school, year + 1).teachingWeeks();
        List<Activity> fifth = catalogue.stream().filter(a -> a.grades().contains(5)).toList();
        List<PlanRepository.NewItem> many = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            Activity a = fifth.get(i % fifth.size());
            int week = nextWeeks.get(i % nextWeeks.size()).code();
            many.add(new PlanRepository.NewItem(new ItemDraft(a.id(), "matematik", week, week, null, "Note " + i),
                    null));
        }
        app.getBean(PlanRepository.class).insertItems(large.id(), many, leaderId, java.time.OffsetDateTime.now());
        largePlanId = large.id();
        largePlanWeeks = schoolHolidays.calendar(school, year + 1).weeks().size();
        int n = 0;
        for (ClassSummary c : admin.classesOfSchool(school, year)) {
            long teacher = admin.createStaff(school, Role.TEACHER, "benchlaerer" + n, "bench-laerer-123",
                    "Lærer " + n++);
            admin.assignTeacher(c.id(), teacher, List.of("dansk", "matematik"));
            adoption.adopt(new SignedInUser(teacher, Role.TEACHER, "Lærer", school), c.id());
        }
    }

    @Benchmark
    public Object openTheHeatMap() {
        page.navigate("/daekning");
        page.locator(".opdag-heat-map tbody tr:nth-child(30)").waitFor();
        Object mark = page.evaluate("() => { const m = performance.getEntriesByName('heat-map-rendered')[0];"
                + " return m ? m.startTime : -1; }");
        if (mark instanceof Number number && number.doubleValue() >= 0) {
            marks.add(number.doubleValue());
        }
        return mark;
    }

    /** A grade template with 2,000 items: the week board (capped per week) and the list button are drawn. */
    @Benchmark
    public Object openALargePlan() {
        page.navigate("/aarsplan/" + largePlanId);
        page.locator(".opdag-week-board .opdag-week:nth-child(" + largePlanWeeks + ")").waitFor();
        return page.locator(".opdag-section-bar vaadin-button").nth(1).textContent();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (!marks.isEmpty()) {
            List<Double> sorted = marks.stream().sorted().toList();
            System.out.printf("%nBrowser-side (performance mark, ms from navigation start to the 30th row): "
                            + "n=%d median=%.1f p95=%.1f max=%.1f%n", sorted.size(), sorted.get(sorted.size() / 2),
                    sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1), sorted.getLast());
        }
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (app != null) {
            app.close();
        }
    }

    private static Path chromium() {
        return Stream.of(System.getenv("PATH").split(":")).map(dir -> Path.of(dir, "chromium"))
                .filter(Files::isExecutable).findFirst().orElse(Path.of("/usr/bin/chromium"));
    }
}
