package dk.opdag.experiment;

import dk.opdag.experiment.check.GoalCheck;
import dk.opdag.experiment.check.GoalCheckException;
import dk.opdag.experiment.check.GoalCheckParser;
import dk.opdag.experiment.world.World;
import dk.opdag.experiment.world.Worlds;
import java.util.List;
import java.util.OptionalInt;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * What a teacher sets up: the world, its start state, the goal checks and an optional block limit.
 * Construction validates everything (unknown world, checks the world does not support, malformed start state),
 * so a spec that exists can always be run.
 *
 * @param worldId    world id, see {@link Worlds}
 * @param startState world-specific JSON (empty object for defaults)
 * @param checks     goal checks evaluated after the run
 * @param maxBlocks  optional limit on the number of blocks (shadow blocks not counted)
 * @param seed       seed for random blocks and random worlds
 */
public record ExperimentSpec(String worldId, JsonNode startState, List<GoalCheck> checks, OptionalInt maxBlocks,
                             long seed) {

    public static final long DEFAULT_SEED = 20240601L;

    public ExperimentSpec {
        World world = Worlds.get(worldId);
        startState = startState == null || startState.isMissingNode() || startState.isNull()
                ? JsonNodeFactory.instance.objectNode()
                : startState;
        checks = List.copyOf(checks);
        maxBlocks = maxBlocks == null ? OptionalInt.empty() : maxBlocks;
        int rule = 1;
        for (GoalCheck c : checks) {
            if (!GoalCheck.GENERAL_TYPES.contains(c.type()) && !world.checkTypes().contains(c.type())) {
                throw new GoalCheckException("Regel " + rule + " (" + c.type() + "): kan ikke bruges i verdenen '"
                        + worldId + "'.");
            }
            rule++;
        }
        world.create(startState, seed); // throws StartStateException early for a malformed start state
    }

    /** A spec with no block limit and the default seed. */
    public static ExperimentSpec of(String worldId, JsonNode startState, List<GoalCheck> checks) {
        return new ExperimentSpec(worldId, startState, checks, OptionalInt.empty(), DEFAULT_SEED);
    }

    /**
     * Reads {@code {"world": "turtle", "start": {...}, "checks": [...], "maxBlocks": 12, "seed": 7}}
     * (JSON, or a YAML document read into a Jackson tree).
     */
    public static ExperimentSpec fromJson(JsonNode node) {
        if (node == null || !node.isObject() || !node.path("world").isString()) {
            throw new IllegalArgumentException("Eksperimentet skal have en 'world', fx \"turtle\".");
        }
        JsonNode max = node.get("maxBlocks");
        OptionalInt maxBlocks = OptionalInt.empty();
        if (max != null && !max.isNull()) {
            if (!max.isIntegralNumber() || max.asLong() < 1 || max.asLong() > Integer.MAX_VALUE) {
                throw new GoalCheckException("'maxBlocks' skal være et helt tal på mindst 1.");
            }
            maxBlocks = OptionalInt.of(max.asInt());
        }
        JsonNode seedNode = node.get("seed");
        if (seedNode != null && !seedNode.isNull() && !seedNode.isIntegralNumber()) {
            throw new GoalCheckException("'seed' skal være et helt tal.");
        }
        long seed = seedNode != null && seedNode.isIntegralNumber() ? seedNode.asLong() : DEFAULT_SEED;
        return new ExperimentSpec(node.path("world").stringValue(), node.get("start"),
                GoalCheckParser.parseAll(node.get("checks"), Worlds.checkReader()), maxBlocks, seed);
    }
}
