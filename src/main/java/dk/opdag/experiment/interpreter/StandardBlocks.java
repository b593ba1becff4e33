package dk.opdag.experiment.interpreter;

import dk.opdag.experiment.Message;
import java.util.HashSet;
import java.util.Set;

/** Blockly's standard block types the engine supports in every world, and their names for messages. */
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

    /** Types with a name in the engine bundle ({@code engine.block-name.<type>}). */
    private static final Set<String> NAMED = Set.of("controls_if", "controls_repeat_ext", "controls_repeat",
            "controls_whileUntil", "controls_for", "controls_forEach", "controls_flow_statements", "text_print",
            "text_length", "lists_length", "math_arithmetic", "lists_getIndex", "lists_setIndex",
            "procedures_ifreturn", "procedures_callnoreturn", "procedures_callreturn");

    private StandardBlocks() {
    }

    /** The name of a block type for messages (a message), or the type itself. */
    public static Object name(String type) {
        return NAMED.contains(type) ? Message.of("engine.block-name." + type) : type;
    }
}
