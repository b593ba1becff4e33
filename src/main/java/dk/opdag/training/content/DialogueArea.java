package dk.opdag.training.content;

import java.util.List;

/** One of the four areas the dialogue cards cover (after KL's dialogue cards), with its cards. */
public record DialogueArea(String id, String name, String intro, List<DialogueCard> cards) {

    public DialogueArea {
        cards = List.copyOf(cards);
    }
}
