package dk.opdag;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.theme.lumo.Lumo;
import java.util.Arrays;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Opdag: teknologiforståelse for the Danish folkeskole.
 * <p>{@code java -jar opdag.jar [--demo]} starts the web app; {@code --demo} fills an empty database with a
 * demo school.
 */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/opdag.css")
public class OpdagApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        if (dk.opdag.cli.CommandLine.handles(args)) { System.exit(dk.opdag.cli.CommandLine.runWithStandardStreams(args)); }
        SpringApplication app = new SpringApplication(OpdagApplication.class);
        boolean demo = Arrays.asList(args).contains("--demo");
        app.setDefaultProperties(Map.of("opdag.demo", Boolean.toString(demo)));
        app.run(args);
    }
}
