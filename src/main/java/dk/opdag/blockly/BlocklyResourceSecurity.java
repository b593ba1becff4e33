package dk.opdag.blockly;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Vaadin's security setup denies every address it does not know: the editor's texts get their own chain, open to
 * anyone signed in (every page with an editor needs a sign-in; the texts hold no personal data).
 */
@Configuration(proxyBeanMethods = false)
class BlocklyResourceSecurity {

    @Bean
    @Order(2)
    SecurityFilterChain blocklyResourceChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/" + BlocklyResources.PATH + "**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/" + BlocklyResources.PATH + "**").authenticated()
                        .anyRequest().denyAll())
                // The controller's own caching header (immutable content by hash), not Spring Security's no-cache.
                .headers(headers -> headers.cacheControl(cache -> cache.disable()))
                // A refusal is never cached (the shell's no-store rule leaves this address out).
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, refused) -> {
                    response.setHeader("Cache-Control", "no-store");
                    response.setStatus(HttpStatus.UNAUTHORIZED.value());
                }))
                .build();
    }
}
