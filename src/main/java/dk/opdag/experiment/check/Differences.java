package dk.opdag.experiment.check;

import dk.opdag.experiment.Message;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Says how a wrong value differs from the expected one <em>without</em> saying the expected value: the sign, a factor
 * of 100 (a share instead of per cent), upper and lower case, spacing, the end of a text, the order of words or of a
 * list, letters moved along the alphabet. Each method returns a short clause for the pupil (a key in the engine
 * bundle), or null when no particular difference stands out (the caller then only says that it is not right yet).
 * The methods without {@code how} give the clause in Danish.
 */
public final class Differences {

    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzæøå";

    private Differences() {
    }

    /**
     * The sentence {@code key} with the clause that says how it differs: without a clause the key itself, with one
     * {@code key.how}, whose last two arguments are the clause and its full stop (none after a question).
     */
    public static Message sentence(String key, Message how, Object... args) {
        if (how == null) {
            return Message.of(key, args);
        }
        Object[] all = Arrays.copyOf(args, args.length + 2);
        all[args.length] = how;
        all[args.length + 1] = QUESTIONS.contains(how.key()) ? "" : ".";
        return Message.of(key + ".how", all);
    }

    /** Clauses that end in a question mark in every language. */
    private static final java.util.Set<String> QUESTIONS = java.util.Set.of("engine.diff.hundred-too-small");

    /** Two numbers, as a Danish clause. */
    public static String number(double expected, double actual) {
        return danish(numberHow(expected, actual));
    }

    /** Two texts, as a Danish clause. */
    public static String text(String expected, String actual) {
        return danish(textHow(expected, actual));
    }

    /** Two lists, as a Danish clause. */
    public static String list(List<String> expected, List<String> actual, boolean loose) {
        return danish(listHow(expected, actual, loose));
    }

    private static String danish(Message clause) {
        return clause == null ? null : clause.danish();
    }

    /** Two numbers. */
    public static Message numberHow(double expected, double actual) {
        if (Double.isNaN(actual)) {
            return Message.of("engine.diff.not-a-number");
        }
        if (expected != 0 && close(actual, -expected)) {
            return Message.of("engine.diff.wrong-sign");
        }
        if (expected != 0 && close(actual * 100, expected)) {
            return Message.of("engine.diff.hundred-too-small");
        }
        if (expected != 0 && close(actual, expected * 100)) {
            return Message.of("engine.diff.hundred-too-big");
        }
        if (expected != 0 && close(actual * 1000, expected)) {
            return Message.of("engine.diff.thousand-too-small");
        }
        if (expected != 0 && close(actual, expected * 1000)) {
            return Message.of("engine.diff.thousand-too-big");
        }
        if (Math.abs(actual - expected) <= Math.max(1, Math.abs(expected) * 0.01)) {
            return Message.of("engine.diff.close");
        }
        return Message.of(actual > expected ? "engine.diff.too-big" : "engine.diff.too-small");
    }

    /** Two texts (a printed line, a chatbot reply, an answer). */
    public static Message textHow(String expected, String actual) {
        Double e = numberIn(expected);
        Double a = numberIn(actual);
        if (e != null && a != null) {
            return numberHow(e, a);
        }
        if (actual.isBlank()) {
            return Message.of("engine.diff.blank");
        }
        if (expected.equalsIgnoreCase(actual)) {
            return Message.of("engine.diff.case");
        }
        if (TextMatch.spacing(expected).equals(TextMatch.spacing(actual))) {
            return Message.of("engine.diff.spacing");
        }
        if (TextMatch.loose(expected).equals(TextMatch.loose(actual))) {
            return Message.of("engine.diff.punctuation");
        }
        String le = TextMatch.loose(expected);
        String la = TextMatch.loose(actual);
        if (le.startsWith(la)) {
            return Message.of("engine.diff.missing-end");
        }
        if (la.startsWith(le)) {
            return Message.of("engine.diff.extra-end");
        }
        if (sameWords(le, la)) {
            return Message.of("engine.diff.word-order");
        }
        if (shifted(le, la)) {
            return Message.of("engine.diff.shifted");
        }
        return null;
    }

    /** Two lists, compared as texts item by item ({@code loose} ignores case, spacing and final punctuation). */
    public static Message listHow(List<String> expected, List<String> actual, boolean loose) {
        List<String> e = expected.stream().map(s -> loose ? TextMatch.loose(s) : s).sorted().toList();
        List<String> a = actual.stream().map(s -> loose ? TextMatch.loose(s) : s).sorted().toList();
        if (e.equals(a)) {
            return Message.of("engine.diff.list-order");
        }
        int missing = missing(e, a);
        int extra = missing(a, e);
        if (missing == 0 && extra > 0) {
            return Message.of("engine.diff.list-extra", extra, String.valueOf(extra));
        }
        if (extra == 0 && missing > 0) {
            return Message.of("engine.diff.list-missing", missing, String.valueOf(missing));
        }
        if (actual.size() == expected.size()) {
            return Message.of("engine.diff.list-wrong", String.valueOf(missing), String.valueOf(expected.size()));
        }
        return Message.of("engine.diff.list-size", expected.size(), String.valueOf(expected.size()),
                String.valueOf(actual.size()));
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
