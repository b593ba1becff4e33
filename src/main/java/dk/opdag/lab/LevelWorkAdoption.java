package dk.opdag.lab;

import dk.opdag.curriculum.CurriculumStore;
import dk.opdag.curriculum.model.Experiment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start-up, before anyone works: work pupils stored before an experiment had levels (level id {@code ""}) becomes
 * the work of the level the experiment names as its legacy level ({@code legacyLevel}, else its first level). Runs
 * every start and does nothing once moved; an experiment still in the single-goal form keeps its work where it is.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class LevelWorkAdoption implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(LevelWorkAdoption.class);

    private final CurriculumStore curriculum;
    private final LabRepository repository;
    private final TransactionTemplate tx;

    public LevelWorkAdoption(CurriculumStore curriculum, LabRepository repository,
                             PlatformTransactionManager transactions) {
        this.curriculum = curriculum;
        this.repository = repository;
        this.tx = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments args) {
        int moved = adopt();
        if (moved > 0) {
            LOG.info("Moved {} rows of pupils' work from before levels to the experiments' legacy levels", moved);
        }
    }

    /** Moves the work of every experiment with levels; returns the rows moved. */
    public int adopt() {
        int moved = 0;
        for (Experiment e : curriculum.curriculum().experiments()) {
            if (!e.legacyLevel().isEmpty()) {
                moved += tx.execute(status -> repository.adoptLegacyWork(e.id(), e.legacyLevel()));
            }
        }
        return moved;
    }
}
