package dk.opdag.shell.upload;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads at most {@code max} bytes; one byte more and it throws {@link TooLargeException}, so a body without a
 * declared length (chunked) is cut off while it streams instead of after it filled the memory.
 */
public final class BoundedInputStream extends FilterInputStream {

    private final long max;
    private long count;

    public BoundedInputStream(InputStream in, long max) {
        super(in);
        this.max = max;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counted(skipped);
        return skipped;
    }

    private void counted(long n) throws TooLargeException {
        count += n;
        if (count > max) {
            throw new TooLargeException(max);
        }
    }

    /** The body was larger than the limit; nothing beyond the limit was read. */
    public static final class TooLargeException extends IOException {
        private final long limit;

        public TooLargeException(long limit) {
            super("more than " + limit + " bytes");
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }
}
