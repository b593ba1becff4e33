package dk.opdag;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.theme.lumo.Lumo;
import java.util.Arrays;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;

/**
 * Opdag: teknologiforståelse for the Danish folkeskole.
 * <p>{@code java -jar opdag.jar [--demo]} starts the web app; {@code --demo} fills an empty database with a
 * demo school.
 */
// Sign-in goes through our own services (StaffLoginService, PupilLoginService); Boot's in-memory user with a
// generated password would otherwise be a second, unwanted way in through the login form's POST.
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
// Live dashboards: the server pushes over a WebSocket, while the browser's own messages still go as ordinary XHR
// requests through Spring Security's filter chain (plain WEBSOCKET would bypass it). dk.opdag.shell.push.PushBuffers
// sizes the socket's read buffers for this (nothing big arrives on it); change both together.
@Push(transport = Transport.WEBSOCKET_XHR)
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/opdag.css")
@StyleSheet("styles/teaching.css")
public class OpdagApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        if (dk.opdag.cli.CommandLine.handles(args)) {
            System.exit(dk.opdag.cli.CommandLine.runWithStandardStreams(args));
        }
        SpringApplication app = new SpringApplication(OpdagApplication.class);
        boolean demo = Arrays.asList(args).contains("--demo");
        app.setDefaultProperties(Map.of("opdag.demo", Boolean.toString(demo)));
        app.run(args);
    }
}
