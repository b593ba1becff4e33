package dk.opdag.experiment.world;

import dk.opdag.experiment.check.CheckFields;
import dk.opdag.experiment.check.GoalCheck;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A kind of experiment world (turtle, robot, greenhouse, ...). Stateless; {@link #create} makes the state for a run.
 * Implementations are registered in {@link Worlds}. Each world is a room: its package holds the world, its state and
 * checks and its blocks file; its drawing is one browser module (see {@code package-info} of this package).
 */
public interface World {

    /** Registry id, e.g. {@code "turtle"}. */
    String id();

    /** Danish name shown to pupils, e.g. "Skildpadde-tegning". */
    String displayName();

    /**
     * The world's own block types, as its blocks file defines them; Blockly's standard blocks are always allowed
     * besides these.
     */
    default Set<String> blockTypes() {
        return BlockDefinitions.typesOf(id());
    }

    /** Classpath resource of the world's blocks file ({@link WorldBlocks}): {@code blocks.json} in its package. */
    default String blocksResource() {
        return "/" + getClass().getPackageName().replace('.', '/') + "/" + WorldBlocks.FILE;
    }

    /**
     * The browser module that draws this world, relative to the project's {@code frontend/} folder (as in
     * {@code @JsModule}), e.g. {@code "./opdag-world/turtle.js"}; registered in {@code opdag-world.js}. Empty when the
     * shared output panel is all the world shows (console).
     */
    Optional<String> drawing();

    /** Goal check types this world understands besides the general ones. */
    Set<String> checkTypes();

    /**
     * Reads one of this world's own goal checks (a type in {@link #checkTypes()}); empty for other types.
     *
     * @throws dk.opdag.experiment.check.GoalCheckException when the check's fields are wrong (Danish, for the author)
     */
    default Optional<GoalCheck> readCheck(String type, CheckFields fields) {
        return Optional.empty();
    }

    /**
     * Builds the start state for one run.
     *
     * @param startState world-specific JSON from the experiment (may be a missing/empty node for defaults)
     * @param seed       seed for anything random in the world
     * @throws StartStateException when the start state is malformed (message in Danish, for the teacher)
     */
    WorldState create(JsonNode startState, long seed);
}
