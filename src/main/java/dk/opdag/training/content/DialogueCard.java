package dk.opdag.training.content;

import java.util.List;

/** A dialogue card: a question for the staff room and a few follow-up questions. */
public record DialogueCard(String id, String areaId, String question, List<String> followUps) {

    public DialogueCard {
        followUps = List.copyOf(followUps);
    }
}
