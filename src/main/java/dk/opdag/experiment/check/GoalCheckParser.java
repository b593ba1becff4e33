package dk.opdag.experiment.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Parses goal checks from JSON, or from a YAML document read into a Jackson tree.
 * Every problem is reported as a {@link GoalCheckException} naming the rule, e.g.
 * "Regel 2 (polygon): 'sides' skal være et helt tal på mindst 3."
 */
public final class GoalCheckParser {

    private static final Map<String, String[]> SENSOR_LIMITS = Map.of(
            "temperature_max", new String[] {"temperature", "max"},
            "temperature_min", new String[] {"temperature", "min"},
            "moisture_max", new String[] {"moisture", "max"},
            "moisture_min", new String[] {"moisture", "min"},
            "light_min", new String[] {"light", "min"});

    /** A note name as the music world reads it (Pitch): C4, F#3, Bb5, H4. */
    private static final java.util.regex.Pattern NOTE = java.util.regex.Pattern.compile("[A-Ha-h][#b]?[0-8]");

    private GoalCheckParser() {
    }

    /** Parses an array of checks (a missing or null node gives no checks). */
    public static List<GoalCheck> parseAll(JsonNode checks) {
        List<GoalCheck> out = new ArrayList<>();
        if (checks == null || checks.isMissingNode() || checks.isNull()) {
            return out;
        }
        if (!checks.isArray()) {
            throw new GoalCheckException("Reglerne (checks) skal være en liste.");
        }
        int i = 1;
        for (JsonNode c : checks) {
            out.add(parse(c, i++));
        }
        return out;
    }

    /** Parses one check; {@code ruleNumber} (1-based) is used in error messages. */
    public static GoalCheck parse(JsonNode node, int ruleNumber) {
        if (node == null || !node.isObject()) {
            throw new GoalCheckException("Regel " + ruleNumber + ": skal være et objekt med en 'type'.");
        }
        JsonNode typeNode = node.get("type");
        if (typeNode == null || !typeNode.isString() || typeNode.stringValue().isBlank()) {
            throw new GoalCheckException("Regel " + ruleNumber + ": mangler 'type'.");
        }
        String type = typeNode.stringValue();
        Fields f = new Fields(node, "Regel " + ruleNumber + " (" + type + "): ");
        if (SENSOR_LIMITS.containsKey(type)) {
            String[] spec = SENSOR_LIMITS.get(type);
            return new GoalCheck.SensorLimit(type, spec[0], spec[1].equals("max"), f.number(spec[1]));
        }
        return switch (type) {
            case "output_equals" -> new GoalCheck.OutputEquals(f.texts("lines"), f.optionalFlag("secret"),
                    f.match(), f.optionalFlag("anyOrder"), f.optionalNumber("tolerance", 0));
            case "output_contains" -> new GoalCheck.OutputContains(f.text("text"));
            case "max_blocks" -> new GoalCheck.MaxBlocks(f.integer("max", 1));
            case "max_steps" -> new GoalCheck.MaxSteps(f.integer("max", 1));
            case "no_error" -> new GoalCheck.NoError();
            case "variable_equals" -> new GoalCheck.VariableEquals(f.text("variable"), f.present("value"),
                    f.optionalNumber("tolerance", 1e-9));
            case "polygon" -> {
                int sides = f.integer("sides", 3);
                double length = f.number("length");
                if (length <= 0) {
                    throw f.error("'length' skal være større end 0.");
                }
                yield new GoalCheck.Polygon(sides, length, f.optionalNumber("tolerance", 1),
                        f.optionalNumber("angleTolerance", 1));
            }
            case "closed_shape" -> new GoalCheck.ClosedShape(f.optionalNumber("tolerance", 1));
            case "segment_count" -> {
                int min = f.optionalInteger("min", 0);
                int max = f.optionalInteger("max", Integer.MAX_VALUE);
                if (!f.node.has("min") && !f.node.has("max")) {
                    throw f.error("angiv 'min' og/eller 'max'.");
                }
                if (min > max) {
                    throw f.error("'min' må ikke være større end 'max'.");
                }
                yield new GoalCheck.SegmentCount(min, max);
            }
            case "reach_flag" -> new GoalCheck.ReachFlag();
            case "collect_all_items" -> new GoalCheck.CollectAllItems();
            case "lamp_off_when_light_above" -> new GoalCheck.LampOffWhenBright(f.number("light"));
            case "answer_equals" -> new GoalCheck.AnswerEquals(f.present("value"), f.optionalNumber("tolerance", 1e-9),
                    f.optionalFlag("anyOrder"), f.match());
            case "replies_equal" -> new GoalCheck.RepliesEqual(f.texts("replies"), f.match());
            case "notes_equal" -> parseNotes(f);
            case "total_beats" -> new GoalCheck.TotalBeats(f.number("beats"), f.optionalNumber("tolerance", 1e-9));
            case "repeated_motif" -> {
                int length = f.optionalInteger("length", 3);
                int times = f.optionalInteger("times", 2);
                if (length < 1 || times < 2) {
                    throw f.error("'length' skal være mindst 1 node og 'times' mindst 2 gange.");
                }
                yield new GoalCheck.RepeatedMotif(length, times);
            }
            default -> throw new GoalCheckException("Regel " + ruleNumber + ": ukendt type '" + type + "'.");
        };
    }

