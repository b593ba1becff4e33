package dk.opdag.shell.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Headers on every response: a Content-Security-Policy, {@code X-Content-Type-Options: nosniff}, a referrer policy,
 * and {@code Cache-Control: no-store} on everything but the build's static files, because pages, Vaadin's messages
 * and downloads may carry pupils' data and must not stay in a shared school computer's cache.
 *
 * <p>The policy allows only this server. Vaadin needs {@code 'unsafe-inline'} and {@code 'unsafe-eval'} for scripts
 * (its start-up script is inline and it runs server-sent JavaScript through {@code new Function}), and inline
 * styles (Vaadin's components and Blockly inject them); images come only from here or {@code data:} URLs, so no
 * page loads a picture from another server.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class SecurityHeadersFilter extends OncePerRequestFilter {

    public static final String POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "media-src 'self' data:",
            "worker-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /**
     * Files of the build and the shipped assets, and the Blockly editor's texts by content hash: the same for
     * everyone, no personal data, fine to cache.
     */
    private static final List<String> STATIC = List.of("/VAADIN/build/", "/VAADIN/static/", "/assets/", "/styles/",
            "/icons/", "/favicon", "/blockly-resources/");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (STATIC.stream().anyMatch(path::startsWith)) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        chain.doFilter(request, new NoStore(response));
    }

    /** Keeps {@code no-store}: a later "no-cache" or "max-age" from a framework must not weaken it. */
    private static final class NoStore extends HttpServletResponseWrapper {
        NoStore(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!isCaching(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!isCaching(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setDateHeader(String name, long date) {
            if (!"Expires".equalsIgnoreCase(name)) {
                super.setDateHeader(name, date);
            }
        }

        private static boolean isCaching(String name) {
            return "Cache-Control".equalsIgnoreCase(name) || "Expires".equalsIgnoreCase(name)
                    || "Pragma".equalsIgnoreCase(name);
        }
    }
}
