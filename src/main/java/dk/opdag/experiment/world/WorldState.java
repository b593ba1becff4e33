package dk.opdag.experiment.world;

import dk.opdag.experiment.CheckOutcome;
import dk.opdag.experiment.check.GoalCheck;
import dk.opdag.experiment.check.RunFacts;
import dk.opdag.experiment.program.Block;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** The mutable state of one world during one run. Created by {@link World#create}; not thread-safe. */
public interface WorldState {

    /** Runs one of the world's statement blocks. Value blocks used as statements are evaluated and dropped. */
    void execute(Block block, BlockContext ctx);

    /** Evaluates one of the world's value blocks to a JavaScript value. */
    Object evaluate(Block block, BlockContext ctx);

    /** Hat block types that only run when the world triggers them (ignored by {@link ProgramDriver#runMain()}). */
    default Set<String> hatBlockTypes() {
        return Set.of();
    }

    /**
     * True when the pupil builds one program for one actor (a robot, a turtle): then only the main stack runs, and
     * blocks lying loose beside it are not run but named in a kind warning. False (Blockly's own way) runs every
     * top-level stack in order.
     */
    default boolean oneProgram() {
        return false;
    }

    /** Drives the program; worlds with hat blocks override this to run them per tick or per message. */
    default void run(ProgramDriver driver) {
        driver.runMain();
    }

    /** JSON the client draws the world from. */
    JsonNode snapshot();

    /** Evaluates a check of this world's own types; empty for checks it does not know. */
    Optional<CheckOutcome> check(GoalCheck check, RunFacts facts);
}
