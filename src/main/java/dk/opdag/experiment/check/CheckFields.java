package dk.opdag.experiment.check;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Typed access to one goal check's fields, with errors that name the rule ("Regel 2 (polygon): ..."), for
 * {@link GoalCheckParser} and the worlds' own check readers.
 *
 * @param node   the check's JSON object
 * @param prefix the start of every error message, naming the rule
 */
public record CheckFields(JsonNode node, String prefix) {

    public GoalCheckException error(String what) {
        return new GoalCheckException(prefix + what);
    }

    public JsonNode present(String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isMissingNode()) {
            throw error("mangler '" + name + "'.");
        }
        return v;
    }

    public String text(String name) {
        JsonNode v = present(name);
        if (!v.isValueNode() || v.isNull()) {
            throw error("'" + name + "' skal være en tekst.");
        }
        return v.asString();
    }

    public List<String> texts(String name) {
        JsonNode v = present(name);
        if (!v.isArray()) {
            throw error("'" + name + "' skal være en liste af tekster.");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode e : v) {
            if (!e.isValueNode() || e.isNull()) {
                throw error("'" + name + "' må kun indeholde tekster.");
            }
            out.add(e.asString());
        }
        return out;
    }

    public double number(String name) {
        JsonNode v = present(name);
        double d = toDouble(v);
        if (Double.isNaN(d)) {
            throw error("'" + name + "' skal være et tal.");
        }
        return d;
    }

    public boolean optionalFlag(String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isMissingNode()) {
            return false;
        }
        if (!v.isBoolean()) {
            throw error("'" + name + "' skal være true eller false.");
        }
        return v.booleanValue();
    }

    /** {@code loose: true} compares texts without case, spacing and final punctuation. */
    public TextMatch match() {
        return optionalFlag("loose") ? TextMatch.LOOSE : TextMatch.EXACT;
    }

    public double optionalNumber(String name, double defaultValue) {
        return node.has(name) ? number(name) : defaultValue;
    }

    public int integer(String name, int min) {
        double d = number(name);
        if (d != Math.floor(d) || d < min || d > Integer.MAX_VALUE) {
            throw error("'" + name + "' skal være et helt tal på mindst " + min + ".");
        }
        return (int) d;
    }

    public int optionalInteger(String name, int defaultValue) {
        return node.has(name) ? integer(name, 0) : defaultValue;
    }

    private static double toDouble(JsonNode v) {
        if (v.isNumber()) {
            return v.asDouble();
        }
        if (v.isString()) {
            try {
                return Double.parseDouble(v.stringValue().trim());
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }
}
