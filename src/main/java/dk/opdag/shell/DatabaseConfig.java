package dk.opdag.shell;

import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One place for the jOOQ settings that the app and the repository tests share. */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfig {

    /**
     * Names are rendered unquoted so the same SQL works on H2 (which folds unquoted names to upper case) and on
     * PostgreSQL (lower case), exactly as the Flyway scripts created them.
     */
    public static Settings jooqSettings() {
        return new Settings().withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED);
    }

    @Bean
    DefaultConfigurationCustomizer opdagJooqSettings() {
        return configuration -> configuration.set(jooqSettings());
    }
}
