package dk.opdag.curriculum.yearplan;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Before the app is ready: the sample year plans read beside the start are there, or their errors stop the start. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class YearPlanStartup implements ApplicationRunner {

    private final YearPlanCatalog catalog;

    YearPlanStartup(YearPlanCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void run(ApplicationArguments args) {
        catalog.plans();
    }
}
