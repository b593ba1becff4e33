package dk.opdag.classroom.barometer;

import static dk.opdag.db.Tables.BAROMETER_RATING;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Pupils' own ratings, one per dimension and school year; a new rating replaces the old one. */
@Repository
public class BarometerRepository {

    private final DSLContext dsl;

    public BarometerRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public record Rating(long pupilId, Dimension dimension, int rating, int scaleMax, OffsetDateTime ratedAt) {
    }

    public void rate(long pupilId, long schoolYearId, Dimension dimension, int rating, int scaleMax,
                     OffsetDateTime at) {
        int updated = dsl.update(BAROMETER_RATING)
                .set(BAROMETER_RATING.RATING, rating)
                .set(BAROMETER_RATING.SCALE_MAX, scaleMax)
                .set(BAROMETER_RATING.RATED_AT, at)
                .where(BAROMETER_RATING.PUPIL_ID.eq(pupilId)).and(BAROMETER_RATING.SCHOOL_YEAR_ID.eq(schoolYearId))
                .and(BAROMETER_RATING.DIMENSION.eq(dimension.name()))
                .execute();
        if (updated == 0) {
            dsl.insertInto(BAROMETER_RATING)
                    .set(BAROMETER_RATING.PUPIL_ID, pupilId)
                    .set(BAROMETER_RATING.SCHOOL_YEAR_ID, schoolYearId)
                    .set(BAROMETER_RATING.DIMENSION, dimension.name())
                    .set(BAROMETER_RATING.RATING, rating)
                    .set(BAROMETER_RATING.SCALE_MAX, scaleMax)
                    .set(BAROMETER_RATING.RATED_AT, at)
                    // a second tab rating at the same moment: the first one stands, and the next click replaces it
                    .onConflictDoNothing()
                    .execute();
        }
    }

    public List<Rating> ofPupils(Collection<Long> pupilIds, long schoolYearId) {
        if (pupilIds.isEmpty()) {
            return List.of();
        }
        return dsl.selectFrom(BAROMETER_RATING)
                .where(BAROMETER_RATING.PUPIL_ID.in(pupilIds)).and(BAROMETER_RATING.SCHOOL_YEAR_ID.eq(schoolYearId))
                .fetch(r -> new Rating(r.getPupilId(), Dimension.valueOf(r.getDimension()), r.getRating(),
                        r.getScaleMax(), r.getRatedAt()));
    }
}
