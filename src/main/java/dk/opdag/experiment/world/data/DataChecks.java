package dk.opdag.experiment.world.data;

import dk.opdag.experiment.check.CheckFields;
import dk.opdag.experiment.check.GoalCheck;
import dk.opdag.experiment.check.TextMatch;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The data world's goal check; {@link DataState} evaluates it.
 */
public final class DataChecks {

    private DataChecks() {
    }

    /** Reads the data world's check; empty for other types. */
    static Optional<GoalCheck> read(String type, CheckFields f) {
        return Optional.ofNullable(switch (type) {
            case "answer_equals" -> new AnswerEquals(f.present("value"), f.optionalNumber("tolerance", 1e-9),
                    f.optionalFlag("anyOrder"), f.match());
            default -> null;
        });
    }

    /**
     * The value given to the answer block equals this: numbers within the tolerance, texts by {@code match}, lists
     * element by element, or as a collection when {@code anyOrder}.
     */
    public record AnswerEquals(JsonNode value, double tolerance, boolean anyOrder, TextMatch match) implements GoalCheck {
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
}
