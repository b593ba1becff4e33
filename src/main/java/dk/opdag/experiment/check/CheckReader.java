package dk.opdag.experiment.check;

import java.util.Optional;

/**
 * Reads the goal checks that belong to one world (or to any registered world, {@code Worlds.checkReader()}), so the
 * parser knows the general checks and the worlds keep their own.
 */
@FunctionalInterface
public interface CheckReader {

    /** Reads a check of this type; empty when the type is not one of the reader's. */
    Optional<GoalCheck> read(String type, CheckFields fields);
}
