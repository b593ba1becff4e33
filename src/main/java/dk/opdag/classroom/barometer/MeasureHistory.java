package dk.opdag.classroom.barometer;

import java.time.OffsetDateTime;
import org.springframework.stereotype.Service;

/**
 * Writes a measurement round as it happened, at the times given, without a teacher's or pupil's session: for demo
 * data made at start-up. People go through {@link MeasureService}, which checks who asks.
 */
@Service
public class MeasureHistory {

    private final MeasureRepository measures;

    public MeasureHistory(MeasureRepository measures) {
        this.measures = measures;
    }

    /** The class's round of this kind, opened at {@code at} unless it already exists; returns its id. */
    public long open(long classId, MeasureKind kind, String band, OffsetDateTime at) {
        return measures.open(classId, kind, band, at);
    }

    public void answer(MeasureAnswer answer) {
        measures.answer(answer);
    }

    public void close(long roundId, OffsetDateTime at) {
        measures.close(roundId, at);
    }
}
