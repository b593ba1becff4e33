package dk.opdag.experiment.world;

import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A kind of experiment world (turtle, robot, greenhouse, ...). Stateless; {@link #create} makes the state for a run.
 * Implementations are registered in {@link Worlds}.
 */
public interface World {

    /** Registry id, e.g. {@code "turtle"}. */
    String id();

    /** Danish name shown to pupils, e.g. "Skildpadde-tegning". */
    String displayName();

    /** The world's own block types; Blockly's standard blocks are always allowed besides these. */
    Set<String> blockTypes();

    /** Goal check types this world understands besides the general ones. */
    Set<String> checkTypes();

    /**
     * Builds the start state for one run.
     *
     * @param startState world-specific JSON from the experiment (may be a missing/empty node for defaults)
     * @param seed       seed for anything random in the world
     * @throws StartStateException when the start state is malformed (message in Danish, for the teacher)
     */
    WorldState create(JsonNode startState, long seed);
}
