package dk.opdag.experiment.check;

import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A goal an experiment checks after the run, parsed from JSON (or a YAML tree) by {@link GoalCheckParser}, e.g.
 * {@code {"type": "polygon", "sides": 6, "length": 50, "tolerance": 1}}.
 * General checks work in every world; the others belong to one world (see {@code World.checkTypes()}).
 */
public sealed interface GoalCheck {

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

    // ---- turtle ----

    /** The drawing is one regular polygon: {@code sides} sides of {@code length}, all turns equal, closed. */
    record Polygon(int sides, double length, double tolerance, double angleTolerance) implements GoalCheck {
        public String type() {
            return "polygon";
        }
    }

    /** The drawn path ends where it started. */
    record ClosedShape(double tolerance) implements GoalCheck {
        public String type() {
            return "closed_shape";
        }
    }

    /** Number of drawn lines is within [min, max]. */
    record SegmentCount(int min, int max) implements GoalCheck {
        public String type() {
            return "segment_count";
        }
    }

    // ---- robot ----

    /** The robot ends on the flag. */
    record ReachFlag() implements GoalCheck {
        public String type() {
            return "reach_flag";
        }
    }

    /** The robot picked up every item. */
    record CollectAllItems() implements GoalCheck {
        public String type() {
            return "collect_all_items";
        }
    }

    // ---- greenhouse ----

    /**
     * A sensor stays on one side of a limit for the whole day.
     *
     * @param type   temperature_max, temperature_min, moisture_max, moisture_min or light_min
     * @param sensor temperature, moisture or light
     * @param upper  true when the value must stay at or below the limit
     */
    record SensorLimit(String type, String sensor, boolean upper, double limit) implements GoalCheck {
    }

    /** The lamp is never on in an hour where daylight is above {@code light}. */
    record LampOffWhenBright(double light) implements GoalCheck {
        public String type() {
            return "lamp_off_when_light_above";
        }
    }

    // ---- data ----

    /**
     * The value given to the answer block equals this: numbers within the tolerance, texts by {@code match}, lists
     * element by element, or as a collection when {@code anyOrder}.
     */
    record AnswerEquals(JsonNode value, double tolerance, boolean anyOrder, TextMatch match) implements GoalCheck {
        public AnswerEquals {
            match = match == null ? TextMatch.EXACT : match;
        }

        public AnswerEquals(JsonNode value, double tolerance) {
            this(value, tolerance, false, TextMatch.EXACT);
        }

        public String type() {
            return "answer_equals";
        }
    }

    // ---- text and codes ----

    /**
     * The chatbot's reply to each message, in order ("" for no reply; several replies joined by a space). Spacing
     * never counts; with {@link TextMatch#LOOSE} neither do case and final punctuation.
     */
    record RepliesEqual(List<String> replies, TextMatch match) implements GoalCheck {
        public RepliesEqual {
            replies = List.copyOf(replies);
            match = match == null ? TextMatch.EXACT : match;
        }

        public RepliesEqual(List<String> replies) {
            this(replies, TextMatch.EXACT);
        }

        public String type() {
            return "replies_equal";
        }
    }

    // ---- music ----

    /** The played notes are exactly these (compared by pitch); beats compared too when given. */
    record NotesEqual(List<String> notes, List<Double> beats) implements GoalCheck {
        public NotesEqual {
            notes = List.copyOf(notes);
            beats = beats == null ? null : List.copyOf(beats);
        }

        public String type() {
            return "notes_equal";
        }
    }

    /** The music (notes and rests) lasts this many beats. */
    record TotalBeats(double beats, double tolerance) implements GoalCheck {
        public String type() {
            return "total_beats";
        }
    }

    /** Some motif of {@code length} notes is played at least {@code times} times. */
    record RepeatedMotif(int length, int times) implements GoalCheck {
        public String type() {
            return "repeated_motif";
        }
    }
}
