package dk.opdag.experiment.world.console;

import dk.opdag.experiment.Message;
import dk.opdag.experiment.CheckOutcome;
import dk.opdag.experiment.check.GoalCheck;
import dk.opdag.experiment.check.RunFacts;
import dk.opdag.experiment.program.Block;
import dk.opdag.experiment.world.BlockContext;
import dk.opdag.experiment.world.World;
import dk.opdag.experiment.world.WorldState;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** "Frit eksperiment": only Blockly's standard blocks; every {@code text_print} is one output line. */
public final class ConsoleWorld implements World {

    @Override
    public String id() {
        return "console";
    }

    @Override
    public String displayName() {
        return "Frit eksperiment";
    }

    @Override
    public Optional<String> drawing() {
        return Optional.empty();
    }

    @Override
    public Set<String> checkTypes() {
        return Set.of();
    }

    @Override
    public WorldState create(JsonNode startState, long seed) {
        return new State();
    }

    private static final class State implements WorldState {
        @Override
        public void execute(Block block, BlockContext ctx) {
            throw ctx.fail(Message.of("engine.console.unknown-block", block.type()));
        }

        @Override
        public Object evaluate(Block block, BlockContext ctx) {
            throw ctx.fail(Message.of("engine.console.unknown-block", block.type()));
        }

        @Override
        public JsonNode snapshot() {
            return JsonNodeFactory.instance.objectNode().put("world", "console");
        }

        @Override
        public Optional<CheckOutcome> check(GoalCheck check, RunFacts facts) {
            return Optional.empty();
        }
    }
}
