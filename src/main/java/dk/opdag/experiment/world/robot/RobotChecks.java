package dk.opdag.experiment.world.robot;

import dk.opdag.experiment.check.CheckFields;
import dk.opdag.experiment.check.GoalCheck;
import java.util.Optional;

/**
 * The robot's goal checks; {@link RobotState} evaluates them.
 */
public final class RobotChecks {

    private RobotChecks() {
    }

    /** Reads one of the robot's checks; empty for other types. */
    static Optional<GoalCheck> read(String type, CheckFields f) {
        return Optional.ofNullable(switch (type) {
            case "reach_flag" -> new ReachFlag();
            case "collect_all_items" -> new CollectAllItems();
            default -> null;
        });
    }

    /** The robot ends on the flag. */
    public record ReachFlag() implements GoalCheck {
        public String type() {
            return "reach_flag";
        }
    }

    /** The robot picked up every item. */
    public record CollectAllItems() implements GoalCheck {
        public String type() {
            return "collect_all_items";
        }
    }
}
