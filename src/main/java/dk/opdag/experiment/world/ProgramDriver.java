package dk.opdag.experiment.world;

/** Lets a world decide when the pupil's program runs: once, or once per tick/message via hat blocks. */
public interface ProgramDriver {

    /** Runs the top-level stacks once (procedure definitions and hat blocks excluded). */
    void runMain();

    /** Runs the statements inside every top-level hat block of this type, in workspace order. */
    void runHandlers(String hatType);

    /** True when the program has at least one enabled top-level hat block of this type. */
    boolean hasHandlers(String hatType);

    /** Records a trace event of the world itself (not caused by a block), e.g. a new hour. */
    void trace(String kind, tools.jackson.databind.node.ObjectNode data);
}
