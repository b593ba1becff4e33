package dk.opdag.curriculum.load;

import dk.opdag.experiment.world.BlockDefinitions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a block in a toolbox may be preset with, and the grey default blocks (shadows) it gets when the author
 * presets nothing, as in Blockly's own toolboxes ({@code gentag 10 gange}, {@code gå frem 50}).
 * World blocks take their inputs and fields from {@link BlockDefinitions}; standard blocks from the table here.
 */
final class ToolboxPresets {

    /** What a named argument of a block takes. */
    enum Kind { NUMBER, TEXT, BOOLEAN, LIST, ANY, FIELD, VARIABLE_FIELD }

    private static final Map<String, Map<String, Kind>> STANDARD = new LinkedHashMap<>();
    private static final Map<String, Map<String, Object>> DEFAULTS = new LinkedHashMap<>();

    static {
        standard("controls_repeat_ext", "TIMES", Kind.NUMBER);
        standard("controls_whileUntil", "MODE", Kind.FIELD, "BOOL", Kind.BOOLEAN);
        standard("controls_for", "VAR", Kind.VARIABLE_FIELD, "FROM", Kind.NUMBER, "TO", Kind.NUMBER, "BY", Kind.NUMBER);
        standard("controls_forEach", "VAR", Kind.VARIABLE_FIELD, "LIST", Kind.LIST);
        standard("controls_flow_statements", "FLOW", Kind.FIELD);
        standard("logic_compare", "OP", Kind.FIELD, "A", Kind.ANY, "B", Kind.ANY);
        standard("logic_operation", "OP", Kind.FIELD, "A", Kind.BOOLEAN, "B", Kind.BOOLEAN);
        standard("logic_negate", "BOOL", Kind.BOOLEAN);
        standard("logic_boolean", "BOOL", Kind.FIELD);
        standard("logic_ternary", "IF", Kind.BOOLEAN, "THEN", Kind.ANY, "ELSE", Kind.ANY);
        standard("math_number", "NUM", Kind.FIELD);
        standard("math_arithmetic", "OP", Kind.FIELD, "A", Kind.NUMBER, "B", Kind.NUMBER);
        standard("math_single", "OP", Kind.FIELD, "NUM", Kind.NUMBER);
        standard("math_trig", "OP", Kind.FIELD, "NUM", Kind.NUMBER);
        standard("math_constant", "CONSTANT", Kind.FIELD);
        standard("math_number_property", "PROPERTY", Kind.FIELD, "NUMBER_TO_CHECK", Kind.NUMBER);
        standard("math_round", "OP", Kind.FIELD, "NUM", Kind.NUMBER);
        standard("math_on_list", "OP", Kind.FIELD, "LIST", Kind.LIST);
        standard("math_modulo", "DIVIDEND", Kind.NUMBER, "DIVISOR", Kind.NUMBER);
        standard("math_constrain", "VALUE", Kind.NUMBER, "LOW", Kind.NUMBER, "HIGH", Kind.NUMBER);
        standard("math_random_int", "FROM", Kind.NUMBER, "TO", Kind.NUMBER);
        standard("math_change", "VAR", Kind.VARIABLE_FIELD, "DELTA", Kind.NUMBER);
        standard("text", "TEXT", Kind.FIELD);
        standard("text_print", "TEXT", Kind.ANY);
        standard("text_length", "VALUE", Kind.ANY);
        standard("text_isEmpty", "VALUE", Kind.ANY);
        standard("text_changeCase", "CASE", Kind.FIELD, "TEXT", Kind.TEXT);
        standard("text_trim", "MODE", Kind.FIELD, "TEXT", Kind.TEXT);
        standard("text_count", "SUB", Kind.TEXT, "TEXT", Kind.TEXT);
        standard("text_replace", "FROM", Kind.TEXT, "TO", Kind.TEXT, "TEXT", Kind.TEXT);
        standard("text_reverse", "TEXT", Kind.TEXT);
        standard("text_append", "VAR", Kind.VARIABLE_FIELD, "TEXT", Kind.ANY);
        standard("text_indexOf", "END", Kind.FIELD, "VALUE", Kind.TEXT, "FIND", Kind.TEXT);
        standard("lists_repeat", "ITEM", Kind.ANY, "NUM", Kind.NUMBER);
        standard("lists_length", "VALUE", Kind.ANY);
        standard("lists_getIndex", "MODE", Kind.FIELD, "WHERE", Kind.FIELD, "VALUE", Kind.LIST, "AT", Kind.NUMBER);
        standard("lists_isEmpty", "VALUE", Kind.ANY);
        standard("lists_reverse", "LIST", Kind.LIST);
        standard("lists_sort", "TYPE", Kind.FIELD, "DIRECTION", Kind.FIELD, "LIST", Kind.LIST);
        standard("lists_split", "MODE", Kind.FIELD, "INPUT", Kind.ANY, "DELIM", Kind.TEXT);
        standard("lists_indexOf", "END", Kind.FIELD, "VALUE", Kind.LIST, "FIND", Kind.ANY);
        standard("variables_set", "VAR", Kind.VARIABLE_FIELD, "VALUE", Kind.ANY);
        standard("variables_get", "VAR", Kind.VARIABLE_FIELD);

        defaults("controls_repeat_ext", "TIMES", 10);
        defaults("controls_for", "FROM", 1, "TO", 10, "BY", 1);
        defaults("math_arithmetic", "A", 1, "B", 1);
        defaults("math_single", "NUM", 9);
        defaults("math_trig", "NUM", 45);
        defaults("math_round", "NUM", 3.1);
        defaults("math_number_property", "NUMBER_TO_CHECK", 0);
        defaults("math_modulo", "DIVIDEND", 64, "DIVISOR", 10);
        defaults("math_constrain", "VALUE", 50, "LOW", 1, "HIGH", 100);
        defaults("math_random_int", "FROM", 1, "TO", 100);
        defaults("math_change", "DELTA", 1);
        defaults("text_print", "TEXT", "hej");
        defaults("text_length", "VALUE", "abc");
        defaults("text_changeCase", "TEXT", "abc");
        defaults("text_trim", "TEXT", "abc");
        defaults("text_count", "SUB", "", "TEXT", "");
        defaults("text_replace", "FROM", "", "TO", "", "TEXT", "");
        defaults("text_reverse", "TEXT", "");
        defaults("lists_repeat", "NUM", 5);
        defaults("lists_split", "DELIM", ",");
        defaults("turtle_forward", "DISTANCE", 50);
        defaults("turtle_backward", "DISTANCE", 50);
        defaults("turtle_turn_right", "DEGREES", 90);
        defaults("turtle_turn_left", "DEGREES", 90);
        defaults("data_filter", "VALUE", "");
        defaults("codes_caesar", "SHIFT", 3);
        defaults("codes_count_letter", "LETTER", "e");
        defaults("chat_reply", "TEXT", "Hej!");
        defaults("chat_contains", "WORD", "hej");
        defaults("music_play_note", "NOTE", "C4", "BEATS", 1);
        defaults("music_rest", "BEATS", 1);
        defaults("music_set_tempo", "BPM", 120);
    }

