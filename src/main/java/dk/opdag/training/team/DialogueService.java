package dk.opdag.training.team;

import dk.opdag.account.SignedInUser;
import dk.opdag.training.TrainingCatalog;
import dk.opdag.training.TrainingException;
import dk.opdag.training.content.DialogueCard;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Dialogue cards at a team meeting: the team's notes per card, saved with the date, for the team and its leader. */
@Service
public class DialogueService {

    public static final int MAX_NOTE = 4_000;

    private final DialogueNoteRepository notes;
    private final TeamService teams;
    private final TrainingCatalog catalog;
    private final Clock clock;

    public DialogueService(DialogueNoteRepository notes, TeamService teams, TrainingCatalog catalog, Clock clock) {
        this.notes = notes;
        this.teams = teams;
        this.catalog = catalog;
        this.clock = clock;
    }

    public record NoteView(DialogueCard card, String note, OffsetDateTime writtenAt) {
    }

    @Transactional
    public void save(SignedInUser user, long teamId, String cardId, String text) {
        teams.requireTeamAccess(user, teamId);
        DialogueCard card = catalog.content().card(cardId)
                .orElseThrow(() -> new TrainingException("training.dialogue.error.card"));
        String note = text == null ? "" : text.strip();
        if (note.isEmpty() || note.length() > MAX_NOTE) {
            throw new TrainingException("training.dialogue.error.note", MAX_NOTE);
        }
        notes.add(teamId, card.id(), note, user.id(), OffsetDateTime.now(clock));
    }

    @Transactional(readOnly = true)
    public List<NoteView> notes(SignedInUser user, long teamId) {
        teams.requireTeamAccess(user, teamId);
        return notes.ofTeam(teamId).stream()
                .map(n -> new NoteView(catalog.content().card(n.cardId()).orElse(null), n.note(), n.writtenAt()))
                .toList();
    }
}
