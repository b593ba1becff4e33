package dk.opdag.experiment.check;

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
                if (!matches(expected.get(i), list.get(i), tolerance)) {
                    return false;
                }
            }
            return true;
        }
        if (actual instanceof JsList || actual instanceof Nil) {
            return false;
        }
        return Js.toStr(actual).trim().equals(expected.asString().trim());
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
