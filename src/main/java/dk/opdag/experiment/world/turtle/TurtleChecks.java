package dk.opdag.experiment.world.turtle;

import dk.opdag.experiment.check.CheckFields;
import dk.opdag.experiment.check.GoalCheck;
import java.util.Optional;

/**
 * The turtle's goal checks, read from a rule's fields; {@link ShapeAnalysis} evaluates them.
 */
public final class TurtleChecks {

    private TurtleChecks() {
    }

    /** Reads one of the turtle's checks; empty for other types. */
    static Optional<GoalCheck> read(String type, CheckFields f) {
        return Optional.ofNullable(switch (type) {
            case "polygon" -> {
                int sides = f.integer("sides", 3);
                double length = f.number("length");
                if (length <= 0) {
                    throw f.error("'length' skal være større end 0.");
                }
                yield new Polygon(sides, length, f.optionalNumber("tolerance", 1), f.optionalNumber("angleTolerance", 1));
            }
            case "closed_shape" -> new ClosedShape(f.optionalNumber("tolerance", 1));
            case "segment_count" -> {
                int min = f.optionalInteger("min", 0);
                int max = f.optionalInteger("max", Integer.MAX_VALUE);
                if (!f.node().has("min") && !f.node().has("max")) {
                    throw f.error("angiv 'min' og/eller 'max'.");
                }
                if (min > max) {
                    throw f.error("'min' må ikke være større end 'max'.");
                }
                yield new SegmentCount(min, max);
            }
            default -> null;
        });
    }

    /** The drawing is one regular polygon: {@code sides} sides of {@code length}, all turns equal, closed. */
    public record Polygon(int sides, double length, double tolerance, double angleTolerance) implements GoalCheck {
        public String type() {
            return "polygon";
        }
    }

    /** The drawn path ends where it started. */
    public record ClosedShape(double tolerance) implements GoalCheck {
        public String type() {
            return "closed_shape";
        }
    }

    /** Number of drawn lines is within [min, max]. */
    public record SegmentCount(int min, int max) implements GoalCheck {
        public String type() {
            return "segment_count";
        }
    }
}
