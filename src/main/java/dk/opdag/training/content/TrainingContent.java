package dk.opdag.training.content;

import java.util.List;
import java.util.Optional;

/** Everything in {@code teacher-guides/} that is data: the competence model, the tracks and the dialogue cards. */
public record TrainingContent(CompetenceModel competences, List<Track> tracks, List<DialogueArea> cardAreas) {

    public TrainingContent {
        tracks = List.copyOf(tracks);
        cardAreas = List.copyOf(cardAreas);
    }

    public List<Module> modules() {
        return tracks.stream().flatMap(t -> t.modules().stream()).toList();
    }

    public Optional<Module> module(String id) {
        return modules().stream().filter(m -> m.id().equals(id)).findFirst();
    }

    public Optional<Track> track(String id) {
        return tracks.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public List<DialogueCard> cards() {
        return cardAreas.stream().flatMap(a -> a.cards().stream()).toList();
    }

    public Optional<DialogueCard> card(String id) {
        return cards().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<DialogueArea> cardArea(String id) {
        return cardAreas.stream().filter(a -> a.id().equals(id)).findFirst();
    }
}
