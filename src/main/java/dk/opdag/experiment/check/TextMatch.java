package dk.opdag.experiment.check;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How texts are compared. {@link #EXACT} for answers where every character is the point (a decoded message), and
 * {@link #LOOSE} where the wording is the point but not the typing: upper and lower case, runs of spaces and the
 * punctuation at the very end do not count ("jeg hedder robo" passes for "Jeg hedder Robo.").
 */
public enum TextMatch {
    EXACT,
    LOOSE;

    private static final Locale DANISH = Locale.of("da", "DK");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");
    private static final Pattern FINAL_PUNCTUATION = Pattern.compile("[\\s.!?,;:…]+$");

    /** Whether {@code actual} counts as {@code expected}. */
    public boolean same(String expected, String actual) {
        return this == EXACT ? expected.equals(actual) : loose(expected).equals(loose(actual));
    }

    /** Lower case, single spaces, no spaces or punctuation at either end. */
    public static String loose(String s) {
        String spaced = SPACES.matcher(s.strip()).replaceAll(" ");
        return FINAL_PUNCTUATION.matcher(spaced).replaceAll("").toLowerCase(DANISH);
    }

    /** Single spaces, trimmed: how texts compare when only spacing does not count. */
    public static String spacing(String s) {
        return SPACES.matcher(s.strip()).replaceAll(" ");
    }
}
