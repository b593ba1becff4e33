package dk.opdag.shell.push;

import com.vaadin.flow.server.VaadinServlet;
import jakarta.servlet.ServletContext;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Small buffers for the push WebSocket that every open page keeps (one per tab, for as long as it is open).
 *
 * <p>The app pushes with {@code WEBSOCKET_XHR} (see {@code OpdagApplication}): the server writes over the
 * WebSocket, the browser sends everything as ordinary requests, so nothing big ever arrives on the socket. Yet each
 * connection kept about 130 KB of heap for incoming messages: Atmosphere's own read buffers (Vaadin sets 16384,
 * a byte and a char buffer), Tomcat's message buffers (8192 each) and the permessage-deflate extension (a 32 KB
 * buffer, plus zlib's native memory outside the heap), and Tomcat's frame buffers (8192 bytes for reading,
 * writing and encoding text: 24 KB a page), and Tomcat's socket buffers (8192 each way). Here they are sized for what really arrives. If the
 * transport ever becomes plain {@code WEBSOCKET}, the browser's messages (a workspace can be 2 MB) would go over
 * the socket and these limits must go.
 */
@Configuration(proxyBeanMethods = false)
public class PushBuffers {

    /** Largest message the browser may send over the socket (Atmosphere's heartbeat is a few characters). */
    static final int INCOMING = 1024;

    /**
     * Tomcat's frame buffers per connection. Outgoing text is encoded and sent in pieces of this size, so a bigger
     * push goes as more frames (one write each) and is never refused; the browser joins them into one message.
     * Three such buffers per page (reading bytes, writing bytes, encoding chars at two bytes each): 4 KB at 1024.
     * A live-grid update or a teacher's note is one to three frames.
     */
    static final int FRAME_BUFFER = 1024;

    /**
     * Tomcat's own buffers per connection, 8 KB each way by default, kept as long as the connection is open: for
     * the push socket, as long as the page. Only heartbeats arrive there, and what leaves goes in frames of
     * {@link #FRAME_BUFFER}; ordinary requests and responses are just read and written in more, smaller pieces
     * (Tomcat's advice for many kept-open connections).
     */
    static final int SOCKET_READ_BUFFER = 2048;
    static final int SOCKET_WRITE_BUFFER = 4096;

    static final String TOMCAT_FRAME_BUFFER = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";

    static {
        // A system property that Tomcat reads once, when its WebSocket classes load: that is after the bean post
        // processors are made (this class is loaded for the first) and before the web server starts. A value the
        // operator set on the command line wins.
        if (System.getProperty(TOMCAT_FRAME_BUFFER) == null) {
            System.setProperty(TOMCAT_FRAME_BUFFER, Integer.toString(FRAME_BUFFER));
        }
    }

    /** Vaadin's servlet init parameters win over the values Vaadin gives Atmosphere (PushRequestHandler). */
    @Bean
    static BeanPostProcessor atmosphereBufferSizes() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof ServletRegistrationBean<?> registration
                        && registration.getServlet() instanceof VaadinServlet) {
                    String size = Integer.toString(INCOMING);
                    registration.addInitParameter("org.atmosphere.websocket.bufferSize", size);
                    registration.addInitParameter("org.atmosphere.websocket.maxTextMessageSize", size);
                    registration.addInitParameter("org.atmosphere.websocket.maxBinaryMessageSize", size);
                }
                return bean;
            }
        };
    }

    @Bean
    TomcatConnectorCustomizer smallSocketBuffers() {
        return connector -> {
            connector.setProperty("socket.appReadBufSize", Integer.toString(SOCKET_READ_BUFFER));
            connector.setProperty("socket.appWriteBufSize", Integer.toString(SOCKET_WRITE_BUFFER));
        };
    }

    /** Tomcat's defaults for a new connection's message buffers, read when its WebSocket container starts. */
    @Bean
    ServletContextInitializer tomcatWebSocketBufferSizes() {
        return (ServletContext context) -> {
            context.setInitParameter("org.apache.tomcat.websocket.textBufferSize", Integer.toString(INCOMING));
            context.setInitParameter("org.apache.tomcat.websocket.binaryBufferSize", Integer.toString(INCOMING));
        };
    }

    /** Before Tomcat's WebSocket filter, which makes the upgrade. */
    @Bean
    FilterRegistrationBean<NoWebSocketCompression> noWebSocketCompression() {
        var registration = new FilterRegistrationBean<>(new NoWebSocketCompression());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
