package dk.opdag.experiment.check;

import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A goal an experiment checks after the run, parsed from JSON (or a YAML tree) by {@link GoalCheckParser}, e.g.
 * {@code {"type": "polygon", "sides": 6, "length": 50, "tolerance": 1}}.
 * The general checks, which work in every world, are the records here; a world's own checks are records in its
 * package (e.g. {@code world.turtle.TurtleChecks}), read through the {@link CheckReader} the parser is given and
 * evaluated by the world's state (see {@code World.checkTypes()}).
 */
public interface GoalCheck {

    /** The JSON {@code type} this check was parsed from. */
    String type();

    /** Check types every world understands. */
    Set<String> GENERAL_TYPES = Set.of("output_equals", "output_contains", "max_blocks", "max_steps", "no_error",
            "variable_equals");

    // ---- general ----

    /**
     * The printed lines must be these. The expected lines are never quoted back in a failure message (the message
     * says what differs instead); {@code secret} is kept for old files and means the same.
     *
     * @param match     {@link TextMatch#LOOSE} where case, spacing and final punctuation are not the point
     * @param anyOrder  the lines may come in any order
     * @param tolerance lines that are numbers match within this (0: exactly)
     */
    record OutputEquals(List<String> lines, boolean secret, TextMatch match, boolean anyOrder, double tolerance)
            implements GoalCheck {
        public OutputEquals {
            lines = List.copyOf(lines);
            match = match == null ? TextMatch.EXACT : match;
        }

        public OutputEquals(List<String> lines, boolean secret) {
            this(lines, secret, TextMatch.EXACT, false, 0);
        }

        public OutputEquals(List<String> lines) {
            this(lines, false);
        }

        public String type() {
            return "output_equals";
        }
    }

    /** Some printed line must contain this text (case-insensitive). */
    record OutputContains(String text) implements GoalCheck {
        public String type() {
            return "output_contains";
        }
    }

    /** At most this many blocks (shadow blocks not counted). */
    record MaxBlocks(int max) implements GoalCheck {
        public String type() {
            return "max_blocks";
        }
    }

    /** The run used at most this many steps. */
    record MaxSteps(int max) implements GoalCheck {
        public String type() {
            return "max_steps";
        }
    }

    /** The program ran to the end without an error. */
    record NoError() implements GoalCheck {
        public String type() {
            return "no_error";
        }
    }

    /** A variable ends with this value (numbers within the tolerance). */
    record VariableEquals(String variable, JsonNode value, double tolerance) implements GoalCheck {
        public String type() {
            return "variable_equals";
        }
    }
}
