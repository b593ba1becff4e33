package dk.opdag.lab.ui;

import dk.opdag.account.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

/**
 * Who may post the page-leave autosave: a signed-in pupil (the session from the normal login), with the session's
 * CSRF token. Vaadin's security setup denies every address it does not know, so this one address gets its own,
 * narrower filter chain ahead of it.
 */
@Configuration(proxyBeanMethods = false)
class AutosaveSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain labAutosaveChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/" + AutosaveBeacon.PATH)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.POST, "/" + AutosaveBeacon.PATH).hasRole(Role.Names.PUPIL)
                        .anyRequest().denyAll())
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .build();
    }
}
