package dk.opdag.shell;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Danish time for school years and week numbers; tests can replace the clock. */
@Configuration(proxyBeanMethods = false)
public class TimeConfig {

    public static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    @Bean
    Clock clock() {
        return Clock.system(DANISH_TIME);
    }
}
