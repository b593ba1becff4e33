package dk.opdag.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import dk.opdag.OpdagApplication;
import dk.opdag.account.CodeKind;
import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.account.StaffAccounts;
import dk.opdag.account.UserRepository;
import dk.opdag.classroom.ClassRepository;
import dk.opdag.classroom.SchoolRepository;
import dk.opdag.classroom.SchoolYears;
import dk.opdag.classroom.assignment.Assignment;
import dk.opdag.classroom.assignment.AssignmentRepository;
import dk.opdag.classroom.assignment.AssignmentService;
import dk.opdag.curriculum.CurriculumStore;
import dk.opdag.curriculum.model.Experiment;
import dk.opdag.lab.LabCatalog;
import dk.opdag.lab.LabExperiment;
import dk.opdag.lab.LabService;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
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
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * The teacher's dashboard in the running app (production frontend, Vaadin Push) on the municipality database
 * ({@link MunicipalityDatabase}), driven by Debian's Chromium through Playwright:
 * <ul>
 *   <li>{@code renderGrid}: a teacher clicks from the class's assignments to the live grid. The JMH score is the
 *       browser's wait until the grid shows; the server's own time for the navigation request (access, queries,
 *       components, the response) is measured by a servlet filter and printed as median and p95 at the end;</li>
 *   <li>{@code pushThirtyPupils}: 30 pupils of one class run the real experiment at the same moment (threads
 *       calling the lab's service, as the pupils' views do); the score is the time until the teacher's grid shows
 *       all 30, and each pupil's latency from stored run to changed cell in the browser is printed as median and
 *       p95;</li>
 *   <li>the memory of one open dashboard session: the heap after garbage collection with ten more teachers'
 *       dashboards open, minus before, divided by ten (printed at the end of {@code renderGrid}).</li>
 * </ul>
 * Run: {@code tools/bench/run.sh DashboardBenchmark} (after a {@code package}, so that the production frontend
 * bundle is in target/classes).
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1500m", "-Dvaadin.productionMode=true"})
public class DashboardBenchmark {

    static final int TEACHERS = 20;
    static final int MEMORY_SESSIONS = 10;
    static final int LATENCY_PUPILS = 30;

    /** Server-side durations (ns) of Vaadin's UIDL requests, as the filter saw them: wall clock and CPU. */
    static final ConcurrentLinkedQueue<long[]> UIDL_NANOS = new ConcurrentLinkedQueue<>();
    private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private MunicipalityDatabase db;
    private ConfigurableApplicationContext app;
    private Playwright playwright;
    private Browser browser;
    private final List<BrowserContext> contexts = new ArrayList<>();
    private final List<Page> teacherPages = new ArrayList<>();
    private final List<long[]> renderServerNanos = new ArrayList<>();
    private final List<Long> pushLatencyMillis = new ArrayList<>();
    private int port;
    private Page latencyTeacher;
    private List<SignedInUser> latencyPupils;
    private LabExperiment experiment;
    private String failing;
    private String passing;
    private ExecutorService pupils;

