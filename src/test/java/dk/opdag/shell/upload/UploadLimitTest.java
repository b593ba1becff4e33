package dk.opdag.shell.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

/**
 * Issue 11, item 3: a huge body is refused without being read into memory. The bodies here are endless streams
 * that count what was taken from them: Vaadin's in-memory handler (used before) would read until the heap ran out.
 */
class UploadLimitTest {

    private static final long MB = 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void aDeclaredSizeAboveTheLimitIsRefusedBeforeAByteIsRead() {
        Endless body = new Endless();
        assertThatThrownBy(() -> LimitedUpload.readBounded(body, 200 * MB, MB))
                .isInstanceOf(BoundedInputStream.TooLargeException.class);
        assertThat(body.taken).isZero();
    }

    @Test
    void aBodyWithoutDeclaredSizeIsCutOffRightAfterTheLimit() {
        Endless body = new Endless();
        assertThatThrownBy(() -> LimitedUpload.readBounded(body, -1, MB))
                .isInstanceOf(BoundedInputStream.TooLargeException.class);
        assertThat(body.taken).isBetween(MB + 1, MB + 64 * 1024); // the limit and at most one buffer more
    }

    @Test
    void aLyingDeclaredSizeDoesNotHelp() {
        Endless body = new Endless();
        assertThatThrownBy(() -> LimitedUpload.readBounded(body, 10, MB))
                .isInstanceOf(BoundedInputStream.TooLargeException.class);
        assertThat(body.taken).isLessThan(MB + 64 * 1024);
    }

    @Test
    void aFileWithinTheLimitArrivesWhole() throws Exception {
        byte[] list = "Fornavn\nAlma\nBo\n".getBytes();
        assertThat(LimitedUpload.readBounded(new ByteArrayInputStream(list), list.length, MB)).isEqualTo(list);
        byte[] exactly = new byte[(int) MB];
        assertThat(LimitedUpload.readBounded(new ByteArrayInputStream(exactly), -1, MB)).hasSize((int) MB);
    }

    @Test
    void largerFilesStreamToDiskAndStopAtTheLimit() throws Exception {
        Path file = dir.resolve("upload");
        Endless body = new Endless();
        assertThatThrownBy(() -> LimitedUpload.copyBounded(body, -1, 3 * MB, file))
                .isInstanceOf(BoundedInputStream.TooLargeException.class);
        assertThat(Files.size(file)).isLessThanOrEqualTo(3 * MB);
    }

    @Test
    void theCeilingRefusesAnyRequestThatDeclaresMoreWith413() throws Exception {
        RequestSizeLimitFilter filter = new RequestSizeLimitFilter(DataSize.ofMegabytes(32));
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/VAADIN/dynamic/resource/x/upload") {
            @Override
            public long getContentLengthLong() {
                return 1536 * MB; // the 1.5 GB post of the probe
            }
        };
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, response, chain);
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(chain.getRequest()).isNull(); // never reached Vaadin
    }

    @Test
    void theCeilingCutsOffABodyWithoutDeclaredLength() throws Exception {
        RequestSizeLimitFilter filter = new RequestSizeLimitFilter(DataSize.ofKilobytes(64));
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setContent(new byte[200 * 1024]);
        request.removeHeader("Content-Length");
        long[] read = {0};
        MockFilterChain chain = new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void service(jakarta.servlet.http.HttpServletRequest req,
                                   jakarta.servlet.http.HttpServletResponse resp) throws java.io.IOException {
                InputStream in = req.getInputStream();
                byte[] buffer = new byte[8192];
                try {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        read[0] += n;
                    }
                } catch (BoundedInputStream.TooLargeException e) {
                    resp.setStatus(413);
                }
            }
        });
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, chain);
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(read[0]).isLessThanOrEqualTo(64 * 1024);
    }

    /** A body that never ends and counts the bytes taken from it. */
    private static final class Endless extends InputStream {
        long taken;

        @Override
        public int read() {
            taken++;
            return 'a';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) 'a');
            taken += len;
            return len;
        }
    }
}
