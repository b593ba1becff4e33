package dk.opdag.experiment.interpreter;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Blockly's standard block types the engine supports in every world, and Danish names for messages. */
public final class StandardBlocks {

    /** Blocks that produce a value. */
    public static final Set<String> VALUE_TYPES = Set.of(
            "logic_compare", "logic_operation", "logic_negate", "logic_boolean", "logic_null", "logic_ternary",
            "math_number", "math_arithmetic", "math_single", "math_trig", "math_constant", "math_number_property",
            "math_round", "math_on_list", "math_modulo", "math_constrain", "math_random_int", "math_random_float",
            "math_atan2",
            "text", "text_join", "text_length", "text_isEmpty", "text_indexOf", "text_charAt", "text_getSubstring",
            "text_changeCase", "text_trim", "text_count", "text_replace", "text_reverse",
            "lists_create_empty", "lists_create_with", "lists_repeat", "lists_length", "lists_isEmpty",
            "lists_indexOf", "lists_getIndex", "lists_getSublist", "lists_split", "lists_sort", "lists_reverse",
            "variables_get", "procedures_callreturn");

    /** Blocks that are statements (or definitions). lists_getIndex is both, depending on its mode. */
    public static final Set<String> STATEMENT_TYPES = Set.of(
            "controls_if", "controls_repeat_ext", "controls_repeat", "controls_whileUntil", "controls_for",
            "controls_forEach", "controls_flow_statements",
            "variables_set", "math_change", "text_append", "text_print", "lists_setIndex",
            "procedures_defnoreturn", "procedures_defreturn", "procedures_callnoreturn", "procedures_ifreturn");

    /** Every standard type. */
    public static final Set<String> ALL;

    static {
        Set<String> all = new HashSet<>(VALUE_TYPES);
        all.addAll(STATEMENT_TYPES);
        ALL = Set.copyOf(all);
    }

    private static final Map<String, String> DANISH_NAMES = Map.ofEntries(
            Map.entry("controls_if", "hvis"),
            Map.entry("controls_repeat_ext", "gentag"),
            Map.entry("controls_repeat", "gentag"),
            Map.entry("controls_whileUntil", "gentag mens/indtil"),
            Map.entry("controls_for", "tæl med"),
            Map.entry("controls_forEach", "for hvert element"),
            Map.entry("controls_flow_statements", "bryd ud af løkke"),
            Map.entry("text_print", "skriv"),
            Map.entry("text_length", "længden af"),
            Map.entry("lists_length", "længden af"),
            Map.entry("math_arithmetic", "regnestykke"),
            Map.entry("lists_getIndex", "hent fra liste"),
            Map.entry("lists_setIndex", "sæt i liste"),
            Map.entry("procedures_ifreturn", "hvis returnér"),
            Map.entry("procedures_callnoreturn", "kald funktion"),
            Map.entry("procedures_callreturn", "kald funktion"));

    private StandardBlocks() {
    }

    /** Danish name of a block type for messages, or the type itself. */
    public static String danishName(String type) {
        return DANISH_NAMES.getOrDefault(type, type);
    }
}
