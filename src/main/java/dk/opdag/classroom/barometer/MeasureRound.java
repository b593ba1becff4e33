package dk.opdag.classroom.barometer;

import java.time.OffsetDateTime;

/** One round of a class's measurement; open until it is closed. */
public record MeasureRound(long id, long classId, MeasureKind kind, String band, OffsetDateTime openedAt,
                           OffsetDateTime closedAt) {
    public boolean open() {
        return closedAt == null;
    }
}
