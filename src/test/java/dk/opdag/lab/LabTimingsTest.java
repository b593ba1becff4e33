package dk.opdag.lab;

import static dk.opdag.lab.LabTestSetup.HEXAGON;
import static org.assertj.core.api.Assertions.assertThat;

import dk.opdag.testing.TestDatabase;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Saves and runs are timed by outcome (issue 15, Load): what the load tool and /actuator/metrics read. */
class LabTimingsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @BeforeEach
    void listen() {
        Metrics.addRegistry(registry);
    }

    @AfterEach
    void stopListening() {
        Metrics.removeRegistry(registry);
    }

    @Test
    void everySaveAndRunIsTimedWithItsOutcome() {
        LabTestSetup t = new LabTestSetup(TestDatabase.H2);
        t.lab.save(t.asta, HEXAGON, 0, LabTestSetup.step(1));
        t.lab.save(t.asta, HEXAGON, 1, "{not json");
        t.lab.run(t.asta, HEXAGON, 1, LabTestSetup.step(1));

        assertThat(timer("opdag.lab.save", "ok").count()).isEqualTo(1);
        assertThat(timer("opdag.lab.save", "refused").count()).isEqualTo(1);
        assertThat(timer("opdag.lab.run", "ok").count()).isEqualTo(1);
        assertThat(timer("opdag.lab.run", "ok").totalTime(java.util.concurrent.TimeUnit.NANOSECONDS)).isPositive();
    }

    private Timer timer(String name, String outcome) {
        return registry.get(name).tag("outcome", outcome).timer();
    }
}
