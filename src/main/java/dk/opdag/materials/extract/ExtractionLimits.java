package dk.opdag.materials.extract;

import java.time.Duration;

/**
 * The bounds every extraction runs within. The child process gets {@code heapMb} of heap and is killed after
 * {@code timeout}; inside it, Tika stops writing text at {@code maxChars} and PDFs over {@code maxPages} are refused
 * before they are read.
 */
public record ExtractionLimits(Duration timeout, int heapMb, int maxChars, int maxPages) {

    public static final ExtractionLimits DEFAULT = new ExtractionLimits(Duration.ofSeconds(25), 384, 2_000_000, 1_000);
}
