package dk.opdag.materials.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Streams an upload to a file on disk and stops reading the moment it passes the size limit, so an oversized upload
 * never sits whole in memory or on disk. Computes the SHA-256 on the way.
 * <p>
 * The view's upload already bounds the stream ({@code shell.upload.LimitedUpload}); the service keeps its own limit
 * because it takes a stream from any caller.
 */
public final class SizeLimitedCopy {

    private static final int BUFFER = 64 * 1024;

    private SizeLimitedCopy() {
    }

    /** The file written, its size and its SHA-256 (hex). */
    public record Copied(Path file, long bytes, String sha256) {
    }

    /** Thrown as soon as more than {@code limit} bytes arrived; the partial file is already deleted. */
    public static final class TooLarge extends IOException {
        private final long limit;

        TooLarge(long limit) {
            super("upload larger than " + limit + " bytes");
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }

    public static Copied copy(InputStream in, Path target, long limit) throws IOException {
        MessageDigest sha = sha256();
        long total = 0;
        byte[] buffer = new byte[BUFFER];
        boolean complete = false;
        try (OutputStream out = Files.newOutputStream(target)) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                total += n;
                if (total > limit) {
                    throw new TooLarge(limit);
                }
                sha.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
            complete = true;
        } finally {
            if (!complete) {
                Files.deleteIfExists(target);
            }
        }
        return new Copied(target, total, HexFormat.of().formatHex(sha.digest()));
    }

    public static String sha256(Path file) throws IOException {
        MessageDigest sha = sha256();
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                sha.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
