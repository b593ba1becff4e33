package dk.opdag.account;

import static org.assertj.core.api.Assertions.assertThat;

import dk.opdag.classroom.ClassDirectory;
import dk.opdag.testing.Fixtures;
import dk.opdag.testing.MutableClock;
import dk.opdag.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.security.crypto.password.NoOpPasswordEncoder;

/**
 * The six throttling findings of issue 11, item 5, each as the attack it was, with the app's real limits
 * (application.properties): (a) a shared school address, (b) a known teacher's account, (c) a forged
 * X-Forwarded-For, (d) class-code guessing, (e) picture-code guessing, (f) parallel guesses.
 */
class ThrottleScenariosTest {

    private static final String SCHOOL = "192.168.1.1";
    private static final String ATTACKER = "10.6.6.6";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-02T08:00:00Z"));

    private record World(Fixtures f, StaffLoginService staff, PupilLoginService pupils) {
    }

    private World world(TestDatabase db) {
        Fixtures f = new Fixtures(db.fresh());
        LoginThrottle throttle = new LoginThrottle(new ThrottleRepository(f.dsl), clock, 5, 100, 20,
                Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofMinutes(15), Duration.ofHours(1));
        AuditLog audit = new AuditLog(f.dsl);
        @SuppressWarnings("deprecation")
        var encoder = NoOpPasswordEncoder.getInstance(); // the throttle, not bcrypt, is under test
        f.users.createStaff(Role.TEACHER, f.school, "anne", "rigtig-kode-1", "Anne Andersen");
        return new World(f, new StaffLoginService(f.users, encoder, throttle, audit),
                new PupilLoginService(new ClassDirectory(f.classes), f.users, throttle, audit));
    }

    private static LoginClient device(String address, String id) {
        return LoginClient.of(address, id);
    }

    @Test
    void a_oneAddressFailingAHundredTimesDoesNotLockTheSchoolsKnownDevices() {
        World w = world(TestDatabase.H2);
        long klass = w.f.newClass("5.B", "DEMO5B", CodeKind.WORDS);
        long asta = w.f.pupil(klass, "Asta", null, "kage-tog-7");
        LoginClient astasTablet = device(SCHOOL, "astas-tablet");
        assertThat(w.pupils.login(klass, asta, "kage tog 7", astasTablet)).isInstanceOf(LoginResult.Success.class);
        assertThat(w.staff.login("anne", "rigtig-kode-1", device(SCHOOL, "annes-pc")))
                .isInstanceOf(LoginResult.Success.class);

        // One pupil behind the school's address tries 120 usernames from a fresh browser each time.
        for (int i = 0; i < 120; i++) {
            w.staff.login("gæt" + i, "forkert", device(SCHOOL, "kast-" + i));
        }
        assertThat(w.staff.login("gæt-igen", "forkert", device(SCHOOL, "kast-ny")))
                .isInstanceOf(LoginResult.Locked.class); // unknown devices at that address are slowed down
        assertThat(w.pupils.login(klass, asta, "kage tog 7", astasTablet)).isInstanceOf(LoginResult.Success.class);
        assertThat(w.staff.login("anne", "rigtig-kode-1", device(SCHOOL, "annes-pc")))
                .isInstanceOf(LoginResult.Success.class);
        // ... and only for a minute, not five.
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(w.staff.login("anne", "rigtig-kode-1", device(SCHOOL, "ny-pc")))
                .isInstanceOf(LoginResult.Success.class);
    }

    @Test
    void b_wrongPasswordsFromAStrangerNeverLockTheTeachersOwnBrowser() {
        World w = world(TestDatabase.H2);
        LoginClient annesPc = device(SCHOOL, "annes-pc");
        assertThat(w.staff.login("anne", "rigtig-kode-1", annesPc)).isInstanceOf(LoginResult.Success.class);
        for (int i = 0; i < 5; i++) {
            w.staff.login("anne", "forkert" + i, device(ATTACKER, "angriber"));
        }
        var locked = w.staff.login("anne", "forkert", device(ATTACKER, "angriber"));
        assertThat(locked).isInstanceOfSatisfying(LoginResult.Locked.class, l -> assertThat(l.minutes()).isEqualTo(1));
        assertThat(w.staff.login("anne", "rigtig-kode-1", annesPc)).isInstanceOf(LoginResult.Success.class);

        // The attacker gets slower and slower: one try per lock, each lock twice as long (1, 2, 4, 8, 15 min).
        int guesses = 5;
        Instant end = clock.instant().plus(Duration.ofHours(1));
        while (clock.instant().isBefore(end)) {
            if (w.staff.login("anne", "forkert", device(ATTACKER, "angriber")) instanceof LoginResult.Rejected) {
                guesses++;
            }
            clock.advance(Duration.ofSeconds(10));
        }
        assertThat(guesses).isLessThanOrEqualTo(12); // the old rule allowed 60 an hour
        assertThat(w.staff.login("anne", "rigtig-kode-1", annesPc)).isInstanceOf(LoginResult.Success.class);
    }

