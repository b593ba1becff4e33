package dk.opdag.classroom.barometer;

import java.time.OffsetDateTime;

/** A pupil's answer to one task of a round: solved or not, the score and, for a question, the option chosen. */
public record MeasureAnswer(long roundId, long pupilId, String taskId, String area, boolean solved, int score,
                            Integer choice, OffsetDateTime answeredAt) {
}
