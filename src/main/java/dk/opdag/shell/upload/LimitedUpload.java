package dk.opdag.shell.upload;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Every upload in Opdag goes through this: a size limit the server enforces while the body streams in, never by
 * reading the whole body first. A declared size above the limit is refused before a byte is read; a body without
 * a declared size is cut off one byte after the limit; Vaadin's multipart parsing gets the same limits (and one
 * file per request). The browser's own limit ({@code Upload.setMaxFileSize}) is only a courtesy.
 *
 * <pre>{@code
 * Upload upload = new Upload(LimitedUpload.inMemory(RosterFile.MAX_BYTES,
 *         bytes -> importFile(bytes),                        // runs in the UI (ui.access), bytes.length <= limit
 *         tooLarge -> showError(getTranslation("roster.error.too-big"))));
 * upload.setMaxFileSize(RosterFile.MAX_BYTES);                // the same limit, so the browser can say it first
 *
 * // Larger files: streamed to a temporary file, deleted after the callback.
 * new Upload(LimitedUpload.toTempFile(20 * 1024 * 1024, (name, file) -> store(name, file), tooLarge -> ...));
 *
 * // Slow work on the stream itself (teachers' materials are read for a while): on the upload's own thread, not
 * // holding the UI; the stream throws once it passes the limit.
 * new Upload(LimitedUpload.streamed(50 * 1024 * 1024, (name, in) -> extract(name, in), tooLarge -> ...));
 * }</pre>
 * Everything above {@link RequestSizeLimitFilter}'s ceiling ({@code opdag.upload.max-request-size}) is refused for
 * every request before any of this runs.
 */
public final class LimitedUpload implements UploadHandler {

    /** Gets the received bytes, at most the limit. Runs inside {@code ui.access}. */
    @FunctionalInterface
    public interface BytesReceived extends Serializable {
        void received(String fileName, byte[] bytes);
    }

    /** Gets a temporary file with the received content; the file is deleted afterwards. Runs inside {@code ui.access}. */
    @FunctionalInterface
    public interface FileReceived extends Serializable {
        void received(String fileName, Path file) throws IOException;
    }

    /**
     * Gets the body as a stream that throws once more than the limit has been read. Runs on the upload's request
     * thread, NOT inside {@code ui.access}: use {@code ui.access} to show the outcome.
     */
    @FunctionalInterface
    public interface StreamReceived extends Serializable {
        void received(String fileName, InputStream bounded) throws IOException;
    }

    /** Told (inside {@code ui.access}) when an upload was refused for its size; gets the limit in bytes. */
    @FunctionalInterface
    public interface TooLarge extends Serializable {
        void refused(long limit);
    }

    /** Multipart framing (boundaries and part headers) around the one file. */
    private static final long MULTIPART_OVERHEAD = 64 * 1024;

    private final long limit;
    private final boolean inMemory;
    private final BytesReceived bytesReceived;
    private final FileReceived fileReceived;
    private final StreamReceived streamReceived;
    private final TooLarge tooLarge;

    private LimitedUpload(long limit, BytesReceived bytes, FileReceived file, StreamReceived stream,
                          TooLarge tooLarge) {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive");
        }
        this.limit = limit;
        this.inMemory = bytes != null;
        this.bytesReceived = bytes;
        this.fileReceived = file;
        this.streamReceived = stream;
        this.tooLarge = tooLarge;
    }

    /** Small files (class lists): the bytes in memory, never more than {@code limit} of them. */
    public static LimitedUpload inMemory(long limit, BytesReceived received, TooLarge tooLarge) {
        return new LimitedUpload(limit, received, null, null, tooLarge);
    }

    /** Larger files: streamed to a temporary file of at most {@code limit} bytes. */
    public static LimitedUpload toTempFile(long limit, FileReceived received, TooLarge tooLarge) {
        return new LimitedUpload(limit, null, received, null, tooLarge);
    }

    /** Slow work on the stream (reading a document): on the request thread, the stream bounded by {@code limit}. */
    public static LimitedUpload streamed(long limit, StreamReceived received, TooLarge tooLarge) {
        return new LimitedUpload(limit, null, null, received, tooLarge);
    }

    public long limit() {
        return limit;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        String name = event.getFileName();
        try {
            if (streamReceived != null) {
                if (event.getFileSize() > limit) {
                    throw new BoundedInputStream.TooLargeException(limit);
                }
                try (InputStream in = new BoundedInputStream(event.getInputStream(), limit)) {
                    streamReceived.received(name, in);
                }
            } else if (inMemory) {
                byte[] bytes = readBounded(event.getInputStream(), event.getFileSize(), limit);
                ui.access(() -> bytesReceived.received(name, bytes));
            } else {
                Path file = Files.createTempFile("opdag-upload-", ".part");
                try {
                    copyBounded(event.getInputStream(), event.getFileSize(), limit, file);
                } catch (IOException e) {
                    Files.deleteIfExists(file);
                    throw e;
                }
                ui.access(() -> {
                    try {
                        fileReceived.received(name, file);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    } finally {
                        try {
                            Files.deleteIfExists(file);
                        } catch (IOException ignored) {
                            // a temp file the OS cleans up later
                        }
                    }
                });
            }
        } catch (BoundedInputStream.TooLargeException e) {
            event.reject("too large");
            ui.access(() -> tooLarge.refused(limit));
        }
    }

    /**
     * The body as bytes, at most {@code limit}: a declared size above it is refused before reading, an undeclared
     * one ({@code declared} &lt; 0) is cut off one byte past the limit.
     */
    static byte[] readBounded(InputStream body, long declared, long limit) throws IOException {
        if (declared > limit) {
            throw new BoundedInputStream.TooLargeException(limit);
        }
        try (InputStream in = new BoundedInputStream(body, limit)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(limit, 64 * 1024));
            in.transferTo(out);
            return out.toByteArray();
        }
    }

    /** The same for a file: never more than {@code limit} bytes land on disk. */
    static void copyBounded(InputStream body, long declared, long limit, Path file) throws IOException {
        if (declared > limit) {
            throw new BoundedInputStream.TooLargeException(limit);
        }
        try (InputStream in = new BoundedInputStream(body, limit); OutputStream out = Files.newOutputStream(file)) {
            in.transferTo(out);
        }
    }

    @Override
    public long getRequestSizeMax() {
        return limit + MULTIPART_OVERHEAD;
    }

    @Override
    public long getFileSizeMax() {
        return limit;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }
}
