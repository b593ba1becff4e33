package dk.opdag.experiment.level;

import dk.opdag.experiment.Message;
import dk.opdag.experiment.interpreter.StandardBlocks;
import java.util.List;

/**
 * A block the level's task asks for: any one of {@code anyOf} must be in the program. Without it the run fails,
 * kindly, with {@code message}.
 *
 * @param anyOf   block types, any of which will do (e.g. every kind of loop)
 * @param message for the pupil: what to use; the activity's own words ("Brug en løkke, så du ikke skal gentage dig
 *                selv.", the same in every language) or, when the activity has none, the engine's text by the kind of
 *                block
 */
public record RequiredBlocks(List<String> anyOf, Message message) {

    public RequiredBlocks {
        anyOf = List.copyOf(anyOf);
        if (anyOf.isEmpty()) {
            throw new IllegalArgumentException("at least one block type");
        }
    }

    /** A requirement with the activity's own Danish text, or the engine's when {@code text} is null or blank. */
    public RequiredBlocks(List<String> anyOf, String text) {
        this(anyOf, text == null || text.isBlank() ? anyOf.isEmpty() ? null : defaultMessage(anyOf.getFirst())
                : Message.literal(text.strip()));
    }

    /** "Brug en løkke." and the like, by the kind of block. */
    static Message defaultMessage(String type) {
        if (type.startsWith("controls_repeat") || type.equals("controls_whileUntil") || type.equals("controls_for")
                || type.equals("controls_forEach")) {
            return Message.of("engine.required.loop");
        }
        if (type.equals("controls_if")) {
            return Message.of("engine.required.if");
        }
        if (type.startsWith("variables_") || type.equals("math_change")) {
            return Message.of("engine.required.variable");
        }
        if (type.startsWith("procedures_def")) {
            return Message.of("engine.required.define-function");
        }
        if (type.startsWith("procedures_call")) {
            return Message.of("engine.required.call-function");
        }
        if (type.startsWith("lists_")) {
            return Message.of("engine.required.list");
        }
        return Message.of("engine.required.block", StandardBlocks.name(type));
    }
}
