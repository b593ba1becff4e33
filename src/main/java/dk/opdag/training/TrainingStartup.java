package dk.opdag.training;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Before the app is ready: the training content read beside the start is there, or its errors stop the start. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class TrainingStartup implements ApplicationRunner {

    private final TrainingCatalog catalog;

    TrainingStartup(TrainingCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void run(ApplicationArguments args) {
        catalog.content();
    }
}