    /**
     * Times Vaadin's UIDL requests (POST ?v-r=uidl), where navigation and every UI change are handled. A source of
     * the benchmark's app only: not a @Configuration, so the journeys' component scan never picks it up.
     */
    static class Timing {
        @Bean
        FilterRegistrationBean<Filter> uidlTimer() {
            Filter filter = (request, response, chain) -> {
                long start = System.nanoTime();
                long cpu = THREADS.getCurrentThreadCpuTime();
                try {
                    chain.doFilter(request, response);
                } finally {
                    if (request instanceof HttpServletRequest http && "uidl".equals(http.getParameter("v-r"))) {
                        UIDL_NANOS.add(new long[] {System.nanoTime() - start,
                                THREADS.getCurrentThreadCpuTime() - cpu});
                    }
                }
            };
            FilterRegistrationBean<Filter> bean = new FilterRegistrationBean<>(filter);
            bean.setOrder(Integer.MIN_VALUE);
            return bean;
        }
    }

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        db = MunicipalityDatabase.open();
        // As arguments: they outrank application.properties (default properties would not).
        app = new SpringApplicationBuilder(OpdagApplication.class, Timing.class).run(
                "--spring.datasource.url=" + db.jdbcUrl(), "--spring.datasource.username=postgres",
                "--spring.datasource.password=", "--server.port=0", "--opdag.demo=false",
                "--vaadin.productionMode=true", "--logging.level.root=WARN",
                "--opdag.data-dir=" + Files.createTempDirectory("opdag-bench"));
        port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium()).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
        List<Long> classIds = db.dsl().select(dk.opdag.db.Tables.SCHOOL_CLASS.ID).from(dk.opdag.db.Tables.SCHOOL_CLASS)
                .where(dk.opdag.db.Tables.SCHOOL_CLASS.CLASS_CODE.like("B%K%"))
                .orderBy(dk.opdag.db.Tables.SCHOOL_CLASS.ID).fetch(dk.opdag.db.Tables.SCHOOL_CLASS.ID);
        Collections.shuffle(classIds);
        for (long classId : classIds.subList(0, TEACHERS)) {
            Page p = teacherPage("laerer" + classId, MunicipalityDatabase.TEACHER_PASSWORD);
            p.navigate("/klasse/" + classId + "/opgaver");
            p.locator(".opdag-assignment-title a").first().waitFor();
            teacherPages.add(p);
        }
        prepareLatencyClass();
    }

    private Page teacherPage(String username, String password) {
        BrowserContext c = browser.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + port));
        c.setDefaultTimeout(30_000);
        contexts.add(c);
        Page p = c.newPage();
        p.navigate("/login");
        p.locator("vaadin-login-form input[name='username']").fill(username);
        p.locator("vaadin-login-form input[name='password']").fill(password);
        p.locator("vaadin-login-form vaadin-button[slot='submit'], vaadin-login-form button[type='submit']").first()
                .click();
        p.waitForURL(url -> !url.contains("/login"));
        return p;
    }

    /** A class of 30 in a school of its own, its teacher, and the turtle activity with its real experiment. */
    private void prepareLatencyClass() {
        SchoolRepository schools = app.getBean(SchoolRepository.class);
        ClassRepository classes = app.getBean(ClassRepository.class);
        UserRepository users = app.getBean(UserRepository.class);
        String tag = Long.toString(System.currentTimeMillis(), 36);
        long year = schools.schoolYear(SchoolYears.startYearOf(LocalDate.now()));
        long school = schools.createSchool(schools.municipality("Benchmark Kommune"), "Latensskolen " + tag);
        long klass = classes.create(school, year, "6.L", 6, ("L" + tag).toUpperCase().substring(0, 8),
                CodeKind.WORDS);
        String username = "latens" + tag;
        long teacher = app.getBean(StaffAccounts.class).create(Role.TEACHER, school, username,
                MunicipalityDatabase.TEACHER_PASSWORD, "Latens Lærer");
        classes.linkTeacher(teacher, klass, List.of("matematik"));
        latencyPupils = new ArrayList<>();
        for (int i = 1; i <= LATENCY_PUPILS; i++) {
            long pupil = users.createPupil(school, "Elev" + i, null, "kode-" + tag + "-" + i);
            classes.enrol(pupil, klass, year);
            latencyPupils.add(new SignedInUser(pupil, Role.PUPIL, "Elev" + i, school));
        }
        SignedInUser t = new SignedInUser(teacher, Role.TEACHER, "Latens Lærer", school);
        long assignment = app.getBean(AssignmentService.class).assign(t, klass, "skildpadden-tegner", List.of(), null);
        experiment = app.getBean(LabCatalog.class).find("skildpadde-sekskant").orElseThrow();
        Experiment e = app.getBean(CurriculumStore.class).curriculum().experiment("skildpadde-sekskant").orElseThrow();
        failing = e.first().startWorkspace();
        passing = e.first().solution();
        latencyTeacher = teacherPage(username, MunicipalityDatabase.TEACHER_PASSWORD);
        latencyTeacher.navigate("/opgave/" + assignment + "/overblik");
        latencyTeacher.locator("button.opdag-cell").first().waitFor();
        latencyTeacher.evaluate("() => { window.__last = {}; window.__changes = {};"
                + " const seen = () => { for (const b of document.querySelectorAll('button.opdag-cell')) {"
                + "   const label = b.getAttribute('aria-label'); const name = label.split(',')[0];"
                + "   if (window.__last[name] !== label) { window.__last[name] = label;"
                + "     (window.__changes[name] = window.__changes[name] || []).push(Date.now()); } } };"
                + " seen(); new MutationObserver(seen).observe(document.querySelector('vaadin-grid'),"
                + "   {subtree: true, childList: true, attributes: true, characterData: true}); }");
        pupils = Executors.newFixedThreadPool(LATENCY_PUPILS);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @Warmup(iterations = 2, time = 10)
    @Measurement(iterations = 5, time = 20)
    public void renderGrid() {
        Page p = teacherPages.get(ThreadLocalRandom.current().nextInt(teacherPages.size()));
        UIDL_NANOS.clear();
        p.locator(".opdag-assignment-title a").first().click();
        p.locator("button.opdag-cell").first().waitFor();
        // The navigation is the longest UIDL request of the click (others are small follow-up events).
        long[] server = UIDL_NANOS.stream().max(java.util.Comparator.comparingLong(t -> t[0])).orElse(null);
        if (server != null) {
            synchronized (renderServerNanos) {
                renderServerNanos.add(server);
            }
        }
        p.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^← Alle opgaver")))
                .click();
        p.locator(".opdag-assignment-title a").first().waitFor();
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 3, batchSize = 1)
    @Measurement(iterations = 20, batchSize = 1)
    public void pushThirtyPupils() throws Exception {
        CyclicBarrier together = new CyclicBarrier(LATENCY_PUPILS);
        List<Future<Long>> stored = new ArrayList<>();
        boolean pass = ThreadLocalRandom.current().nextBoolean();
        for (SignedInUser pupil : latencyPupils) {
            stored.add(pupils.submit(() -> {
                int revision = app.getBean(LabService.class).open(pupil, experiment).revision();
                together.await();
                app.getBean(LabService.class).run(pupil, experiment, revision, pass ? passing : failing);
                return System.currentTimeMillis();
            }));
        }
        Map<String, Long> storedAt = new HashMap<>();
        for (int i = 0; i < LATENCY_PUPILS; i++) {
            storedAt.put(latencyPupils.get(i).displayName(), stored.get(i).get());
        }
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            @SuppressWarnings("unchecked")
            Map<String, List<Number>> changes = (Map<String, List<Number>>) latencyTeacher.evaluate("() => window.__changes");
            List<Long> latencies = new ArrayList<>();
            for (var e : storedAt.entrySet()) {
                List<Number> seen = changes.getOrDefault(e.getKey(), List.of());
                seen.stream().mapToLong(Number::longValue).filter(t -> t >= e.getValue() - 1000).findFirst()
                        .ifPresent(t -> latencies.add(Math.max(0, t - e.getValue())));
            }
            if (latencies.size() == LATENCY_PUPILS) {
                synchronized (pushLatencyMillis) {
                    pushLatencyMillis.addAll(latencies);
                }
                latencyTeacher.evaluate("() => { window.__changes = {}; }");
                return;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("the grid did not show all 30 runs within 30 s");
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        if (!renderServerNanos.isEmpty()) {
            List<Long> wall = renderServerNanos.stream().map(t -> t[0] / 1000).sorted().toList();
            List<Long> cpu = renderServerNanos.stream().map(t -> t[1] / 1000).sorted().toList();
            System.out.printf("%nServer time of the grid navigation (%d renders): wall median %.2f ms, p95 %.2f ms;"
                            + " CPU of the request thread median %.2f ms, p95 %.2f ms; load average %.1f%n",
                    wall.size(), percentile(wall, 50) / 1000.0, percentile(wall, 95) / 1000.0,
                    percentile(cpu, 50) / 1000.0, percentile(cpu, 95) / 1000.0,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            measureSessionMemory();
        }
        if (!pushLatencyMillis.isEmpty()) {
            List<Long> sorted = pushLatencyMillis.stream().sorted().toList();
            System.out.printf("%nPush latency, stored run to changed cell, 30 pupils at once (%d samples): "
                    + "median %d ms, p95 %d ms, max %d ms; load average %.1f%n", sorted.size(),
                    percentile(sorted, 50), percentile(sorted, 95), sorted.getLast(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
        if (pupils != null) {
            pupils.shutdownNow();
        }
        contexts.forEach(BrowserContext::close);
        browser.close();
        playwright.close();
        app.close();
        db.close();
    }

    /** Ten more teachers open their dashboards; the heap grows by their sessions. */
    private void measureSessionMemory() throws Exception {
        List<Long> classIds = db.dsl().select(dk.opdag.db.Tables.SCHOOL_CLASS.ID).from(dk.opdag.db.Tables.SCHOOL_CLASS)
                .where(dk.opdag.db.Tables.SCHOOL_CLASS.CLASS_CODE.like("B%K%"))
                .orderBy(dk.opdag.db.Tables.SCHOOL_CLASS.ID.desc())
                .limit(MEMORY_SESSIONS).fetch(dk.opdag.db.Tables.SCHOOL_CLASS.ID);
        AssignmentRepository assignments = app.getBean(AssignmentRepository.class);
        long before = usedHeapAfterGc();
        for (long classId : classIds) {
            Assignment a = assignments.ofClass(classId).getFirst();
            Page p = teacherPage("laerer" + classId, MunicipalityDatabase.TEACHER_PASSWORD);
            p.navigate("/opgave/" + a.id() + "/overblik");
            p.locator("button.opdag-cell").first().waitFor();
        }
        long after = usedHeapAfterGc();
        System.out.printf("Memory of one open dashboard session (class of 25, heap after GC, %d sessions): "
                + "%.0f KB%n", classIds.size(), (after - before) / 1024.0 / classIds.size());
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(300);
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    private static long percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static Path chromium() {
        String override = System.getenv("OPDAG_CHROMIUM");
        if (override != null) {
            return Paths.get(override);
        }
        return Stream.of(System.getenv("PATH").split(":")).map(dir -> Paths.get(dir, "chromium"))
                .filter(Files::isExecutable).findFirst().orElse(Paths.get("/usr/bin/chromium"));
    }
}
