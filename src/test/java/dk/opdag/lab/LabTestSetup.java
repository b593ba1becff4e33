package dk.opdag.lab;

import static dk.opdag.experiment.TestBlocks.*;

import dk.opdag.account.CodeKind;
import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.experiment.ExperimentSpec;
import dk.opdag.testing.Fixtures;
import dk.opdag.testing.MutableClock;
import dk.opdag.testing.TestDatabase;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A lab service over a fresh database wired the way Spring Boot wires the app (jOOQ on a transaction-aware data
 * source, a JDBC transaction manager), with a school, two pupils, a teacher and two test experiments.
 */
final class LabTestSetup {

    /** An event as the listener saw it: inside a transaction or not. */
    record Seen(LabProgressEvent event, boolean inTransaction) {
    }

    final DSLContext dsl;
    final Fixtures f;
    final LabRepository repository;
    final LabService lab;
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    final List<Seen> events = new CopyOnWriteArrayList<>();
    volatile RuntimeException failListener;
    final SignedInUser asta;
    final SignedInUser bo;
    final SignedInUser teacher;

    static final LabExperiment HEXAGON = new LabExperiment("tegn-en-sekskant", "Tegn en sekskant",
            "Tegn en sekskant med sider på 50.",
            spec("turtle", "{}", "[{\"type\":\"polygon\",\"sides\":6,\"length\":50},{\"type\":\"closed_shape\"}]"),
            "{\"kind\":\"flyoutToolbox\",\"contents\":[]}", "{}", List.of("Brug gentag.", "Drej 60 grader."));

    static final LabExperiment MAZE = new LabExperiment("robot-labyrint", "Robot i labyrint", "Kør robotten til flaget.",
            spec("robot", "{\"map\":[\"#####\",\"#R..#\",\"###F#\",\"#####\"],\"direction\":\"east\"}",
                    "[{\"type\":\"reach_flag\"}]"),
            "{\"kind\":\"flyoutToolbox\",\"contents\":[]}", "{}", List.of());

    LabTestSetup(TestDatabase db) {
        DSLContext plain = db.fresh();
        DataSource ds = ((DataSourceConnectionProvider) plain.configuration().connectionProvider()).dataSource();
        dsl = DSL.using(new TransactionAwareDataSourceProxy(ds), plain.dialect(), plain.settings());
        f = new Fixtures(dsl);
        repository = new LabRepository(dsl);
        ApplicationEventPublisher publisher = event -> {
            if (event instanceof LabProgressEvent e) {
                events.add(new Seen(e, TransactionSynchronizationManager.isActualTransactionActive()));
                if (failListener != null) {
                    throw failListener;
                }
            }
        };
        lab = new LabService(repository, new DataSourceTransactionManager(ds), publisher, clock);
        long klass = f.newClass("5.B", "TEST5B", CodeKind.WORDS);
        asta = new SignedInUser(f.pupil(klass, "Asta", null, "kage tog 7"), Role.PUPIL, "Asta", f.school);
        bo = new SignedInUser(f.pupil(klass, "Bo", null, "sol hus 2"), Role.PUPIL, "Bo", f.school);
        teacher = new SignedInUser(f.teacher("lærer"), Role.TEACHER, "Lærer", f.school);
    }

    private static final String HEXAGON_PROGRAM = program(repeat(num(6), stmt("turtle_forward", "DISTANCE", num(50)),
            stmt("turtle_turn_right", "DEGREES", num(60))));
    private static final String SQUARE_PROGRAM = program(repeat(num(4), stmt("turtle_forward", "DISTANCE", num(50)),
            stmt("turtle_turn_right", "DEGREES", num(90))));
    private static final java.util.Map<Integer, String> STEPS = new java.util.concurrent.ConcurrentHashMap<>();

    static String hexagon() {
        return HEXAGON_PROGRAM;
    }

    static String square() {
        return SQUARE_PROGRAM;
    }

    /** One "move forward n" block; the same text (block ids included) for the same n. */
    static String step(int n) {
        return STEPS.computeIfAbsent(n, k -> program(stmt("turtle_forward", "DISTANCE", num(k))));
    }

    static ExperimentSpec spec(String world, String start, String checks) {
        return dk.opdag.experiment.TestBlocks.spec(world, start, checks);
    }
}
