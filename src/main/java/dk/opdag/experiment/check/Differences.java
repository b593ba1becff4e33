package dk.opdag.experiment.check;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Says how a wrong value differs from the expected one <em>without</em> saying the expected value: the sign, a factor
 * of 100 (a share instead of per cent), upper and lower case, spacing, the end of a text, the order of words or of a
 * list, letters moved along the alphabet. Each method returns a short Danish clause for the pupil, or null when no
 * particular difference stands out (the caller then only says that it is not right yet).
 */
public final class Differences {

    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzæøå";

    private Differences() {
    }

    /** ": clause." (no second full stop after a question), or "." when there is no clause. */
    public static String sentenceEnd(String clause) {
        return clause == null ? "." : ": " + clause + (clause.endsWith("?") ? "" : ".");
    }

    /** Two numbers. */
    public static String number(double expected, double actual) {
        if (Double.isNaN(actual)) {
            return "det er ikke et tal";
        }
        if (expected != 0 && close(actual, -expected)) {
            return "tallet har det forkerte fortegn (plus eller minus)";
        }
        if (expected != 0 && close(actual * 100, expected)) {
            return "tallet er 100 gange for lille – er det en andel i stedet for procent?";
        }
        if (expected != 0 && close(actual, expected * 100)) {
            return "tallet er 100 gange for stort";
        }
        if (expected != 0 && close(actual * 1000, expected)) {
            return "tallet er 1000 gange for lille – tjek enheden";
        }
        if (expected != 0 && close(actual, expected * 1000)) {
            return "tallet er 1000 gange for stort – tjek enheden";
        }
        if (Math.abs(actual - expected) <= Math.max(1, Math.abs(expected) * 0.01)) {
            return "det er tæt på, men ikke helt – tjek afrundingen";
        }
        return actual > expected ? "tallet er for stort" : "tallet er for lille";
    }

    /** Two texts (a printed line, a chatbot reply, an answer). */
    public static String text(String expected, String actual) {
        Double e = numberIn(expected);
        Double a = numberIn(actual);
        if (e != null && a != null) {
            return number(e, a);
        }
        if (actual.isBlank()) {
            return "der står ikke noget";
        }
        if (expected.equalsIgnoreCase(actual)) {
            return "bogstaverne er rigtige, men store og små bogstaver er ikke, som de skal være";
        }
        if (TextMatch.spacing(expected).equals(TextMatch.spacing(actual))) {
            return "mellemrummene er ikke, som de skal være";
        }
        if (TextMatch.loose(expected).equals(TextMatch.loose(actual))) {
            return "ordene er rigtige, men tegnsætningen eller store og små bogstaver er anderledes";
        }
        String le = TextMatch.loose(expected);
        String la = TextMatch.loose(actual);
        if (le.startsWith(la)) {
            return "begyndelsen er rigtig, men der mangler noget til sidst";
        }
        if (la.startsWith(le)) {
            return "begyndelsen er rigtig, men der er noget for meget til sidst";
        }
        if (sameWords(le, la)) {
            return "ordene er rigtige, men de står i en anden rækkefølge";
        }
        if (shifted(le, la)) {
            return "bogstaverne er rykket i alfabetet, men ikke det rigtige antal pladser eller ikke den rigtige vej";
        }
        return null;
    }

    /** Two lists, compared as texts item by item ({@code loose} ignores case, spacing and final punctuation). */
    public static String list(List<String> expected, List<String> actual, boolean loose) {
        List<String> e = expected.stream().map(s -> loose ? TextMatch.loose(s) : s).sorted().toList();
        List<String> a = actual.stream().map(s -> loose ? TextMatch.loose(s) : s).sorted().toList();
        if (e.equals(a)) {
            return "listen har de rigtige elementer, men i en anden rækkefølge";
        }
        int missing = missing(e, a);
        int extra = missing(a, e);
        if (missing == 0 && extra > 0) {
            return "alt det rigtige er med, men der er " + extra + (extra == 1 ? " element" : " elementer") + " for "
                    + "meget";
        }
        if (extra == 0 && missing > 0) {
            return "det, der er med, er rigtigt, men der mangler " + missing + (missing == 1 ? " element"
                    : " elementer");
        }
        if (actual.size() == expected.size()) {
            return missing + " af de " + expected.size() + " elementer er ikke rigtige";
        }
        return "listen skulle have " + expected.size() + (expected.size() == 1 ? " element" : " elementer")
                + ", men har " + actual.size();
    }

    /** How many items of {@code of} (as a multiset) are not in {@code in}. */
    private static int missing(List<String> of, List<String> in) {
        Map<String, Integer> left = new HashMap<>();
        in.forEach(s -> left.merge(s, 1, Integer::sum));
        int missing = 0;
        for (String s : of) {
            Integer n = left.get(s);
            if (n == null || n == 0) {
                missing++;
            } else {
                left.put(s, n - 1);
            }
        }
        return missing;
    }

    /** A number as a pupil may print it: "12", "-3.5", "12,5" (Danish decimal comma); null for anything else. */
    public static Double numberIn(String s) {
        String t = s.strip().replace('−', '-');
        if (!t.matches("-?\\d+([.,]\\d+)?")) {
            return null;
        }
        return Double.parseDouble(t.replace(',', '.'));
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }

    private static boolean sameWords(String a, String b) {
        String[] wa = a.split(" ");
        String[] wb = b.split(" ");
        if (wa.length < 2 || wa.length != wb.length) {
            return false;
        }
        Arrays.sort(wa);
        Arrays.sort(wb);
        return Arrays.equals(wa, wb);
    }

    /** Same length, other characters equal, and every letter moved the same number of places (not zero). */
    private static boolean shifted(String expected, String actual) {
        if (expected.length() != actual.length()) {
            return false;
        }
        int shift = Integer.MIN_VALUE;
        int letters = 0;
        for (int i = 0; i < expected.length(); i++) {
            char e = Character.toLowerCase(expected.charAt(i));
            char a = Character.toLowerCase(actual.charAt(i));
            int ie = ALPHABET.indexOf(e);
            int ia = ALPHABET.indexOf(a);
            if (ie < 0 || ia < 0) {
                if (e != a) {
                    return false;
                }
                continue;
            }
            int s = Math.floorMod(ia - ie, ALPHABET.length());
            if (shift == Integer.MIN_VALUE) {
                shift = s;
            } else if (s != shift) {
                return false;
            }
            letters++;
        }
        return letters >= 2 && shift != 0 && shift != Integer.MIN_VALUE;
    }
}
