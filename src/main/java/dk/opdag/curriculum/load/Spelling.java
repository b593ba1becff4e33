package dk.opdag.curriculum.load;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** "Did you mean ...?" for typos in field names and ids. */
final class Spelling {

    private Spelling() {
    }

    /** The candidate within two edits of {@code word}, if any. */
    static Optional<String> closest(String word, Collection<String> candidates) {
        return candidates.stream()
                .filter(c -> distance(word, c) <= 2)
                .min(Comparator.comparingInt(c -> distance(word, c)));
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
