package dk.opdag.materials.search;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A short piece of text around the first word that matches the search, with the matching words marked. Computed in
 * Java from the same stems on both databases, so a hit reads the same on H2 and PostgreSQL.
 */
public final class Snippets {

    /** Around 30 words: enough to see why it matched. */
    static final int WORDS_BEFORE = 8;
    static final int WORDS_AFTER = 22;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private Snippets() {
    }

    /** One piece of a snippet: plain text or a matching word. */
    public record Part(String text, boolean match) {
    }

    /** The snippet as parts, or the start of the text when no word matches (a hit in the title). */
    public static java.util.List<Part> of(String text, Set<String> queryStems) {
        java.util.List<int[]> words = new java.util.ArrayList<>();
        Matcher m = WORD.matcher(text);
        int first = -1;
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
            if (first < 0 && matches(m.group(), queryStems)) {
                first = words.size() - 1;
            }
        }
        if (words.isEmpty()) {
            return java.util.List.of();
        }
        int from = first < 0 ? 0 : Math.max(0, first - WORDS_BEFORE);
        int to = Math.min(words.size() - 1, (first < 0 ? 0 : first) + WORDS_AFTER);
        java.util.List<Part> parts = new java.util.ArrayList<>();
        if (from > 0) {
            parts.add(new Part("… ", false));
        }
        int cursor = words.get(from)[0];
        for (int i = from; i <= to; i++) {
            int[] w = words.get(i);
            String word = text.substring(w[0], w[1]);
            if (matches(word, queryStems)) {
                add(parts, text.substring(cursor, w[0]).replaceAll("\\s+", " "));
                parts.add(new Part(word, true));
                cursor = w[1];
            }
        }
        add(parts, text.substring(cursor, words.get(to)[1]).replaceAll("\\s+", " "));
        if (to < words.size() - 1) {
            add(parts, " …");
        }
        return parts;
    }

    private static void add(java.util.List<Part> parts, String text) {
        if (!text.isEmpty()) {
            parts.add(new Part(text, false));
        }
    }

    /**
     * Snowball's Danish stemmer only cuts endings (and undoubles a last consonant), so a word can only have a
     * query's stem if it starts with it: most words are ruled out without running the stemmer.
     */
    private static boolean matches(String word, Set<String> queryStems) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (queryStems.stream().noneMatch(lower::startsWith)) {
            return false;
        }
        String stem = DanishStems.stemOf(lower);
        return stem != null && queryStems.contains(stem);
    }
}
