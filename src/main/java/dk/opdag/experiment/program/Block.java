package dk.opdag.experiment.program;

import dk.opdag.experiment.js.Js;
import java.util.List;
import java.util.Map;

/**
 * One block of a program.
 *
 * @param id         Blockly's block id; trace events point back to it
 * @param type       block type, e.g. {@code controls_repeat_ext}
 * @param fields     field values as text; variable fields hold the variable's name (not its id)
 * @param inputs     connected blocks per input name; a value input holds one block, a statement input
 *                   the whole chain of blocks (Blockly's {@code next} links flattened into a list)
 * @param mutation   the mutator state (item counts, else-if count, procedure name and parameters), read once by
 *                   the parser from whatever form Blockly saved it in; {@link Mutation#NONE} for other blocks
 * @param shadow     true for shadow blocks (the grey default blocks), which do not count towards block limits
 * @param enabled    false for disabled blocks, which Blockly's generator skips
 * @param number     for {@code math_number}: its NUM field as the generated source reads it (JavaScript's Number(),
 *                   and -0 written as 0); null for other blocks. Parsed once, because loops evaluate it often
 * @param varKey     the variable a VAR field names, lower-cased (Blockly matches names case-insensitively), with
 *                   Blockly's default name when the field is missing; null for blocks without variables
 */
public record Block(
        String id,
        String type,
        Map<String, String> fields,
        Map<String, List<Block>> inputs,
        Mutation mutation,
        boolean shadow,
        boolean enabled,
        Double number,
        String varKey) {

    public Block {
        fields = Map.copyOf(fields);
        inputs = Map.copyOf(inputs);
    }

    /** A block with its derived values worked out from the fields. */
    public Block(String id, String type, Map<String, String> fields, Map<String, List<Block>> inputs,
                 Mutation mutation, boolean shadow, boolean enabled) {
        this(id, type, fields, inputs, mutation, shadow, enabled, number(type, fields), varKey(type, fields));
    }

    private static Double number(String type, Map<String, String> fields) {
        if (!type.equals("math_number")) {
            return null;
        }
        double d = Js.toNumber(fields.getOrDefault("NUM", "0"));
        return d == 0 ? 0.0 : d;
    }

    private static String varKey(String type, Map<String, String> fields) {
        String name = fields.get("VAR");
        if (name == null) {
            name = switch (type) {
                case "controls_for" -> "i";
                case "controls_forEach" -> "j";
                default -> "item";
            };
        }
        return MutationReader.key(name);
    }

    /** Field value, or the given default when the field is absent. */
    public String field(String name, String defaultValue) {
        String v = fields.get(name);
        return v == null ? defaultValue : v;
    }

    /** The enabled block connected to a value input, or null when nothing (or only a disabled block) is there. */
    public Block input(String name) {
        List<Block> chain = inputs.get(name);
        if (chain == null || chain.isEmpty()) {
            return null;
        }
        Block b = chain.getFirst();
        return b.enabled() ? b : null;
    }

    /** The chain of blocks in a statement input (may contain disabled blocks, which execution skips). */
    public List<Block> statements(String name) {
        List<Block> chain = inputs.get(name);
        return chain == null ? List.of() : chain;
    }
}
