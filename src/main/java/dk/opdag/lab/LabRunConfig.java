package dk.opdag.lab;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The lab's run scheduler, sized by {@code opdag.lab.run.*} (0 threads: four per processor). */
@Configuration(proxyBeanMethods = false)
class LabRunConfig {

    @Bean(destroyMethod = "close")
    RunScheduler runScheduler(@Value("${opdag.lab.run.threads:0}") int threads,
                              @Value("${opdag.lab.run.queue:0}") int queue,
                              @Value("${opdag.lab.run.cpu-budget:PT3S}") Duration cpuBudget,
                              @Value("${opdag.lab.run.max-queue-wait:PT5S}") Duration maxQueueWait) {
        int workers = threads > 0 ? threads : 4 * Math.max(2, Runtime.getRuntime().availableProcessors());
        return new RunScheduler(workers, queue > 0 ? queue : RunScheduler.defaultQueue(workers), cpuBudget, maxQueueWait);
    }
}
