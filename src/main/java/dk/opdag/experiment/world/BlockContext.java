package dk.opdag.experiment.world;

import dk.opdag.experiment.Message;
import dk.opdag.experiment.js.JsRandom;
import dk.opdag.experiment.program.Block;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a world's block implementation may use while the interpreter runs one of its blocks.
 * Values are JavaScript values as described in {@link dk.opdag.experiment.js.Js}.
 */
public interface BlockContext {

    /** The block being run. */
    Block block();

    /** Evaluates a value input; {@code defaultValue} when nothing is connected. */
    Object value(String input, Object defaultValue);

    /** Evaluates a value input and converts it like JavaScript's Number(); the default when nothing is connected. */
    double number(String input, double defaultValue);

    /** Evaluates a value input and converts it like JavaScript's String(). */
    String text(String input, String defaultValue);

    /** Field value of the block, or the default. */
    String field(String name, String defaultValue);

    /**
     * False when the run's trace is full, so further events would be dropped: a world may then skip building
     * event data in its hot paths (an endless loop of moves).
     */
    default boolean tracing() {
        return true;
    }

    /** Records a trace event caused by this block. */
    void trace(String kind, ObjectNode data);

    /** Fresh JSON object for trace data. */
    ObjectNode newData();

    /** Shows a friendly warning (a key in the engine bundle) once per block and message; the program keeps running. */
    void warn(Message message);

    /** Adds a line to the program's output. */
    void print(String line);

    /** Stops the program with a message (a key in the engine bundle). Use as {@code throw ctx.fail(...)}. */
    RuntimeException fail(Message message);

    /** The run's seeded random generator. */
    JsRandom random();

    /** Counts extra work (for bulk operations), so the step budget also covers expensive blocks. */
    void charge(int workUnits);
}
