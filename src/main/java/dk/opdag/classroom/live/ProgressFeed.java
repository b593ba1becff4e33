package dk.opdag.classroom.live;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Brings progress events from the outbox table to the dashboards open on this app instance, wherever the event was
 * written. On PostgreSQL a connection LISTENs on the outbox channel and wakes the reader at once (with a slow poll
 * as a safety net); on H2, which has no notifications, the reader polls. JVM memory only holds who listens here;
 * the events themselves travel through the database, so every instance behind a load balancer sees them.
 */
@Component
public class ProgressFeed implements SmartLifecycle {

    /**
     * Gets the events of one class, in id order, on the feed's thread; it must not block for long. An empty list is
     * a tick: time passed (once a minute by default), so states that depend on time (stuck by waiting) can change.
     */
    @FunctionalInterface
    public interface Listener {
        void onProgress(List<ProgressPing> pings);
    }

    /** Stops listening. */
    @FunctionalInterface
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    private static final Logger LOG = LoggerFactory.getLogger(ProgressFeed.class);
    /** Ids are handed out at insert but become visible at commit, so a later id can show up first: read back. */
    static final int OVERLAP = 200;
    static final int BATCH = 1000;
    private static final int REMEMBERED = 20_000;

    private final ProgressOutboxRepository outbox;
    private final DataSource dataSource;
    private final Clock clock;
    private final Duration pollInterval;
    private final Duration notifyFallback;
    private final Duration keep;
    private final Duration tick;
    private final Map<Long, Set<Listener>> listeners = new ConcurrentHashMap<>();
    private final Map<Long, Boolean> dispatched = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    };
    private final Object wake = new Object();
    private volatile boolean running;
    private boolean resetCursor = true;
    private Thread thread;
    private volatile Connection listenConnection;
    private long cursor;
    /** Events up to here happened before anyone here listened. */
    private long floor;
    private OffsetDateTime nextCleanup;
    private OffsetDateTime nextTick;

    public ProgressFeed(ProgressOutboxRepository outbox, DataSource dataSource, Clock clock,
                        @Value("${opdag.live.poll-interval:PT0.25S}") Duration pollInterval,
                        @Value("${opdag.live.notify-fallback:PT2S}") Duration notifyFallback,
                        @Value("${opdag.live.keep-events:P1D}") Duration keep,
                        @Value("${opdag.live.tick:PT1M}") Duration tick) {
        this.outbox = outbox;
        this.dataSource = dataSource;
        this.clock = clock;
        this.pollInterval = pollInterval;
        this.notifyFallback = notifyFallback;
        this.keep = keep;
        this.tick = tick;
    }

    public Subscription subscribe(long classId, Listener listener) {
        // Read before taking the lock: the feed's thread must never wait on the database while a view subscribes.
        long last = resetCursorNeeded() ? outbox.lastId() : -1;
        synchronized (this) {
            if (resetCursor) {
                // Views load their data before they subscribe and refresh once after, so older events are not
                // needed; events from now on are.
                cursor = last >= 0 ? last : outbox.lastId();
                floor = cursor;
                resetCursor = false;
            }
            listeners.computeIfAbsent(classId, k -> new CopyOnWriteArraySet<>()).add(listener);
        }
        synchronized (wake) {
            wake.notifyAll();
        }
        return () -> {
            synchronized (this) {
                listeners.computeIfPresent(classId, (k, set) -> {
                    set.remove(listener);
                    return set.isEmpty() ? null : set;
                });
            }
        };
    }

    private synchronized boolean resetCursorNeeded() {
        return resetCursor;
    }

    /** The newest stored event of a class (0 for none): a view compares it with what its data already showed. */
    public long lastEventId(long classId) {
        return outbox.lastId(classId);
    }

    /** Listeners on this instance, for the memory and latency measurements. */
    public int listenerCount() {
        return listeners.values().stream().mapToInt(Set::size).sum();
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        nextCleanup = OffsetDateTime.now(clock);
        nextTick = nextCleanup.plus(tick);
        thread = Thread.ofPlatform().daemon().name("opdag-progress-feed").start(this::loop);
    }

    @Override
    public void stop() {
        Thread t;
        synchronized (this) {
            running = false;
            t = thread;
            thread = null;
        }
        if (t != null) {
            t.interrupt();
            closeListenConnection(); // a LISTEN wait blocks in a socket read, which only a close ends
            try {
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        closeListenConnection();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void loop() {
        while (running) {
            try {
                waitForEvents();
                if (running) {
                    pollOnce();
                    tickNowAndThen();
                    cleanUpNowAndThen();
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.warn("Progress feed: {}", e.toString());
                sleepQuietly(Duration.ofSeconds(1));
            }
        }
    }

    /** Reads new events of the classes someone here listens to and hands them out. Package-private for tests. */
    void pollOnce() {
        long from;
        List<Long> classIds;
        synchronized (this) {
            if (listeners.isEmpty()) {
                resetCursor = true;
                return;
            }
            from = Math.max(floor, cursor - OVERLAP);
            classIds = List.copyOf(listeners.keySet());
        }
        // The query runs outside the lock, so subscribing views never wait for it.
        List<ProgressPing> pings = outbox.after(from, classIds, BATCH);
        List<ProgressPing> fresh = new ArrayList<>();
        synchronized (this) {
            for (ProgressPing p : pings) {
                cursor = Math.max(cursor, p.id());
                if (dispatched.put(p.id(), Boolean.TRUE) == null) {
                    fresh.add(p);
                }
            }
        }
        Map<Long, List<ProgressPing>> byClass = fresh.stream()
                .collect(Collectors.groupingBy(ProgressPing::classId, LinkedHashMap::new, Collectors.toList()));
        // Listeners hand work to their UIs; they run outside the lock too.
        byClass.forEach((classId, list) -> {
            for (Listener l : listeners.getOrDefault(classId, Set.of())) {
                try {
                    l.onProgress(list);
                } catch (RuntimeException e) {
                    LOG.warn("Progress listener failed: {}", e.toString());
                }
            }
        });
    }

    private void waitForEvents() throws InterruptedException {
        if (listeners.isEmpty()) {
            synchronized (wake) {
                wake.wait(notifyFallback.toMillis());
            }
            return;
        }
        if (!outbox.notifies()) {
            Thread.sleep(pollInterval.toMillis());
            return;
        }
        try {
            PGConnection pg = listening();
            // Returns as soon as a NOTIFY arrives, or after the fallback interval as a safety net.
            pg.getNotifications((int) notifyFallback.toMillis());
        } catch (SQLException e) {
            LOG.warn("Progress feed lost its LISTEN connection, polling until it is back: {}", e.getMessage());
            closeListenConnection();
            Thread.sleep(pollInterval.toMillis());
        }
    }

    private PGConnection listening() throws SQLException {
        if (listenConnection == null || listenConnection.isClosed()) {
            listenConnection = dataSource.getConnection();
            listenConnection.setAutoCommit(true);
            try (Statement s = listenConnection.createStatement()) {
                s.execute("LISTEN " + ProgressOutboxRepository.CHANNEL);
            }
        }
        return listenConnection.unwrap(PGConnection.class);
    }

    private void closeListenConnection() {
        Connection c = listenConnection;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // it is gone either way
            }
            listenConnection = null;
        }
    }

    private void tickNowAndThen() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (now.isAfter(nextTick)) {
            nextTick = now.plus(tick);
            listeners.values().forEach(set -> set.forEach(l -> {
                try {
                    l.onProgress(List.of());
                } catch (RuntimeException e) {
                    LOG.warn("Progress listener failed on a tick: {}", e.toString());
                }
            }));
        }
    }

    private void cleanUpNowAndThen() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (now.isAfter(nextCleanup)) {
            int deleted = outbox.deleteBefore(now.minus(keep));
            if (deleted > 0) {
                LOG.debug("Progress feed removed {} old events", deleted);
            }
            nextCleanup = now.plusHours(1);
        }
    }

    private static void sleepQuietly(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
