package dk.opdag.training.team;

import static dk.opdag.db.Tables.TRAINING_DIALOGUE_NOTE;

import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** A team's notes from dialogue-card meetings. */
@Repository
public class DialogueNoteRepository {

    private final DSLContext dsl;

    public DialogueNoteRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public record Note(long id, String cardId, String note, long writtenBy, OffsetDateTime writtenAt) {
    }

    public long add(long teamId, String cardId, String note, long writtenBy, OffsetDateTime now) {
        return dsl.insertInto(TRAINING_DIALOGUE_NOTE)
                .set(TRAINING_DIALOGUE_NOTE.TEAM_ID, teamId)
                .set(TRAINING_DIALOGUE_NOTE.CARD_ID, cardId)
                .set(TRAINING_DIALOGUE_NOTE.NOTE, note)
                .set(TRAINING_DIALOGUE_NOTE.WRITTEN_BY, writtenBy)
                .set(TRAINING_DIALOGUE_NOTE.WRITTEN_AT, now)
                .returning(TRAINING_DIALOGUE_NOTE.ID).fetchOne().getId();
    }

    /** Newest first. */
    public List<Note> ofTeam(long teamId) {
        return dsl.selectFrom(TRAINING_DIALOGUE_NOTE).where(TRAINING_DIALOGUE_NOTE.TEAM_ID.eq(teamId))
                .orderBy(TRAINING_DIALOGUE_NOTE.WRITTEN_AT.desc(), TRAINING_DIALOGUE_NOTE.ID.desc())
                .fetch(r -> new Note(r.getId(), r.getCardId(), r.getNote(), r.getWrittenBy(), r.getWrittenAt()));
    }
}
