package dk.opdag.experiment.check;

import dk.opdag.experiment.Message;
import dk.opdag.experiment.js.Js;
import dk.opdag.experiment.js.JsList;
import dk.opdag.experiment.js.Nil;
import tools.jackson.databind.JsonNode;

/** Compares a program value with an expected JSON value from a goal check. */
public final class ValueMatcher {

    private ValueMatcher() {
    }

    /**
     * Numbers match within the tolerance (text that looks like the number matches too), texts match after trimming,
     * lists match element by element, null matches null.
     */
    public static boolean matches(JsonNode expected, Object actual, double tolerance) {
        return matches(expected, actual, tolerance, false, TextMatch.EXACT);
    }

    /**
     * Like {@link #matches(JsonNode, Object, double)}; texts compare by {@code match}, and a list matches in any
     * order when {@code anyOrder} (as a collection: each expected item used once).
     */
    public static boolean matches(JsonNode expected, Object actual, double tolerance, boolean anyOrder,
                                  TextMatch match) {
        if (anyOrder && expected != null && expected.isArray()) {
            if (!(actual instanceof JsList list) || list.size() != expected.size()) {
                return false;
            }
            java.util.List<Object> left = new java.util.ArrayList<>(list.values());
            for (JsonNode e : expected) {
                int at = -1;
                for (int i = 0; i < left.size() && at < 0; i++) {
                    if (matches(e, left.get(i), tolerance, false, match)) {
                        at = i;
                    }
                }
                if (at < 0) {
                    return false;
                }
                left.remove(at);
            }
            return true;
        }
        return matchesInOrder(expected, actual, tolerance, match);
    }

    private static boolean matchesInOrder(JsonNode expected, Object actual, double tolerance, TextMatch match) {
        if (expected == null || expected.isNull()) {
            return actual == Nil.NULL;
        }
        if (expected.isNumber()) {
            if (actual instanceof JsList || actual instanceof Nil || actual instanceof Boolean) {
                return false;
            }
            double d = Js.toNumber(actual);
            double e = expected.asDouble();
            return d == e || Math.abs(d - e) <= tolerance;
        }
        if (expected.isBoolean()) {
            return actual instanceof Boolean b && b == expected.asBoolean();
        }
        if (expected.isArray()) {
            if (!(actual instanceof JsList list) || list.size() != expected.size()) {
                return false;
            }
            for (int i = 0; i < list.size(); i++) {
                if (!matchesInOrder(expected.get(i), list.get(i), tolerance, match)) {
                    return false;
                }
            }
            return true;
        }
        if (actual instanceof JsList || actual instanceof Nil) {
            return false;
        }
        return match.same(expected.asString().trim(), Js.toStr(actual).trim());
    }

    /**
     * How a wrong value differs from the expected one, without the expected value (see {@link Differences});
     * null when nothing in particular stands out.
     */
    public static Message difference(JsonNode expected, Object actual, boolean loose) {
        if (expected == null || expected.isNull()) {
            return null;
        }
        if (expected.isArray()) {
            if (!(actual instanceof JsList list)) {
                return Message.of("engine.diff.answer-list");
            }
            java.util.List<String> e = new java.util.ArrayList<>();
            expected.forEach(x -> e.add(show(x)));
            java.util.List<String> a = list.values().stream().map(Js::toStr).toList();
            return Differences.listHow(e, a, loose);
        }
        if (actual instanceof JsList) {
            return Message.of("engine.diff.answer-one-value");
        }
        if (expected.isNumber()) {
            return Differences.numberHow(expected.asDouble(), actual instanceof Nil ? Double.NaN : Js.toNumber(actual));
        }
        return Differences.textHow(expected.asString(), Js.toStr(actual));
    }

    /** The expected value as a pupil would write it, for messages. */
    public static String show(JsonNode expected) {
        if (expected == null || expected.isNull()) {
            return "null";
        }
        if (expected.isArray()) {
            StringBuilder sb = new StringBuilder();
            for (JsonNode e : expected) {
                if (!sb.isEmpty()) {
                    sb.append(',');
                }
                sb.append(show(e));
            }
            return sb.toString();
        }
        if (expected.isNumber()) {
            return Js.toStr(expected.asDouble());
        }
        return expected.asString();
    }
}
