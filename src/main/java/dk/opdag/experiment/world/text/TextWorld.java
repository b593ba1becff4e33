package dk.opdag.experiment.world.text;

import dk.opdag.experiment.check.CheckFields;
import dk.opdag.experiment.check.GoalCheck;
import dk.opdag.experiment.world.StartStateException;
import dk.opdag.experiment.world.StartStates;
import dk.opdag.experiment.world.World;
import dk.opdag.experiment.world.WorldState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Text and codes, plus a tiny rule-based chatbot. Start state (optional):
 * {@code {"text": "Hej med dig", "messages": ["hej", "hvad hedder du?"]}}.
 *
 * <p>Blocks: {@code codes_input} (the start text), {@code codes_caesar} (TEXT, SHIFT, field ALPHABET = DA/EN),
 * {@code codes_count_letter} (TEXT, LETTER; case-insensitive), {@code codes_words} (TEXT → list of words),
 * {@code codes_letters} (TEXT → list of characters), and for the chatbot the hat block {@code chat_on_message}
 * (statement input DO, runs once per message), {@code chat_message} (the current message),
 * {@code chat_reply} (TEXT; also printed as an output line) and {@code chat_contains} (TEXT, WORD; case-insensitive).
 * Check: {@code replies_equal} (and the general output checks).
 */
public final class TextWorld implements World {

    static final String ON_MESSAGE = "chat_on_message";

    @Override
    public String id() {
        return "text";
    }

    @Override
    public String displayName() {
        return "Tekst og koder";
    }

    @Override
    public Optional<String> drawing() {
        return Optional.of("./opdag-world/text.js");
    }

    @Override
    public Set<String> checkTypes() {
        return Set.of("replies_equal");
    }

    @Override
    public Optional<GoalCheck> readCheck(String type, CheckFields fields) {
        return TextChecks.read(type, fields);
    }

    @Override
    public WorldState create(JsonNode start, long seed) {
        List<String> messages = new ArrayList<>();
        JsonNode m = start.get("messages");
        if (m != null && !m.isNull()) {
            if (!m.isArray() || m.size() > 1_000) {
                throw new StartStateException("'messages' skal være en liste med højst 1.000 beskeder.");
            }
            for (JsonNode e : m) {
                if (!e.isValueNode() || e.isNull()) {
                    throw new StartStateException("Hver besked i 'messages' skal være en tekst.");
                }
                messages.add(e.asString());
            }
        }
        return new TextState(StartStates.text(start, "text", ""), messages);
    }
}
