package dk.opdag.lab;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Server-side time of a pupil's save and Kør (issue 15, Load), measured in {@link LabService} around the whole call:
 * the revision-checked write, and for Kør the wait for a worker, the run of every case and the storing.
 * <ul>
 *   <li>Micrometer timers {@code opdag.lab.save} and {@code opdag.lab.run}, tagged {@code outcome} (ok, refused,
 *   error), with a p95 (in Spring Boot's registry through Micrometer's global one): {@code /actuator/metrics} shows
 *   them where that endpoint is exposed.</li>
 *   <li>One DEBUG line per call on the logger {@code dk.opdag.lab.timing}, off by default: the load tool
 *   ({@code tools/load}) turns it on and takes exact percentiles over every call of a run, across instances.</li>
 * </ul>
 */
final class LabTimings {

    private static final Logger LOG = LoggerFactory.getLogger("dk.opdag.lab.timing");

    enum Action { SAVE, RUN }

    private LabTimings() {
    }

    static void record(Action action, long startNanos, String outcome) {
        long nanos = System.nanoTime() - startNanos;
        String name = action == Action.SAVE ? "opdag.lab.save" : "opdag.lab.run";
        Timer.builder(name).tag("outcome", outcome).publishPercentiles(0.5, 0.95)
                .register(Metrics.globalRegistry).record(nanos, TimeUnit.NANOSECONDS);
        if (LOG.isDebugEnabled()) {
            LOG.debug("lab-timing action={} outcome={} micros={}", action.name().toLowerCase(java.util.Locale.ROOT),
                    outcome, nanos / 1000);
        }
    }
}
