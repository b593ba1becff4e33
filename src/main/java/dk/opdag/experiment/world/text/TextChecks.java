package dk.opdag.experiment.world.text;

import dk.opdag.experiment.check.CheckFields;
import dk.opdag.experiment.check.GoalCheck;
import dk.opdag.experiment.check.TextMatch;
import java.util.List;
import java.util.Optional;

/**
 * The text world's goal check (the chatbot's replies); {@link TextState} evaluates it.
 */
public final class TextChecks {

    private TextChecks() {
    }

    /** Reads the text world's check; empty for other types. */
    static Optional<GoalCheck> read(String type, CheckFields f) {
        return Optional.ofNullable(switch (type) {
            case "replies_equal" -> new RepliesEqual(f.texts("replies"), f.match());
            default -> null;
        });
    }

    /**
     * The chatbot's reply to each message, in order ("" for no reply; several replies joined by a space). Spacing
     * never counts; with {@link TextMatch#LOOSE} neither do case and final punctuation.
     */
    public record RepliesEqual(List<String> replies, TextMatch match) implements GoalCheck {
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
}