    private ToolboxPresets() {
    }

    private static void standard(String type, Object... namesAndKinds) {
        Map<String, Kind> args = new LinkedHashMap<>();
        for (int i = 0; i < namesAndKinds.length; i += 2) {
            args.put((String) namesAndKinds[i], (Kind) namesAndKinds[i + 1]);
        }
        STANDARD.put(type, args);
    }

    private static void defaults(String type, Object... namesAndValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        DEFAULTS.put(type, values);
    }

    /** The inputs and fields a block type may be preset with; empty when presets are not supported for it. */
    static Optional<Map<String, Kind>> args(String type) {
        Optional<BlockDefinitions.Shape> shape = BlockDefinitions.shape(type);
        if (shape.isPresent()) {
            Map<String, Kind> args = new LinkedHashMap<>();
            for (BlockDefinitions.Arg a : shape.get().args()) {
                if (a.field()) {
                    args.put(a.name(), Kind.FIELD);
                } else if (a.valueInput()) {
                    args.put(a.name(), kindOfCheck(a.check()));
                }
            }
            return Optional.of(args);
        }
        return Optional.ofNullable(STANDARD.get(type));
    }

    /** Default shadow values by input name (numbers and texts), in order. */
    static Map<String, Object> defaults(String type) {
        return DEFAULTS.getOrDefault(type, Map.of());
    }

    private static Kind kindOfCheck(String check) {
        if (check == null) {
            return Kind.ANY;
        }
        return switch (check) {
            case "Number" -> Kind.NUMBER;
            case "String" -> Kind.TEXT;
            case "Boolean" -> Kind.BOOLEAN;
            case "Array" -> Kind.LIST;
            default -> Kind.ANY;
        };
    }

    /** Blockly's category colour (hue) for a block: the world's colour, or the standard family's. */
    static String colour(String type) {
        Optional<BlockDefinitions.Shape> shape = BlockDefinitions.shape(type);
        if (shape.isPresent()) {
            return Integer.toString(shape.get().colour());
        }
        String family = type.contains("_") ? type.substring(0, type.indexOf('_')) : type;
        return switch (family) {
            case "logic" -> "210";
            case "controls" -> "120";
            case "math" -> "230";
            case "text" -> "160";
            case "lists" -> "260";
            case "variables" -> "330";
            case "procedures" -> "290";
            default -> "0";
        };
    }
}
