package dk.opdag.experiment.interpreter;

import java.util.List;

/**
 * One function call's parameters, the only local variables in Blockly's generated code. A function has a handful at
 * most, so a scan of an array beats a hash map, and a call allocates one small object instead of a map.
 */
final class Frame {

    private final List<String> keys;
    private final Object[] values;

    /**
     * @param keys   the parameters' variable keys, lower-cased and interned by the parser like every variable key,
     *               so comparing references is enough
     * @param values the arguments, as many as the call passed; parameters beyond them are undefined
     */
    Frame(List<String> keys, Object[] args) {
        this.keys = keys;
        this.values = new Object[keys.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = i < args.length ? args[i] : dk.opdag.experiment.js.Nil.UNDEFINED;
        }
    }

    /**
     * The slot of a parameter, or -1. Searched from the end: with a repeated parameter name the last one wins, as in
     * a sloppy-mode JavaScript function.
     */
    int slot(String key) {
        for (int i = keys.size() - 1; i >= 0; i--) {
            if (keys.get(i) == key) {
                return i;
            }
        }
        return -1;
    }

    Object get(int slot) {
        return values[slot];
    }

    void set(int slot, Object value) {
        values[slot] = value;
    }
}