    /** Notes as ["C4", "D4"] or [{"note": "C4", "beats": 1}, ...]. */
    private static GoalCheck parseNotes(Fields f) {
        JsonNode arr = f.present("notes");
        if (!arr.isArray() || arr.isEmpty()) {
            throw f.error("'notes' skal være en ikke-tom liste af noder, fx [\"C4\", \"E4\"].");
        }
        List<String> notes = new ArrayList<>();
        List<Double> beats = new ArrayList<>();
        boolean withBeats = true;
        for (JsonNode n : arr) {
            String name = n.isString() ? n.stringValue() : n.isObject() && n.path("note").isString()
                    ? n.path("note").stringValue() : null;
            if (name != null && !NOTE.matcher(name.trim()).matches()) {
                throw f.error("'" + name + "' er ikke en node. Skriv et bogstav fra A til H og et tal, fx \"C4\" "
                        + "eller \"F#4\".");
            }
            if (n.isString()) {
                notes.add(name);
                withBeats = false;
            } else if (name != null) {
                notes.add(name);
                if (n.path("beats").isNumber() && n.path("beats").asDouble() > 0) {
                    beats.add(n.path("beats").asDouble());
                } else if (n.has("beats")) {
                    throw f.error("'beats' for " + name + " skal være et tal større end 0.");
                } else {
                    withBeats = false;
                }
            } else {
                throw f.error("hver node skal være en tekst som \"C4\" eller {\"note\": \"C4\", \"beats\": 1}.");
            }
        }
        return new GoalCheck.NotesEqual(notes, withBeats ? beats : null);
    }

    /** Typed access to a check's fields with errors that name the rule. */
    private record Fields(JsonNode node, String prefix) {

        GoalCheckException error(String what) {
            return new GoalCheckException(prefix + what);
        }

        JsonNode present(String name) {
            JsonNode v = node.get(name);
            if (v == null || v.isMissingNode()) {
                throw error("mangler '" + name + "'.");
            }
            return v;
        }

        String text(String name) {
            JsonNode v = present(name);
            if (!v.isValueNode() || v.isNull()) {
                throw error("'" + name + "' skal være en tekst.");
            }
            return v.asString();
        }

        List<String> texts(String name) {
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

        double number(String name) {
            JsonNode v = present(name);
            double d = toDouble(v);
            if (Double.isNaN(d)) {
                throw error("'" + name + "' skal være et tal.");
            }
            return d;
        }

        boolean optionalFlag(String name) {
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
        TextMatch match() {
            return optionalFlag("loose") ? TextMatch.LOOSE : TextMatch.EXACT;
        }

        double optionalNumber(String name, double defaultValue) {
            return node.has(name) ? number(name) : defaultValue;
        }

        int integer(String name, int min) {
            double d = number(name);
            if (d != Math.floor(d) || d < min || d > Integer.MAX_VALUE) {
                throw error("'" + name + "' skal være et helt tal på mindst " + min + ".");
            }
            return (int) d;
        }

        int optionalInteger(String name, int defaultValue) {
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
}
