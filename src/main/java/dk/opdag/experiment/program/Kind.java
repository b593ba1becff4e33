package dk.opdag.experiment.program;

/**
 * What a block is, worked out once from its type by the parser, so the interpreter dispatches on an enum instead of
 * comparing type names on every step. Families the interpreter hands on whole (other math, text and list blocks,
 * world blocks) share one kind.
 */
public enum Kind {
    CONTROLS_IF, REPEAT, WHILE_UNTIL, FOR, FOR_EACH, FLOW,
    VARIABLES_SET, VARIABLES_GET, MATH_CHANGE, TEXT_APPEND, TEXT_PRINT, LISTS_SET_INDEX,
    DEFINITION, CALL_NO_RETURN, CALL_RETURN, IF_RETURN,
    LOGIC_BOOLEAN, LOGIC_NULL, LOGIC_NEGATE, LOGIC_COMPARE, LOGIC_OPERATION, LOGIC_TERNARY,
    MATH_NUMBER, MATH_ARITHMETIC, MATH_OTHER, TEXT_OTHER, LISTS_OTHER,
    /** A block of the experiment's world (or a type no one knows, which the world refuses). */
    WORLD;

    static Kind of(String type) {
        return switch (type) {
            case "controls_if" -> CONTROLS_IF;
            case "controls_repeat_ext", "controls_repeat" -> REPEAT;
            case "controls_whileUntil" -> WHILE_UNTIL;
            case "controls_for" -> FOR;
            case "controls_forEach" -> FOR_EACH;
            case "controls_flow_statements" -> FLOW;
            case "variables_set" -> VARIABLES_SET;
            case "variables_get" -> VARIABLES_GET;
            case "math_change" -> MATH_CHANGE;
            case "text_append" -> TEXT_APPEND;
            case "text_print" -> TEXT_PRINT;
            case "lists_setIndex" -> LISTS_SET_INDEX;
            case "procedures_defnoreturn", "procedures_defreturn" -> DEFINITION;
            case "procedures_callnoreturn" -> CALL_NO_RETURN;
            case "procedures_callreturn" -> CALL_RETURN;
            case "procedures_ifreturn" -> IF_RETURN;
            case "logic_boolean" -> LOGIC_BOOLEAN;
            case "logic_null" -> LOGIC_NULL;
            case "logic_negate" -> LOGIC_NEGATE;
            case "logic_compare" -> LOGIC_COMPARE;
            case "logic_operation" -> LOGIC_OPERATION;
            case "logic_ternary" -> LOGIC_TERNARY;
            case "math_number" -> MATH_NUMBER;
            case "math_arithmetic" -> MATH_ARITHMETIC;
            case "text" -> TEXT_OTHER;
            default -> type.startsWith("math_") ? MATH_OTHER
                    : type.startsWith("text_") ? TEXT_OTHER
                    : type.startsWith("lists_") ? LISTS_OTHER
                    : WORLD;
        };
    }
}