    @Test
    void c_aForgedForwardedForIsIgnoredUnlessTheRequestComesFromATrustedProxy() {
        ClientAddress none = new ClientAddress("");
        assertThat(none.resolve("10.1.2.3", "192.168.77.1")).isEqualTo("10.1.2.3");
        assertThat(none.resolve("127.0.0.1", "8.8.8.8")).isEqualTo("127.0.0.1");

        ClientAddress proxy = new ClientAddress("10.0.0.5, 10.9.0.0/16");
        assertThat(proxy.resolve("10.0.0.5", "203.0.113.7")).isEqualTo("203.0.113.7");
        // What the client writes to the left of the proxy's own entry is ignored.
        assertThat(proxy.resolve("10.0.0.5", "1.1.1.1, 2.2.2.2, 203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(proxy.resolve("10.0.0.5", "203.0.113.7, 10.9.4.4")).isEqualTo("203.0.113.7");
        // Not from the proxy: the header is whatever the sender wrote.
        assertThat(proxy.resolve("10.1.2.3", "203.0.113.7")).isEqualTo("10.1.2.3");
    }

    @Test
    void c_theAppTellsTomcatToTrustNoProxyForTheClientAddress() throws Exception {
        String properties = new org.springframework.core.io.ClassPathResource("application.properties")
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(properties.lines()).contains("server.tomcat.remoteip.internal-proxies=",
                "opdag.login.trusted-proxies=");
    }

    @Test
    void d_classCodesCannotBeGuessedAndAKnownDeviceIsNotSlowedByOthers() {
        World w = world(TestDatabase.H2);
        long klass = w.f.newClass("5.B", "DEMO5B", CodeKind.WORDS);
        long asta = w.f.pupil(klass, "Asta", null, "kage-tog-7");
        LoginClient astasTablet = device(SCHOOL, "astas-tablet");
        w.pupils.login(klass, asta, "kage tog 7", astasTablet);

        int tried = 0;
        PupilLoginService.ClassLookup last = null;
        for (int i = 0; i < 300; i++) {
            last = w.pupils.findClass(String.format("ZZ%04d", i), device(SCHOOL, "gætter-" + i));
            if (last instanceof PupilLoginService.ClassLookup.Locked) {
                break;
            }
            tried++;
        }
        assertThat(tried).isEqualTo(20);
        assertThat(last).isInstanceOf(PupilLoginService.ClassLookup.Locked.class);
        assertThat(w.pupils.findClass("DEMO5B", astasTablet)).isInstanceOf(PupilLoginService.ClassLookup.Found.class);
    }

    @Test
    void d2_aWholeSchoolBehindOneAddressSigningInAtOnceIsNotLockedOutByItsRightCodes() throws Exception {
        World w = world(TestDatabase.H2);
        w.f.newClass("5.B", "DEMO5B", CodeKind.WORDS);
        for (int i = 0; i < 19; i++) { // a morning's typos: one short of the limit
            assertThat(w.pupils.findClass(String.format("ZZ%04d", i), device(SCHOOL, "tastefejl-" + i)))
                    .isInstanceOf(PupilLoginService.ClassLookup.NotFound.class);
        }
        int pupils = 30;
        var start = new java.util.concurrent.CountDownLatch(1);
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(pupils)) {
            List<java.util.concurrent.Future<PupilLoginService.ClassLookup>> lookups = new java.util.ArrayList<>();
            for (int i = 0; i < pupils; i++) {
                LoginClient tablet = device(SCHOOL, "ny-tablet-" + i);
                lookups.add(pool.submit(() -> {
                    start.await();
                    return w.pupils.findClass("DEMO5B", tablet);
                }));
            }
            start.countDown();
            for (var lookup : lookups) {
                assertThat(lookup.get()).isInstanceOf(PupilLoginService.ClassLookup.Found.class);
            }
        }
        // Wrong codes still count: the twentieth locks the next lookup.
        assertThat(w.pupils.findClass("ZZ9999", device(SCHOOL, "gætter"))).isInstanceOf(
                PupilLoginService.ClassLookup.NotFound.class);
        assertThat(w.pupils.findClass("DEMO5B", device(SCHOOL, "ny-tablet-0"))).isInstanceOf(
                PupilLoginService.ClassLookup.Locked.class);
    }

    @Test
    void e_picturesCannotBeGuessedInAnHourAndTheChildsOwnTabletStillWorks() {
        World w = world(TestDatabase.H2);
        long klass = w.f.newClass("2.A", "DEMO2A", CodeKind.PICTURE);
        long alma = w.f.pupil(klass, "Alma", null, "hund+sol");
        LoginClient almasTablet = device(SCHOOL, "almas-tablet");
        assertThat(w.pupils.login(klass, alma, "hund+sol", almasTablet)).isInstanceOf(LoginResult.Success.class);

        int guesses = 0;
        Instant end = clock.instant().plus(Duration.ofHours(1));
        int i = 0;
        while (clock.instant().isBefore(end)) {
            LoginClient classmate = device(SCHOOL, "klassekammerat-" + (i++)); // a fresh browser every time
            if (w.pupils.login(klass, alma, "kat+ko", classmate) instanceof LoginResult.Rejected) {
                guesses++;
            }
            clock.advance(Duration.ofSeconds(15));
        }
        assertThat(guesses).isLessThanOrEqualTo(10); // of 240 combinations; it was about 60 an hour
        assertThat(w.pupils.login(klass, alma, "hund+sol", almasTablet)).isInstanceOf(LoginResult.Success.class);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void f_parallelGuessesCannotSlipPastTheLimitAndEveryOneGetsAnAnswer(TestDatabase db) throws Exception {
        World w = world(db);
        long klass = w.f.newClass("5.B", "DEMO5B", CodeKind.WORDS);
        long asta = w.f.pupil(klass, "Asta", null, "kage-tog-7");
        int parallel = 8;
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<LoginResult>> results = new ArrayList<>();
        for (int i = 0; i < parallel; i++) {
            LoginClient client = device(ATTACKER, "parallel-" + i);
            Callable<LoginResult> guess = () -> {
                start.await();
                return w.pupils.login(klass, asta, "forkert-gæt", client);
            };
            results.add(pool.submit(guess));
        }
        start.countDown();
        int checked = 0;
        int locked = 0;
        for (Future<LoginResult> r : results) {
            LoginResult result = r.get(); // no exception: every child gets a message
            if (result instanceof LoginResult.Rejected) {
                checked++;
            } else if (result instanceof LoginResult.Locked) {
                locked++;
            }
        }
        pool.shutdown();
        assertThat(checked).isEqualTo(5);
        assertThat(locked).isEqualTo(3);
    }

    @Test
    void aNewCodeFromTheTeacherEndsTheChildsLock() {
        World w = world(TestDatabase.H2);
        long klass = w.f.newClass("2.A", "DEMO2A", CodeKind.PICTURE);
        long alma = w.f.pupil(klass, "Alma", null, "hund+sol");
        for (int i = 0; i < 6; i++) {
            w.pupils.login(klass, alma, "kat+ko", device(SCHOOL, "ny"));
        }
        assertThat(w.pupils.login(klass, alma, "hund+sol", device(SCHOOL, "ny"))).isInstanceOf(LoginResult.Locked.class);
        LoginThrottle throttle = new LoginThrottle(new ThrottleRepository(w.f.dsl), clock, 5, 100, 20,
                Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofMinutes(15), Duration.ofHours(1));
        throttle.forgetPupil(alma);
        assertThat(w.pupils.login(klass, alma, "hund+sol", device(SCHOOL, "ny"))).isInstanceOf(LoginResult.Success.class);
    }
}
