package dk.opdag.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives each browser a random, meaningless id ({@value #NAME}, HttpOnly, a year): after a successful login the
 * device counts as known for that account, and a known device has a throttle of its own (see {@link LoginThrottle}).
 * It identifies a browser, never a person, and is needed for the security of the login: no consent banner.
 */
@Component
public class DeviceCookie extends OncePerRequestFilter {

    public static final String NAME = "opdag-device";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (read(request) == null) {
            byte[] id = new byte[18];
            RANDOM.nextBytes(id);
            ResponseCookie cookie = ResponseCookie.from(NAME, Base64.getUrlEncoder().withoutPadding().encodeToString(id))
                    .path("/").httpOnly(true).sameSite("Lax").secure(request.isSecure())
                    .maxAge(Duration.ofDays(365)).build();
            response.addHeader("Set-Cookie", cookie.toString());
        }
        chain.doFilter(request, response);
    }

    /** The device id the browser sent, or null. */
    public static String read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie c : cookies) {
            if (NAME.equals(c.getName()) && c.getValue() != null && c.getValue().length() <= 64) {
                return c.getValue();
            }
        }
        return null;
    }
}
