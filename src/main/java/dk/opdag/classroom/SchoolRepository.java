package dk.opdag.classroom;

import static dk.opdag.db.Tables.MUNICIPALITY;
import static dk.opdag.db.Tables.SCHOOL;
import static dk.opdag.db.Tables.SCHOOL_YEAR;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Municipalities, schools and school years. */
@Repository
public class SchoolRepository {

    private final DSLContext dsl;

    public SchoolRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long municipality(String name) {
        dsl.insertInto(MUNICIPALITY).set(MUNICIPALITY.NAME, name)
                .onConflict(MUNICIPALITY.NAME).doNothing().execute();
        return dsl.select(MUNICIPALITY.ID).from(MUNICIPALITY).where(MUNICIPALITY.NAME.eq(name)).fetchSingle().value1();
    }

    public long createSchool(long municipalityId, String name) {
        return dsl.insertInto(SCHOOL)
                .set(SCHOOL.MUNICIPALITY_ID, municipalityId)
                .set(SCHOOL.NAME, name)
                .returning(SCHOOL.ID).fetchOne().getId();
    }

    public boolean schoolExists(long municipalityId, String name) {
        return dsl.fetchExists(SCHOOL, SCHOOL.MUNICIPALITY_ID.eq(municipalityId).and(SCHOOL.NAME.eq(name)));
    }

    public List<School> schools() {
        return dsl.select(SCHOOL.ID, SCHOOL.NAME, MUNICIPALITY.NAME)
                .from(SCHOOL).join(MUNICIPALITY).on(MUNICIPALITY.ID.eq(SCHOOL.MUNICIPALITY_ID))
                .orderBy(MUNICIPALITY.NAME, SCHOOL.NAME)
                .fetch(r -> new School(r.value1(), r.value2(), r.value3()));
    }

    public Optional<School> school(long id) {
        return dsl.select(SCHOOL.ID, SCHOOL.NAME, MUNICIPALITY.NAME)
                .from(SCHOOL).join(MUNICIPALITY).on(MUNICIPALITY.ID.eq(SCHOOL.MUNICIPALITY_ID))
                .where(SCHOOL.ID.eq(id))
                .fetchOptional(r -> new School(r.value1(), r.value2(), r.value3()));
    }

    /** The id of the school year that starts in August of {@code startYear}, created on first use. */
    public long schoolYear(int startYear) {
        dsl.insertInto(SCHOOL_YEAR)
                .set(SCHOOL_YEAR.START_YEAR, startYear)
                .set(SCHOOL_YEAR.STARTS_ON, LocalDate.of(startYear, 8, 1))
                .set(SCHOOL_YEAR.ENDS_ON, LocalDate.of(startYear + 1, 6, 30))
                .onConflict(SCHOOL_YEAR.START_YEAR).doNothing().execute();
        return dsl.select(SCHOOL_YEAR.ID).from(SCHOOL_YEAR).where(SCHOOL_YEAR.START_YEAR.eq(startYear))
                .fetchSingle().value1();
    }

    /** The school year's id if it exists, without creating it (for read-only paths such as coverage). */
    public Optional<Long> findSchoolYear(int startYear) {
        return dsl.select(SCHOOL_YEAR.ID).from(SCHOOL_YEAR).where(SCHOOL_YEAR.START_YEAR.eq(startYear))
                .fetchOptional(SCHOOL_YEAR.ID);
    }
}
