package dk.opdag.experiment.program;

import dk.opdag.experiment.js.Js;
import java.util.List;
import java.util.Map;

/**
 * One block of a program: a clean node the parser built once, so the interpreter reads values, not Blockly's
 * serialisation. Compared by identity (a node in a tree, not a value).
 */
public final class Block {

    private final String id;
    private final String type;
    private final Kind kind;
    private final Map<String, String> fields;
    private final Map<String, List<Block>> inputs;
    private final Mutation mutation;
    private final boolean shadow;
    private final boolean enabled;
    private final Double number;
    private final String varKey;
    private final int varSlot;
    /**
     * Inputs and fields again as parallel arrays: a scan of a few interned names beats a hash lookup on every step,
     * and a value input's block is one load away.
     */
    private final String[] inputNames;
    private final List<?>[] inputChains;
    private final Block[] inputValues;
    private final String[] fieldNames;
    private final String[] fieldValues;

    /**
     * @param id       Blockly's block id; trace events point back to it
     * @param type     block type, e.g. {@code controls_repeat_ext}
     * @param fields   field values as text; variable fields hold the variable's name (not its id)
     * @param inputs   connected blocks per input name; a value input holds one block, a statement input the whole
     *                 chain of blocks (Blockly's {@code next} links flattened into a list)
     * @param mutation the mutator state (item counts, else-if count, procedure name and parameters), read once by
     *                 the parser from whatever form Blockly saved it in; {@link Mutation#NONE} for other blocks
     * @param shadow   true for shadow blocks (the grey default blocks), which do not count towards block limits
     * @param enabled  false for disabled blocks, which Blockly's generator skips
     * @param varSlot  the program's number for the variable {@link #varKey} names (see {@link Program#slotKeys})
     */
    public Block(String id, String type, Map<String, String> fields, Map<String, List<Block>> inputs,
                 Mutation mutation, boolean shadow, boolean enabled, int varSlot) {
        this.id = id;
        this.type = type;
        this.kind = Kind.of(type);
        this.fields = Map.copyOf(fields);
        this.mutation = mutation;
        this.shadow = shadow;
        this.enabled = enabled;
        this.number = number(type, this.fields);
        this.varKey = variableKey(type, this.fields);
        this.varSlot = varSlot;
        this.inputNames = new String[inputs.size()];
        this.inputChains = new List<?>[inputs.size()];
        this.inputValues = new Block[inputs.size()];
        Map<String, List<Block>> copy = new java.util.LinkedHashMap<>();
        int i = 0;
        for (Map.Entry<String, List<Block>> e : inputs.entrySet()) {
            List<Block> chain = List.copyOf(e.getValue());
            copy.put(e.getKey(), chain);
            inputNames[i] = e.getKey().intern();
            inputChains[i] = chain;
            inputValues[i] = chain.isEmpty() || !chain.getFirst().enabled ? null : chain.getFirst();
            i++;
        }
        this.inputs = java.util.Collections.unmodifiableMap(copy);
        this.fieldNames = new String[this.fields.size()];
        this.fieldValues = new String[this.fields.size()];
        int f = 0;
        for (Map.Entry<String, String> e : this.fields.entrySet()) {
            fieldNames[f] = e.getKey().intern();
            fieldValues[f] = e.getValue();
            f++;
        }
    }

    public String id() {
        return id;
    }

    public String type() {
        return type;
    }

    /** What the block is, for dispatch. */
    public Kind kind() {
        return kind;
    }

    public Map<String, String> fields() {
        return fields;
    }

    public Map<String, List<Block>> inputs() {
        return inputs;
    }

    public Mutation mutation() {
        return mutation;
    }

    public boolean shadow() {
        return shadow;
    }

    public boolean enabled() {
        return enabled;
    }

    /**
     * For {@code math_number}: its NUM field as the generated source reads it (JavaScript's Number(), and -0
     * written as 0); null for other blocks. Parsed once, because loops evaluate it often.
     */
    public Double number() {
        return number;
    }

    /**
     * The variable a VAR field names, lower-cased and interned (Blockly matches names case-insensitively), with
     * Blockly's default name when the field is missing.
     */
    public String varKey() {
        return varKey;
    }

    /** The program's number for the variable in {@link #varKey}: an index into the interpreter's globals. */
    public int varSlot() {
        return varSlot;
    }

    private static Double number(String type, Map<String, String> fields) {
        if (!type.equals("math_number")) {
            return null;
        }
        double d = Js.toNumber(fields.getOrDefault("NUM", "0"));
        return d == 0 ? 0.0 : d;
    }

    /** The key of the variable a block with these fields names (see {@link #varKey}). */
    static String variableKey(String type, Map<String, String> fields) {
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
        String[] names = fieldNames;
        for (int i = 0; i < names.length; i++) {
            if (names[i] == name) {
                return fieldValues[i];
            }
        }
        String v = names.length == 0 ? null : fields.get(name); // a name built at run time, not a literal
        return v == null ? defaultValue : v;
    }

    /** The enabled block connected to a value input, or null when nothing (or only a disabled block) is there. */
    public Block input(String name) {
        String[] names = inputNames;
        for (int i = 0; i < names.length; i++) {
            if (names[i] == name) {
                return inputValues[i];
            }
        }
        List<Block> chain = chain(name);
        if (chain == null || chain.isEmpty()) {
            return null;
        }
        Block b = chain.getFirst();
        return b.enabled ? b : null;
    }

    /** The chain of blocks in a statement input (may contain disabled blocks, which execution skips). */
    public List<Block> statements(String name) {
        List<Block> chain = chain(name);
        return chain == null ? List.of() : chain;
    }

    @SuppressWarnings("unchecked")
    private List<Block> chain(String name) {
        String[] names = inputNames;
        for (int i = 0; i < names.length; i++) {
            if (names[i] == name) {
                return (List<Block>) inputChains[i];
            }
        }
        for (int i = 0; i < names.length; i++) { // a name built at run time, not a literal: compare the text
            if (names[i].equals(name)) {
                return (List<Block>) inputChains[i];
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return "Block[" + type + " " + id + "]";
    }
}
