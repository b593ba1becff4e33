package dk.opdag.experiment.level;

import dk.opdag.experiment.interpreter.StandardBlocks;
import java.util.List;

/**
 * A block the level's task asks for: any one of {@code anyOf} must be in the program. Without it the run fails,
 * kindly, with {@code message}.
 *
 * @param anyOf   block types, any of which will do (e.g. every kind of loop)
 * @param message Danish, for the pupil: what to use ("Brug en løkke, så du ikke skal gentage dig selv.")
 */
public record RequiredBlocks(List<String> anyOf, String message) {

    public RequiredBlocks {
        anyOf = List.copyOf(anyOf);
        if (anyOf.isEmpty()) {
            throw new IllegalArgumentException("at least one block type");
        }
        message = message == null || message.isBlank() ? defaultMessage(anyOf.getFirst()) : message.strip();
    }

    /** "Brug en løkke." and the like, by the kind of block. */
    static String defaultMessage(String type) {
        if (type.startsWith("controls_repeat") || type.equals("controls_whileUntil") || type.equals("controls_for")
                || type.equals("controls_forEach")) {
            return "Opgaven er at bruge en løkke. Prøv at lade en løkke gentage for dig.";
        }
        if (type.equals("controls_if")) {
            return "Opgaven er at bruge en hvis-blok, så programmet selv vælger, hvad det gør.";
        }
        if (type.startsWith("variables_") || type.equals("math_change")) {
            return "Opgaven er at bruge en variabel, som programmet kan huske et tal eller en tekst i.";
        }
        if (type.startsWith("procedures_def")) {
            return "Opgaven er at lave din egen funktion og give den et navn.";
        }
        if (type.startsWith("procedures_call")) {
            return "Opgaven er at bruge din funktion: kald den fra programmet.";
        }
        if (type.startsWith("lists_")) {
            return "Opgaven er at bruge en liste.";
        }
        return "Opgaven er at bruge blokken '" + StandardBlocks.danishName(type) + "'.";
    }
}
