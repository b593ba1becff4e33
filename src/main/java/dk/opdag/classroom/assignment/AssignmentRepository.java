package dk.opdag.classroom.assignment;

import static dk.opdag.db.Tables.ASSIGNMENT;
import static dk.opdag.db.Tables.ASSIGNMENT_EXPERIMENT;
import static dk.opdag.db.Tables.ASSIGNMENT_PUPIL;
import static dk.opdag.db.Tables.SCHOOL_CLASS;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/** Assignments of a class in their order, with their experiments and (when not for the whole class) their pupils. */
@Repository
public class AssignmentRepository {

    private final DSLContext dsl;

    public AssignmentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** What a new assignment holds; it is placed after the class's others. */
    public record NewAssignment(long classId, String activityId, String activityTitle, long assignedBy,
                                boolean wholeClass, Due due, LocalDate assignedOn, List<String> experimentIds,
                                Collection<Long> pupilIds) {
    }

    public long create(NewAssignment a) {
        int position = dsl.select(coalesce(max(ASSIGNMENT.POSITION), 0)).from(ASSIGNMENT)
                .where(ASSIGNMENT.CLASS_ID.eq(a.classId())).fetchSingle().value1() + 1;
        long id = dsl.insertInto(ASSIGNMENT)
                .set(ASSIGNMENT.CLASS_ID, a.classId())
                .set(ASSIGNMENT.ACTIVITY_ID, a.activityId())
                .set(ASSIGNMENT.ACTIVITY_TITLE, a.activityTitle())
                .set(ASSIGNMENT.ASSIGNED_BY, a.assignedBy())
                .set(ASSIGNMENT.WHOLE_CLASS, a.wholeClass())
                .set(ASSIGNMENT.DUE_ON, a.due() == null ? null : a.due().date())
                .set(ASSIGNMENT.DUE_IS_WEEK, a.due() != null && a.due().week())
                .set(ASSIGNMENT.POSITION, position)
                .set(ASSIGNMENT.STATE, AssignmentState.OPEN.name())
                .set(ASSIGNMENT.ASSIGNED_ON, a.assignedOn())
                .returning(ASSIGNMENT.ID).fetchOne().getId();
        for (int i = 0; i < a.experimentIds().size(); i++) {
            dsl.insertInto(ASSIGNMENT_EXPERIMENT)
                    .set(ASSIGNMENT_EXPERIMENT.ASSIGNMENT_ID, id)
                    .set(ASSIGNMENT_EXPERIMENT.EXPERIMENT_ID, a.experimentIds().get(i))
                    .set(ASSIGNMENT_EXPERIMENT.POSITION, i)
                    .execute();
        }
        if (!a.wholeClass()) {
            for (long pupil : a.pupilIds()) {
                dsl.insertInto(ASSIGNMENT_PUPIL)
                        .set(ASSIGNMENT_PUPIL.ASSIGNMENT_ID, id)
                        .set(ASSIGNMENT_PUPIL.PUPIL_ID, pupil)
                        .execute();
            }
        }
        return id;
    }

    public Optional<Assignment> find(long id) {
        return fetchWhere(ASSIGNMENT.ID.eq(id)).stream().findFirst();
    }

    /** The class's assignments that are not removed, in the teacher's order. */
    public List<Assignment> ofClass(long classId) {
        return fetchWhere(ASSIGNMENT.CLASS_ID.eq(classId).and(ASSIGNMENT.REMOVED_AT.isNull()));
    }

    /** Open assignments this pupil of this class has: for the whole class, or chosen for the pupil. */
    public List<Assignment> openFor(long pupilId, long classId) {
        return fetchWhere(ASSIGNMENT.CLASS_ID.eq(classId)
                .and(ASSIGNMENT.REMOVED_AT.isNull())
                .and(ASSIGNMENT.STATE.eq(AssignmentState.OPEN.name()))
                .and(forPupil(pupilId)));
    }

