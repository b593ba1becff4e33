package dk.opdag.experiment.js;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** JavaScript string operations that Java does differently (whitespace, reversing, split, replace patterns). */
public final class JsStrings {

    private JsStrings() {
    }

    /** JavaScript's WhiteSpace and LineTerminator characters (what \s and trim() use). */
    public static boolean isWhitespace(char c) {
        return switch (c) {
            case '\t', '\n', '\u000B', '\f', '\r', ' ', '\u00A0', '\u1680', '\u2028', '\u2029', '\u202F', '\u205F',
                 '\u3000', '\uFEFF' -> true;
            default -> c >= '\u2000' && c <= '\u200A';
        };
    }

    public static String trim(String s) {
        return trimEnd(trimStart(s));
    }

    public static String trimStart(String s) {
        int i = 0;
        while (i < s.length() && isWhitespace(s.charAt(i))) {
            i++;
        }
        return s.substring(i);
    }

    public static String trimEnd(String s) {
        int j = s.length();
        while (j > 0 && isWhitespace(s.charAt(j - 1))) {
            j--;
        }
        return s.substring(0, j);
    }

    public static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    public static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** Blockly's textToTitleCase: each run of non-space gets its first code unit upper-cased, the rest lower-cased. */
    public static String titleCase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            if (isWhitespace(s.charAt(i))) {
                sb.append(s.charAt(i++));
                continue;
            }
            int j = i;
            while (j < s.length() && !isWhitespace(s.charAt(j))) {
                j++;
            }
            sb.append(upper(String.valueOf(s.charAt(i)))).append(lower(s.substring(i + 1, j)));
            i = j;
        }
        return sb.toString();
    }

    /** {@code split('').reverse().join('')}: reverses UTF-16 code units, like JavaScript (not code points). */
    public static String reverseCodeUnits(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0, j = chars.length - 1; i < j; i++, j--) {
            char t = chars[i];
            chars[i] = chars[j];
            chars[j] = t;
        }
        return new String(chars);
    }

    /** {@code s.split(separator)} for a text separator; an empty separator splits into code units. */
    public static List<String> split(String s, String separator) {
        List<String> parts = new ArrayList<>();
        if (separator.isEmpty()) {
            for (int i = 0; i < s.length(); i++) {
                parts.add(String.valueOf(s.charAt(i)));
            }
            return parts;
        }
        int from = 0;
        while (true) {
            int at = s.indexOf(separator, from);
            if (at < 0) {
                parts.add(s.substring(from));
                return parts;
            }
            parts.add(s.substring(from, at));
            from = at + separator.length();
        }
    }

    /** Blockly's textCount: non-overlapping occurrences; an empty needle counts length + 1. */
    public static int count(String haystack, String needle) {
        if (needle.isEmpty()) {
            return haystack.length() + 1;
        }
        int n = 0;
        int from = 0;
        while (true) {
            int at = haystack.indexOf(needle, from);
            if (at < 0) {
                return n;
            }
            n++;
            from = at + needle.length();
        }
    }

    /**
     * Blockly's textReplace: every literal occurrence of needle replaced, with JavaScript's replacement patterns
     * ($$, $&amp;, $` and $') honoured because the generated code passes the text to String.prototype.replace.
     */
    public static String replaceAll(String haystack, String needle, String replacement) {
        StringBuilder sb = new StringBuilder();
        if (needle.isEmpty()) {
            // new RegExp('', 'g') matches before every code unit and at the end.
            for (int i = 0; i <= haystack.length(); i++) {
                appendSubstitution(sb, haystack, i, i, replacement);
                if (i < haystack.length()) {
                    sb.append(haystack.charAt(i));
                }
                checkLength(sb);
            }
            return sb.toString();
        }
        int from = 0;
        while (true) {
            int at = haystack.indexOf(needle, from);
            if (at < 0) {
                sb.append(haystack, from, haystack.length());
                checkLength(sb);
                return sb.toString();
            }
            sb.append(haystack, from, at);
            appendSubstitution(sb, haystack, at, at + needle.length(), replacement);
            checkLength(sb);
            from = at + needle.length();
        }
    }

    private static void appendSubstitution(StringBuilder sb, String s, int start, int end, String replacement) {
        int i = 0;
        while (i < replacement.length()) {
            char c = replacement.charAt(i);
            if (c == '$' && i + 1 < replacement.length()) {
                char next = replacement.charAt(i + 1);
                switch (next) {
                    case '$' -> {
                        sb.append('$');
                        i += 2;
                        continue;
                    }
                    case '&' -> {
                        sb.append(s, start, end);
                        i += 2;
                        continue;
                    }
                    case '`' -> {
                        sb.append(s, 0, start);
                        i += 2;
                        continue;
                    }
                    case '\'' -> {
                        sb.append(s, end, s.length());
                        i += 2;
                        continue;
                    }
                    default -> {
                        // $1, $<name> and the rest stay literal: the escaped pattern has no groups.
                    }
                }
            }
            sb.append(c);
            i++;
        }
    }

    private static void checkLength(StringBuilder sb) {
        if (sb.length() > Js.MAX_STRING) {
            throw new JsLimitException(false);
        }
    }

    /** {@code String.prototype.slice(start, end)}. */
    public static String slice(String s, double start, double end) {
        int from = JsNumbers.relativeIndex(start, s.length());
        int to = JsNumbers.relativeIndex(end, s.length());
        return to <= from ? "" : s.substring(from, to);
    }

    /** {@code String.prototype.charAt(pos)}. */
    public static String charAt(String s, double pos) {
        double p = JsNumbers.toIntegerOrInfinity(pos);
        if (p < 0 || p >= s.length()) {
            return "";
        }
        return String.valueOf(s.charAt((int) p));
    }
}
