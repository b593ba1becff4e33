package dk.opdag.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Runs the demo data once the database is migrated, when the app was started with {@code --demo}. */
@Component
@ConditionalOnProperty(name = "opdag.demo", havingValue = "true")
public class DemoStartup implements ApplicationRunner {

    private final DemoData demo;

    public DemoStartup(DemoData demo) {
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        demo.createIfEmpty();
    }
}