    /** Assignments of every class of a school in one school year, removed ones left out. */
    public List<Assignment> ofSchoolYear(long schoolId, long schoolYearId) {
        return fetchWhere(ASSIGNMENT.REMOVED_AT.isNull().and(ASSIGNMENT.CLASS_ID.in(select(SCHOOL_CLASS.ID)
                .from(SCHOOL_CLASS)
                .where(SCHOOL_CLASS.SCHOOL_ID.eq(schoolId)).and(SCHOOL_CLASS.SCHOOL_YEAR_ID.eq(schoolYearId)))));
    }

    private static Condition forPupil(long pupilId) {
        return ASSIGNMENT.WHOLE_CLASS.isTrue().or(ASSIGNMENT.ID.in(select(ASSIGNMENT_PUPIL.ASSIGNMENT_ID)
                .from(ASSIGNMENT_PUPIL).where(ASSIGNMENT_PUPIL.PUPIL_ID.eq(pupilId))));
    }

    /** The chosen pupils of an assignment that is not for the whole class. */
    public List<Long> chosenPupils(long assignmentId) {
        return dsl.select(ASSIGNMENT_PUPIL.PUPIL_ID).from(ASSIGNMENT_PUPIL)
                .where(ASSIGNMENT_PUPIL.ASSIGNMENT_ID.eq(assignmentId))
                .orderBy(ASSIGNMENT_PUPIL.PUPIL_ID)
                .fetch(ASSIGNMENT_PUPIL.PUPIL_ID);
    }

    public void setState(long id, AssignmentState state, LocalDate closedOn) {
        dsl.update(ASSIGNMENT)
                .set(ASSIGNMENT.STATE, state.name())
                .set(ASSIGNMENT.CLOSED_ON, closedOn)
                .where(ASSIGNMENT.ID.eq(id)).execute();
    }

    public void setRemoved(long id, OffsetDateTime removedAt) {
        dsl.update(ASSIGNMENT).set(ASSIGNMENT.REMOVED_AT, removedAt).where(ASSIGNMENT.ID.eq(id)).execute();
    }

    public void setPosition(long id, int position) {
        dsl.update(ASSIGNMENT).set(ASSIGNMENT.POSITION, position).where(ASSIGNMENT.ID.eq(id)).execute();
    }

    private List<Assignment> fetchWhere(Condition condition) {
        Field<List<String>> experiments = multiset(select(ASSIGNMENT_EXPERIMENT.EXPERIMENT_ID)
                .from(ASSIGNMENT_EXPERIMENT)
                .where(ASSIGNMENT_EXPERIMENT.ASSIGNMENT_ID.eq(ASSIGNMENT.ID))
                .orderBy(ASSIGNMENT_EXPERIMENT.POSITION))
                .convertFrom(r -> r.map(org.jooq.Record1::value1));
        return dsl.select(ASSIGNMENT.asterisk(), experiments)
                .from(ASSIGNMENT)
                .where(condition)
                .orderBy(ASSIGNMENT.CLASS_ID, ASSIGNMENT.POSITION, ASSIGNMENT.ID)
                .fetch(r -> toAssignment(r, r.get(experiments)));
    }

    private static Assignment toAssignment(Record r, List<String> experiments) {
        LocalDate dueOn = r.get(ASSIGNMENT.DUE_ON);
        Due due = dueOn == null ? null : new Due(dueOn, r.get(ASSIGNMENT.DUE_IS_WEEK));
        return new Assignment(r.get(ASSIGNMENT.ID), r.get(ASSIGNMENT.CLASS_ID), r.get(ASSIGNMENT.ACTIVITY_ID),
                r.get(ASSIGNMENT.ACTIVITY_TITLE), r.get(ASSIGNMENT.ASSIGNED_BY), r.get(ASSIGNMENT.WHOLE_CLASS), due,
                r.get(ASSIGNMENT.POSITION), AssignmentState.valueOf(r.get(ASSIGNMENT.STATE)),
                r.get(ASSIGNMENT.ASSIGNED_ON), r.get(ASSIGNMENT.CLOSED_ON), r.get(ASSIGNMENT.REMOVED_AT) != null,
                experiments);
    }
}
