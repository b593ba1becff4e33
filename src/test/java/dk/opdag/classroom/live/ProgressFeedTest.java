package dk.opdag.classroom.live;

import static dk.opdag.db.Tables.PROGRESS_EVENT;
import static org.assertj.core.api.Assertions.assertThat;

import dk.opdag.account.CodeKind;
import dk.opdag.lab.LabProgressEvent;
import dk.opdag.testing.Fixtures;
import dk.opdag.testing.TestDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The outbox and the feed over a real database: an event written through one "instance" (its own repository and
 * connections) reaches a listener of another feed on the same database; nothing arrives for other classes, for
 * rolled-back work, or twice.
 */
class ProgressFeedTest {

    private static ProgressFeed feed(DSLContext dsl) {
        DataSource ds = ((DataSourceConnectionProvider) dsl.configuration().connectionProvider()).dataSource();
        return new ProgressFeed(new ProgressOutboxRepository(dsl), ds, Clock.systemUTC(), Duration.ofMillis(100),
                Duration.ofSeconds(5), Duration.ofDays(1), Duration.ofHours(1));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theLabsEventIsWrittenToTheOutboxForThePupilsClass(TestDatabase db) {
        DSLContext dsl = db.fresh();
        Fixtures f = new Fixtures(dsl);
        long klass = f.newClass("5.B", "TEST5B", CodeKind.WORDS);
        long asta = f.pupil(klass, "Asta", null, "kage-tog-1");
        long gone = f.pupil(klass, "Bo", null, "kage-tog-2");
        f.classes.unenrol(gone, klass);
        ProgressOutbox outbox = new ProgressOutbox(new ProgressOutboxRepository(dsl), f.classes);
        OffsetDateTime now = OffsetDateTime.now();

        outbox.on(new LabProgressEvent(asta, "test-firkant", LabProgressEvent.Kind.RAN, true, 3, now));
        outbox.on(new LabProgressEvent(gone, "test-firkant", LabProgressEvent.Kind.SAVED, false, 1, now));

        var rows = dsl.selectFrom(PROGRESS_EVENT).fetch();
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.getClassId()).isEqualTo(klass);
            assertThat(r.getPupilId()).isEqualTo(asta);
            assertThat(r.getKind()).isEqualTo("RAN");
            assertThat(r.getPassed()).isTrue();
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void pollingHandsEachEventOnceToTheListenersOfItsClass(TestDatabase db) {
        DSLContext dsl = db.fresh();
        ProgressOutboxRepository outbox = new ProgressOutboxRepository(dsl);
        outbox.append(1, 10, "old", true, false, OffsetDateTime.now());
        ProgressFeed feed = feed(dsl);
        BlockingQueue<ProgressPing> heard = new LinkedBlockingQueue<>();
        BlockingQueue<ProgressPing> other = new LinkedBlockingQueue<>();
        var subscription = feed.subscribe(1, heard::addAll);
        feed.subscribe(2, other::addAll);
        feed.pollOnce();

        outbox.append(1, 11, "test-firkant", true, true, OffsetDateTime.now());
        outbox.append(3, 12, "test-firkant", false, false, OffsetDateTime.now());
        feed.pollOnce();
        feed.pollOnce();

        assertThat(heard).singleElement().satisfies(p -> {
            assertThat(p.pupilId()).isEqualTo(11);
            assertThat(p.ran()).isTrue();
            assertThat(p.passed()).isTrue();
        });
        assertThat(other).isEmpty();
        subscription.close();
        outbox.append(1, 13, "test-firkant", false, false, OffsetDateTime.now());
        feed.pollOnce();
        assertThat(heard).hasSize(1);
        assertThat(feed.listenerCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anEventCommittedThroughOneInstanceReachesTheDashboardOfAnotherQuickly(TestDatabase db) throws Exception {
        DSLContext writer = db.fresh();
        // The second "instance": its own jOOQ context and connections over the same database.
        DataSource ds = ((DataSourceConnectionProvider) writer.configuration().connectionProvider()).dataSource();
        DSLContext reader = DSL.using(ds, writer.dialect(), writer.settings());
        ProgressFeed other = feed(reader);
        BlockingQueue<ProgressPing> heard = new LinkedBlockingQueue<>();
        other.subscribe(7, heard::addAll);
        other.start();
        try {
            Thread.sleep(300); // let it LISTEN (PostgreSQL) or take its first poll (H2)
            ProgressOutboxRepository outbox = new ProgressOutboxRepository(writer);
            // Rolled back work leaves no event, and no NOTIFY either.
            try {
                writer.transaction(tx -> {
                    new ProgressOutboxRepository(tx.dsl()).append(7, 70, "test-firkant", true, false,
                            OffsetDateTime.now());
                    throw new IllegalStateException("rolled back");
                });
            } catch (IllegalStateException expected) {
                // as intended
            }
            long start = System.nanoTime();
            writer.transaction(tx -> new ProgressOutboxRepository(tx.dsl())
                    .append(7, 71, "test-firkant", true, true, OffsetDateTime.now()));
            ProgressPing ping = heard.poll(2, TimeUnit.SECONDS);
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertThat(ping).as("event within two seconds").isNotNull();
            assertThat(ping.pupilId()).isEqualTo(71);
            assertThat(millis).isLessThan(2000);
            assertThat(outbox.lastId()).isEqualTo(ping.id());
            assertThat(heard.poll(300, TimeUnit.MILLISECONDS)).isNull();
        } finally {
            other.stop();
        }
        assertThat(other.isRunning()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void oldEventsAreCleanedUp(TestDatabase db) {
        DSLContext dsl = db.fresh();
        ProgressOutboxRepository outbox = new ProgressOutboxRepository(dsl);
        outbox.append(1, 10, "e", true, false, OffsetDateTime.now().minusDays(2));
        outbox.append(1, 11, "e", true, false, OffsetDateTime.now());
        assertThat(outbox.deleteBefore(OffsetDateTime.now().minusDays(1))).isEqualTo(1);
        assertThat(outbox.after(0, List.of(1L), 10)).extracting(ProgressPing::pupilId).containsExactly(11L);
    }
}
