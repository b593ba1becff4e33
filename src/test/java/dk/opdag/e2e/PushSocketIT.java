package dk.opdag.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.WebSocket;
import jakarta.servlet.ServletContext;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 15: every open page keeps a push WebSocket for as long as it is open, so its per-connection memory counts
 * once per pupil. The socket opens, without compression, with the buffers {@code PushBuffers} sizes.
 */
class PushSocketIT extends BrowserTestBase {

    @Autowired
    ServletContext servletContext;

    @Autowired
    org.springframework.boot.web.server.context.WebServerApplicationContext webServer;

    @Test
    void aPupilsPageKeepsAPushSocketWithSmallBuffers() throws Exception {
        List<WebSocket> sockets = new ArrayList<>();
        page.onWebSocket(sockets::add);
        loginPupil("DEMO2A", "Alma", "Hund", "Sol");
        page.waitForURL(url -> url.contains("mine-opgaver"));
        page.waitForCondition(() -> !sockets.isEmpty());
        assertThat(sockets.getFirst().url()).contains("/VAADIN/push");

        var constants = Class.forName("org.apache.tomcat.websocket.Constants").getDeclaredField("DEFAULT_BUFFER_SIZE");
        constants.setAccessible(true);
        assertThat(constants.getInt(null)).as("Tomcat's frame buffers").isEqualTo(1024);
        assertThat(servletContext.getInitParameter("org.apache.tomcat.websocket.textBufferSize")).isEqualTo("1024");
        var connector = ((org.springframework.boot.tomcat.TomcatWebServer) webServer.getWebServer()).getTomcat()
                .getConnector();
        assertThat(String.valueOf(connector.getProperty("socket.appReadBufSize"))).as("Tomcat's socket read buffer")
                .isEqualTo("2048");
        assertThat(String.valueOf(connector.getProperty("socket.appWriteBufSize"))).as("Tomcat's socket write buffer")
                .isEqualTo("4096");
    }

    /** The browser offers permessage-deflate; the server's answer to the upgrade takes no extension. */
    @Test
    void theUpgradeAnswerTakesNoCompression() throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /VAADIN/push?v-r=push&X-Atmosphere-Transport=websocket HTTP/1.1\r\n"
                    + "Host: localhost:" + port + "\r\n"
                    + "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                    + "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            List<String> head = new ArrayList<>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                head.add(line);
            }
            assertThat(head.getFirst()).contains("101");
            assertThat(head).noneMatch(h -> h.toLowerCase(java.util.Locale.ROOT).startsWith("sec-websocket-extensions"));
        }
    }
}
