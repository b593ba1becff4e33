package dk.opdag.shell.web;

import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives a page request the HTTP status that matches what Vaadin then shows: 403 for a route the signed-in user's
 * role may not open, 404 for an address that is no route. (Vaadin serves its start page with 200 and shows the
 * refusal in the browser, so scripts, proxies and logs saw every refused route as a success.) The decision is the
 * same one Vaadin makes: the route registry and the {@code @RolesAllowed} / {@code @AnonymousAllowed} annotations.
 * Anonymous visitors of a protected page are left to Spring Security (a redirect to the login page).
 */
@Component
public class RouteStatusFilter extends OncePerRequestFilter {

    /** Framework and file addresses that are never routes. */
    private static final List<String> NOT_ROUTES = List.of("VAADIN/", "assets/", "styles/", "icons/", "actuator/",
            "kalender/", "lab/", "HEARTBEAT/", "sw.js", "offline", "manifest", "favicon");

    private final AccessAnnotationChecker access = new AccessAnnotationChecker();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = path(request);
        return !"GET".equals(request.getMethod()) || request.getParameter("v-r") != null
                || NOT_ROUTES.stream().anyMatch(path::startsWith)
                || path.substring(path.lastIndexOf('/') + 1).contains(".");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        int status = status(request);
        chain.doFilter(request, status == 0 ? response : new FixedStatus(response, status));
    }

    private int status(HttpServletRequest request) {
        var registry = ApplicationRouteRegistry.getInstance(new VaadinServletContext(getServletContext()));
        var target = registry.getNavigationTarget(path(request));
        if (target.isEmpty()) {
            return HttpServletResponse.SC_NOT_FOUND;
        }
        boolean signedIn = request.getUserPrincipal() != null;
        if (signedIn && !access.hasAccess(target.get(), request)) {
            return HttpServletResponse.SC_FORBIDDEN;
        }
        return 0;
    }

    private static String path(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/") ? path.substring(1) : path;
    }

    /** The page still renders (Vaadin's Danish error view), under the status it deserves. */
    private static final class FixedStatus extends HttpServletResponseWrapper {
        FixedStatus(HttpServletResponse response, int status) {
            super(response);
            super.setStatus(status);
        }

        @Override
        public void setStatus(int sc) {
            if (sc >= 300) {
                super.setStatus(sc); // redirects and real errors still go through
            }
        }
    }
}
