package dk.opdag.curriculum.load;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * LIX, the Danish readability index: words per sentence + percentage of words longer than six letters.
 * Sentences end at . ! ? or : followed by a space or the end (so "1.5" and "kl.8" do not split); a text with
 * no end mark counts as one sentence. A hyphenated word ("hvis-så") and a decimal number are one word each.
 */
public final class Lix {

    /** A number like 1.5 or 2,75, or letters and digits joined by hyphens. */
    private static final Pattern WORD = Pattern.compile("\\p{N}+(?:[.,]\\p{N}+)+|[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:]+(?=\\s|$)");
    private static final int LONG_WORD = 6;

    private Lix() {
    }

    public record Score(int words, int sentences, int longWords) {
        public double value() {
            return words == 0 ? 0 : (double) words / sentences + 100.0 * longWords / words;
        }

        /** Rounded the way LIX is usually quoted. */
        public long rounded() {
            return Math.round(value());
        }
    }

    public static Score of(String text) {
        int words = 0;
        int longWords = 0;
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            words++;
            if (word.group().replace("-", "").length() > LONG_WORD) {
                longWords++;
            }
        }
        int sentences = (int) Math.max(1, SENTENCE_END.matcher(text.strip()).results().count());
        return new Score(words, sentences, longWords);
    }
}
