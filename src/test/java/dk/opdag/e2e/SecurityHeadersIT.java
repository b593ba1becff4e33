package dk.opdag.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 11, item 6: headers, cookies, session ids and refused routes, on the running app. */
class SecurityHeadersIT extends BrowserTestBase {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pagesCarryThePolicyNosniffAndNoStore() throws Exception {
        var login = get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("default-src 'self'").contains("img-src 'self' data:").contains("frame-ancestors 'none'");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(login.headers().allValues("Cache-Control")).containsExactly("no-store");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteAndNeverInAnAddress() throws Exception {
        var login = get("/login");
        String cookie = String.join("\n", login.headers().allValues("Set-Cookie"));
        assertThat(cookie).contains("JSESSIONID=").containsIgnoringCase("HttpOnly").contains("SameSite=Lax");
        assertThat(login.body()).doesNotContain("jsessionid");
        // A signed-in pupil's session id, put into an address by someone without the cookie, opens nothing.
        loginPupil("DEMO2A", "Alma", "Hund", "Sol");
        page.waitForURL(url -> url.contains("mine-opgaver"));
        String session = context.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).findFirst()
                .orElseThrow().value;
        var planted = get("/mine-opgaver;jsessionid=" + session);
        assertThat(planted.statusCode()).isEqualTo(302); // one redirect to the login page, no loop
        assertThat(planted.headers().firstValue("Location")).get().asString().endsWith("/login")
                .doesNotContain("jsessionid");
        assertThat(get("/login").body()).doesNotContain(session);
    }

    @Test
    void aRouteRefusedToTheRoleAnswers403AndAnUnknownOne404() {
        loginPupil("DEMO2A", "Alma", "Hund", "Sol");
        page.waitForURL(url -> url.contains("mine-opgaver"));
        APIResponse refused = page.request().get("/klasse/1");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.headers().get("cache-control")).isEqualTo("no-store");
        Response shown = page.navigate("/admin");
        assertThat(shown.status()).isEqualTo(403);
        assertThat(page.request().get("/findes-ikke").status()).isIn(403, 404); // never 200
        assertThat(page.request().get("/mine-opgaver").status()).isEqualTo(200);
    }

    @Test
    void blocklyAndChartsWorkUnderThePolicy() {
        List<String> violations = new ArrayList<>();
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy") || m.text().contains("Content-Security-Policy")) {
                violations.add(m.text());
            }
        });
        loginPupil("DEMO2A", "Alma", "Hund", "Sol");
        page.waitForURL(url -> url.contains("mine-opgaver"));
        open("frit-eksperiment");
        page.waitForFunction("() => document.querySelector('opdag-blockly')?.ready === true");
        page.locator("[data-opdag-run]").click();
        page.waitForTimeout(500);
        context.clearCookies();
        signIn("leder", PASSWORD);
        open("daekning");
        page.locator("canvas").first().waitFor();
        page.waitForTimeout(500);
        assertThat(violations).isEmpty();
    }
}
