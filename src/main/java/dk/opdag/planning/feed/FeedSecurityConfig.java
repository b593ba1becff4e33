package dk.opdag.planning.feed;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Calendar feeds are fetched by calendar apps that cannot log in: the token in the address is the credential, checked
 * by {@link CalendarFeedService}. This chain covers only {@code /kalender/**}, creates no session, and allows only
 * GET and HEAD; everything else stays behind the app's login (the Vaadin chain in the account feature).
 */
@Configuration
public class FeedSecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain calendarFeedChain(HttpSecurity http) throws Exception {
        http.securityMatcher(CalendarFeedController.PATH + "**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, CalendarFeedController.PATH + "*").permitAll()
                        .requestMatchers(HttpMethod.HEAD, CalendarFeedController.PATH + "*").permitAll()
                        .anyRequest().denyAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .requestCache(c -> c.disable());
        return http.build();
    }
}
