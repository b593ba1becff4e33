package dk.opdag.classroom.privacy;

import static dk.opdag.db.Tables.ASSIGNMENT;
import static dk.opdag.db.Tables.ASSIGNMENT_PUPIL;
import static dk.opdag.db.Tables.BAROMETER_RATING;
import static dk.opdag.db.Tables.PROGRESS_EVENT;
import static dk.opdag.db.Tables.PUPIL_ENROLMENT;
import static dk.opdag.db.Tables.REFLECTION_ANSWER;
import static dk.opdag.db.Tables.SCHOOL_CLASS;
import static dk.opdag.db.Tables.SCHOOL_YEAR;
import static dk.opdag.db.Tables.TEACHER_NOTE;

import dk.opdag.shell.privacy.PupilData;
import dk.opdag.shell.privacy.PupilExport;
import org.jooq.DSLContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The classroom's part: classes, reflection answers, barometer ratings, teachers' notes and progress events. */
@Component
@Order(20)
public class ClassroomPupilData implements PupilData {

    private final DSLContext dsl;

    public ClassroomPupilData(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void export(long pupilId, PupilExport export) {
        export.section("Klasser");
        dsl.select(SCHOOL_CLASS.NAME, SCHOOL_YEAR.START_YEAR).from(PUPIL_ENROLMENT)
                .join(SCHOOL_CLASS).on(SCHOOL_CLASS.ID.eq(PUPIL_ENROLMENT.CLASS_ID))
                .join(SCHOOL_YEAR).on(SCHOOL_YEAR.ID.eq(PUPIL_ENROLMENT.SCHOOL_YEAR_ID))
                .where(PUPIL_ENROLMENT.PUPIL_ID.eq(pupilId)).orderBy(SCHOOL_YEAR.START_YEAR)
                .forEach(r -> export.line(r.value1() + " i skoleåret " + r.value2() + "/"
                        + String.format("%02d", (r.value2() + 1) % 100)));
        export.section("Refleksioner");
        dsl.select(ASSIGNMENT.ACTIVITY_TITLE, REFLECTION_ANSWER.QUESTION, REFLECTION_ANSWER.ANSWER,
                        REFLECTION_ANSWER.ANSWERED_AT, REFLECTION_ANSWER.SHOWN)
                .from(REFLECTION_ANSWER).join(ASSIGNMENT).on(ASSIGNMENT.ID.eq(REFLECTION_ANSWER.ASSIGNMENT_ID))
                .where(REFLECTION_ANSWER.PUPIL_ID.eq(pupilId)).orderBy(REFLECTION_ANSWER.ANSWERED_AT)
                .forEach(r -> export.line(r.value1() + " – " + r.value2() + " (" + export.when(r.value4())
                        + (Boolean.TRUE.equals(r.value5()) ? ", vist på tavlen uden navn" : "") + ")")
                        .block(r.value3()));
        export.section("Barometer");
        dsl.selectFrom(BAROMETER_RATING).where(BAROMETER_RATING.PUPIL_ID.eq(pupilId))
                .orderBy(BAROMETER_RATING.RATED_AT).forEach(b -> export.line(b.getDimension() + ": " + b.getRating()
                        + " af " + b.getScaleMax() + " (" + export.when(b.getRatedAt()) + ")"));
        export.section("Beskeder og tip fra læreren");
        dsl.selectFrom(TEACHER_NOTE).where(TEACHER_NOTE.PUPIL_ID.eq(pupilId)).orderBy(TEACHER_NOTE.CREATED_AT)
                .forEach(n -> export.line(export.when(n.getCreatedAt()) + "  " + n.getExperimentId()
                        + (n.getHint() ? " (tip)" : "")).block(n.getNoteText()));
        export.section("Opgaver givet til eleven alene");
        dsl.select(ASSIGNMENT.ACTIVITY_TITLE, ASSIGNMENT.ASSIGNED_ON).from(ASSIGNMENT_PUPIL)
                .join(ASSIGNMENT).on(ASSIGNMENT.ID.eq(ASSIGNMENT_PUPIL.ASSIGNMENT_ID))
                .where(ASSIGNMENT_PUPIL.PUPIL_ID.eq(pupilId))
                .forEach(r -> export.line(r.value1() + " (" + r.value2() + ")"));
        export.section("Fremskridt, som lærerens overblik har fået besked om");
        dsl.selectFrom(PROGRESS_EVENT).where(PROGRESS_EVENT.PUPIL_ID.eq(pupilId))
                .orderBy(PROGRESS_EVENT.OCCURRED_AT).forEach(e -> export.line(export.when(e.getOccurredAt()) + "  "
                        + e.getExperimentId() + "  " + ("RAN".equals(e.getKind()) ? "kørte" : "gemte")
                        + (e.getPassed() ? ", lykkedes" : "")));
    }

    @Override
    public void erase(long pupilId) {
        dsl.deleteFrom(PROGRESS_EVENT).where(PROGRESS_EVENT.PUPIL_ID.eq(pupilId)).execute();
        dsl.deleteFrom(TEACHER_NOTE).where(TEACHER_NOTE.PUPIL_ID.eq(pupilId)).execute();
        dsl.deleteFrom(BAROMETER_RATING).where(BAROMETER_RATING.PUPIL_ID.eq(pupilId)).execute();
        dsl.deleteFrom(REFLECTION_ANSWER).where(REFLECTION_ANSWER.PUPIL_ID.eq(pupilId)).execute();
        dsl.deleteFrom(ASSIGNMENT_PUPIL).where(ASSIGNMENT_PUPIL.PUPIL_ID.eq(pupilId)).execute();
        dsl.deleteFrom(PUPIL_ENROLMENT).where(PUPIL_ENROLMENT.PUPIL_ID.eq(pupilId)).execute();
    }
}
