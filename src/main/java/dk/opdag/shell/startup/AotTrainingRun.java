package dk.opdag.shell.startup;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The training run behind the JVM's ahead-of-time cache ({@code -XX:AOTCacheOutput}, JEP 483/514/515), made by
 * {@code ./mvnw package}: the app starts as a user starts it (migrations, curriculum, demo school), serves the
 * first pages, and exits, so the cache holds the classes and method profiles of a whole start, not only of the
 * Spring context (Spring's {@code spring.context.exit=onRefresh} stops before the start-up work).
 */
@Component
@ConditionalOnProperty(name = "opdag.aot-training", havingValue = "true")
public class AotTrainingRun {

    private static final Logger LOG = LoggerFactory.getLogger(AotTrainingRun.class);
    private static final String[] PAGES = {"/login", "/elev", "/actuator/health/readiness"};

    @EventListener(ApplicationReadyEvent.class)
    void servePagesAndExit(ApplicationReadyEvent event) {
        var context = event.getApplicationContext();
        int port = context instanceof WebServerApplicationContext web ? web.getWebServer().getPort() : -1;
        // Exit from a thread of its own: the listener runs inside SpringApplication.run on the main thread.
        Thread exit = new Thread(() -> {
            if (port > 0) {
                servePages(port);
            }
            LOG.info("AOT training run done; exiting so the JVM writes its cache");
            System.exit(SpringApplication.exit(context));
        }, "aot-training-exit");
        exit.start();
    }

    private static void servePages(int port) {
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
            for (String page : PAGES) {
                HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + page))
                        .timeout(Duration.ofSeconds(30)).build();
                HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                LOG.info("AOT training run: {} answered {}", page, response.statusCode());
            }
        } catch (java.io.IOException e) {
            LOG.warn("AOT training run could not fetch the first pages; the cache covers the start only", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
