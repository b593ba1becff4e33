package dk.opdag.experiment.js;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

/** Number printing and parsing exactly as JavaScript's {@code String(n)} and {@code Number(s)} do. */
public final class JsNumbers {

    private static final Pattern HEX = Pattern.compile("0[xX][0-9a-fA-F]+");
    private static final Pattern OCTAL = Pattern.compile("0[oO][0-7]+");
    private static final Pattern BINARY = Pattern.compile("0[bB][01]+");

    private JsNumbers() {
    }

    /** JavaScript's Number::toString(10): shortest round-trip digits, plain or exponential by the same rules. */
    public static String toString(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (d == 0) {
            return "0"; // also -0
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        if (d < 0) {
            return "-" + toString(-d);
        }
        if (d < 9.007199254740992E15 && d == Math.floor(d)) {
            return Long.toString((long) d); // exact small integers: the common case, no digit search needed
        }
        // Since JDK 19 Double.toString gives the shortest decimal that rounds back to d, as JavaScript requires.
        BigDecimal exact = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        String digits = exact.unscaledValue().toString();
        int k = digits.length();
        int n = k - exact.scale(); // d = 0.digits * 10^n
        if (k == 2) {
            // Java may pick a closer 2-digit decimal where one digit already round-trips (4.9E-324);
            // JavaScript wants the shortest, so try the two 1-digit neighbours.
            String one = oneDigit(d, digits, n);
            if (one != null) {
                digits = one.substring(0, 1);
                n = one.length() > 1 ? n + 1 : n;
                k = 1;
            }
        }
        StringBuilder sb = new StringBuilder(k + 8);
        if (k <= n && n <= 21) {
            sb.append(digits);
            sb.repeat('0', n - k);
        } else if (0 < n && n <= 21) {
            sb.append(digits, 0, n).append('.').append(digits, n, k);
        } else if (-6 < n && n <= 0) {
            sb.append("0.");
            sb.repeat('0', -n);
            sb.append(digits);
        } else {
            sb.append(digits.charAt(0));
            if (k > 1) {
                sb.append('.').append(digits, 1, k);
            }
            int e = n - 1;
            sb.append('e').append(e >= 0 ? '+' : '-').append(Math.abs(e));
        }
        return sb.toString();
    }

    /** A single digit that reads back as d (with n adjusted when rounding up reaches 10), or null. */
    private static String oneDigit(double d, String digits, int n) {
        int first = digits.charAt(0) - '0';
        String best = null;
        BigDecimal bestDistance = null;
        for (int candidate = first; candidate <= first + 1; candidate++) {
            BigDecimal value = BigDecimal.valueOf(candidate).scaleByPowerOfTen(n - 1);
            if (value.doubleValue() == d) {
                BigDecimal distance = value.subtract(new BigDecimal(d)).abs();
                if (bestDistance == null || distance.compareTo(bestDistance) < 0) {
                    bestDistance = distance;
                    best = Integer.toString(candidate);
                }
            }
        }
        return best;
    }

    /** JavaScript's StringToNumber: whitespace trimmed, empty is 0, hex/octal/binary literals, otherwise NaN. */
    public static double parse(String s) {
        String t = JsStrings.trim(s);
        if (t.isEmpty()) {
            return 0;
        }
        char c = t.charAt(0);
        if (c == 'I' || c == '+' || c == '-') {
            switch (t) {
                case "Infinity", "+Infinity" -> {
                    return Double.POSITIVE_INFINITY;
                }
                case "-Infinity" -> {
                    return Double.NEGATIVE_INFINITY;
                }
                default -> {
                }
            }
        }
        if (t.length() > 2 && c == '0' && Character.isLetter(t.charAt(1))) {
            if (HEX.matcher(t).matches()) {
                return new BigInteger(t.substring(2), 16).doubleValue();
            }
            if (OCTAL.matcher(t).matches()) {
                return new BigInteger(t.substring(2), 8).doubleValue();
            }
            if (BINARY.matcher(t).matches()) {
                return new BigInteger(t.substring(2), 2).doubleValue();
            }
            return Double.NaN;
        }
        return isDecimalLiteral(t) ? Double.parseDouble(t) : Double.NaN;
    }

    /** StrDecimalLiteral without Infinity: sign, digits with an optional dot, optional exponent. A linear scan. */
    private static boolean isDecimalLiteral(String t) {
        int i = 0;
        int n = t.length();
        if (t.charAt(0) == '+' || t.charAt(0) == '-') {
            i++;
        }
        int intDigits = 0;
        while (i < n && isDigit(t.charAt(i))) {
            i++;
            intDigits++;
        }
        int fracDigits = 0;
        if (i < n && t.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(t.charAt(i))) {
                i++;
                fracDigits++;
            }
        }
        if (intDigits + fracDigits == 0) {
            return false;
        }
        if (i < n && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
            i++;
            if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
                i++;
            }
            int expDigits = 0;
            while (i < n && isDigit(t.charAt(i))) {
                i++;
                expDigits++;
            }
            if (expDigits == 0) {
                return false;
            }
        }
        return i == n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** JavaScript's ToIntegerOrInfinity. */
    public static double toIntegerOrInfinity(double d) {
        if (Double.isNaN(d)) {
            return 0;
        }
        if (Double.isInfinite(d)) {
            return d;
        }
        double t = d < 0 ? Math.ceil(d) : Math.floor(d);
        return t == 0 ? 0 : t;
    }

    /** Math.round: halves go up (towards +Infinity), NaN and infinities pass through, -0 is kept. */
    public static double round(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x) || Math.abs(x) >= 4.503599627370496E15) {
            return x;
        }
        double r = Math.floor(x);
        if (x - r >= 0.5) {
            r += 1;
        }
        if (r == 0 && (x < 0 || (x == 0 && 1 / x < 0))) {
            return -0.0;
        }
        return r;
    }

    /** Resolves a relative index the way slice/splice do: negative counts from the end, then clamped. */
    public static int relativeIndex(double rel, int length) {
        double r = toIntegerOrInfinity(rel);
        if (r < 0) {
            return (int) Math.max(length + r, 0);
        }
        return (int) Math.min(r, length);
    }
}
