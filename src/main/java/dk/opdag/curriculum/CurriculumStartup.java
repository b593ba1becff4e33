package dk.opdag.curriculum;

import dk.opdag.curriculum.catalogue.CurriculumSyncRepository;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * After Flyway: synchronise the loaded curriculum into the database, first of all start-up work, once its
 * experiments have run (see {@link CurriculumStore}); a failure stops the start before the app is ready.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CurriculumStartup implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(CurriculumStartup.class);
    private final CurriculumStore store;
    private final CurriculumSyncRepository sync;
    private final Clock clock;

    public CurriculumStartup(CurriculumStore store, CurriculumSyncRepository sync, Clock clock) {
        this.store = store;
        this.sync = sync;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        store.awaitExperimentRuns();
        long start = System.nanoTime();
        var report = sync.sync(store.curriculum(), OffsetDateTime.now(clock));
        LOG.info("Curriculum synchronised in {} ms: {} added, {} updated, {} retired, {} unchanged",
                (System.nanoTime() - start) / 1_000_000, report.added(), report.updated(), report.retired(),
                report.unchanged());
    }
}
