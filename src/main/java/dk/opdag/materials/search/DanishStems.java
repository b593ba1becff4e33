package dk.opdag.materials.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Danish words to their stems with Lucene's {@link DanishAnalyzer}: the Snowball Danish stemmer and stop words, the
 * same algorithm and list PostgreSQL's {@code danish} text search configuration uses ("robotter" and "robot" both
 * become "robot"). H2 searches these stems; PostgreSQL stems on its own.
 */
public final class DanishStems {

    private static final Analyzer ANALYZER = new DanishAnalyzer();

    private DanishStems() {
    }

    /** Every stem in order, with repeats (stop words left out). */
    public static List<String> of(String text) {
        List<String> stems = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return stems;
        }
        try (TokenStream tokens = ANALYZER.tokenStream("text", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                stems.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stems;
    }

    /** The distinct stems of a query, in order. */
    public static Set<String> distinct(String text) {
        return new LinkedHashSet<>(of(text));
    }

    /** The stems column: each distinct stem once, with a space before and after every stem (" bil robot "). */
    public static String column(String text) {
        Set<String> stems = distinct(text);
        return stems.isEmpty() ? " " : " " + String.join(" ", stems) + " ";
    }

    /** The stem of one word, or null for a stop word. */
    public static String stemOf(String word) {
        List<String> stems = of(word);
        return stems.isEmpty() ? null : stems.getFirst();
    }
}
