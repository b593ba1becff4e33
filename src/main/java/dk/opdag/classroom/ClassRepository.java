package dk.opdag.classroom;

import static dk.opdag.db.Tables.APP_USER;
import static dk.opdag.db.Tables.PUPIL_ENROLMENT;
import static dk.opdag.db.Tables.SCHOOL_CLASS;
import static dk.opdag.db.Tables.SCHOOL_YEAR;
import static dk.opdag.db.Tables.TEACHER_CLASS;
import static dk.opdag.db.Tables.TEACHER_CLASS_SUBJECT;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectCount;

import dk.opdag.account.CodeKind;
import dk.opdag.account.Role;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/**
 * Classes, their pupils (enrolment) and their teachers. Pupils' names are read from app_user, which the account
 * feature owns; the roster needs them joined for sorting, so this is the one place that reads them.
 */
@Repository
public class ClassRepository {

    private final DSLContext dsl;

    public ClassRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long create(long schoolId, long schoolYearId, String name, int grade, String classCode, CodeKind kind) {
        return dsl.insertInto(SCHOOL_CLASS)
                .set(SCHOOL_CLASS.SCHOOL_ID, schoolId)
                .set(SCHOOL_CLASS.SCHOOL_YEAR_ID, schoolYearId)
                .set(SCHOOL_CLASS.NAME, name)
                .set(SCHOOL_CLASS.GRADE, grade)
                .set(SCHOOL_CLASS.CLASS_CODE, classCode)
                .set(SCHOOL_CLASS.CODE_KIND, kind.name())
                .returning(SCHOOL_CLASS.ID).fetchOne().getId();
    }

    public boolean classCodeTaken(String code) {
        return dsl.fetchExists(SCHOOL_CLASS, SCHOOL_CLASS.CLASS_CODE.eq(code));
    }

    public boolean nameTaken(long schoolId, long schoolYearId, String name) {
        return dsl.fetchExists(SCHOOL_CLASS, SCHOOL_CLASS.SCHOOL_ID.eq(schoolId)
                .and(SCHOOL_CLASS.SCHOOL_YEAR_ID.eq(schoolYearId)).and(SCHOOL_CLASS.NAME.eq(name)));
    }

    public Optional<ClassInfo> find(long classId) {
        return findWhere(SCHOOL_CLASS.ID.eq(classId));
    }

    public Optional<ClassInfo> findByCode(String classCode) {
        return findWhere(SCHOOL_CLASS.CLASS_CODE.eq(classCode));
    }

    /** A class and whether this teacher teaches it, in one query (access checks run on every grid refresh). */
    public Optional<TaughtClass> findForTeacher(long classId, long teacherId) {
        var teaches = field(org.jooq.impl.DSL.exists(select(TEACHER_CLASS.CLASS_ID).from(TEACHER_CLASS)
                .where(TEACHER_CLASS.CLASS_ID.eq(SCHOOL_CLASS.ID)).and(TEACHER_CLASS.TEACHER_ID.eq(teacherId))));
        return dsl.select(SCHOOL_CLASS.asterisk(), SCHOOL_YEAR.START_YEAR, teaches)
                .from(SCHOOL_CLASS).join(SCHOOL_YEAR).on(SCHOOL_YEAR.ID.eq(SCHOOL_CLASS.SCHOOL_YEAR_ID))
                .where(SCHOOL_CLASS.ID.eq(classId))
                .fetchOptional(r -> new TaughtClass(toClass(r), Boolean.TRUE.equals(r.get(teaches))));
    }

    public record TaughtClass(ClassInfo klass, boolean taughtBy) {
    }

    /** The classes of several schools in one school year, by school, grade and name (one query for many schools). */
    public List<ClassInfo> classesOfSchools(Collection<Long> schoolIds, long schoolYearId) {
        return dsl.select(SCHOOL_CLASS.asterisk(), SCHOOL_YEAR.START_YEAR)
                .from(SCHOOL_CLASS).join(SCHOOL_YEAR).on(SCHOOL_YEAR.ID.eq(SCHOOL_CLASS.SCHOOL_YEAR_ID))
                .where(SCHOOL_CLASS.SCHOOL_ID.in(schoolIds)).and(SCHOOL_CLASS.SCHOOL_YEAR_ID.eq(schoolYearId))
                .orderBy(SCHOOL_CLASS.SCHOOL_ID, SCHOOL_CLASS.GRADE, SCHOOL_CLASS.NAME)
                .fetch(ClassRepository::toClass);
    }

    private Optional<ClassInfo> findWhere(Condition condition) {
        return dsl.select(SCHOOL_CLASS.asterisk(), SCHOOL_YEAR.START_YEAR)
                .from(SCHOOL_CLASS).join(SCHOOL_YEAR).on(SCHOOL_YEAR.ID.eq(SCHOOL_CLASS.SCHOOL_YEAR_ID))
                .where(condition)
                .fetchOptional(ClassRepository::toClass);
    }

    private static ClassInfo toClass(Record r) {
        return new ClassInfo(r.get(SCHOOL_CLASS.ID), r.get(SCHOOL_CLASS.SCHOOL_ID), r.get(SCHOOL_CLASS.SCHOOL_YEAR_ID),
                r.get(SCHOOL_YEAR.START_YEAR), r.get(SCHOOL_CLASS.NAME), r.get(SCHOOL_CLASS.GRADE),
                r.get(SCHOOL_CLASS.CLASS_CODE), CodeKind.valueOf(r.get(SCHOOL_CLASS.CODE_KIND)));
    }

    /** The classes of a school in one school year, ordered by grade and name, with counts in one query. */
    public List<ClassSummary> summariesOfSchool(long schoolId, long schoolYearId) {
        return summaries(SCHOOL_CLASS.SCHOOL_ID.eq(schoolId).and(SCHOOL_CLASS.SCHOOL_YEAR_ID.eq(schoolYearId)));
    }

    public List<ClassSummary> summariesOfTeacher(long teacherId, long schoolYearId) {
        return summaries(SCHOOL_CLASS.SCHOOL_YEAR_ID.eq(schoolYearId).and(SCHOOL_CLASS.ID.in(
                select(TEACHER_CLASS.CLASS_ID).from(TEACHER_CLASS).where(TEACHER_CLASS.TEACHER_ID.eq(teacherId)))));
    }

    private List<ClassSummary> summaries(Condition condition) {
        var pupils = field(selectCount().from(PUPIL_ENROLMENT).where(PUPIL_ENROLMENT.CLASS_ID.eq(SCHOOL_CLASS.ID)));
        var teachers = multiset(select(APP_USER.NAME).from(TEACHER_CLASS)
                .join(APP_USER).on(APP_USER.ID.eq(TEACHER_CLASS.TEACHER_ID))
                .where(TEACHER_CLASS.CLASS_ID.eq(SCHOOL_CLASS.ID)).orderBy(APP_USER.NAME))
                .convertFrom(r -> r.map(org.jooq.Record1::value1));
        return dsl.select(SCHOOL_CLASS.ID, SCHOOL_CLASS.NAME, SCHOOL_CLASS.GRADE, SCHOOL_CLASS.CLASS_CODE, pupils,
                        teachers)
                .from(SCHOOL_CLASS)
                .where(condition)
                .orderBy(SCHOOL_CLASS.GRADE, SCHOOL_CLASS.NAME)
                .fetch(r -> new ClassSummary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    public void enrol(long pupilId, long classId, long schoolYearId) {
        dsl.insertInto(PUPIL_ENROLMENT)
                .set(PUPIL_ENROLMENT.PUPIL_ID, pupilId)
                .set(PUPIL_ENROLMENT.CLASS_ID, classId)
                .set(PUPIL_ENROLMENT.SCHOOL_YEAR_ID, schoolYearId)
                .execute();
    }

    public List<PupilRow> pupils(long classId) {
        return dsl.select(APP_USER.ID, APP_USER.NAME, APP_USER.INITIAL, APP_USER.LOGIN_CODE)
                .from(PUPIL_ENROLMENT).join(APP_USER).on(APP_USER.ID.eq(PUPIL_ENROLMENT.PUPIL_ID))
                .where(PUPIL_ENROLMENT.CLASS_ID.eq(classId)).and(APP_USER.ACTIVE.isTrue())
                .fetch(r -> new PupilRow(r.value1(), r.value2(), r.value3(), r.value4()))
                .stream().sorted(DanishOrder.pupils()).toList(); // Æ, Ø, Å after Z on H2 and PostgreSQL alike
    }

    public Optional<Long> classOfPupil(long pupilId, long schoolYearId) {
        return dsl.select(PUPIL_ENROLMENT.CLASS_ID).from(PUPIL_ENROLMENT)
                .where(PUPIL_ENROLMENT.PUPIL_ID.eq(pupilId)).and(PUPIL_ENROLMENT.SCHOOL_YEAR_ID.eq(schoolYearId))
                .fetchOptional(PUPIL_ENROLMENT.CLASS_ID);
    }

    /** The class of the pupil's latest school year, if any (a pupil removed from their class has none). */
    public Optional<Long> currentClassOf(long pupilId) {
        return dsl.select(PUPIL_ENROLMENT.CLASS_ID).from(PUPIL_ENROLMENT)
                .join(SCHOOL_YEAR).on(SCHOOL_YEAR.ID.eq(PUPIL_ENROLMENT.SCHOOL_YEAR_ID))
                .where(PUPIL_ENROLMENT.PUPIL_ID.eq(pupilId))
                .orderBy(SCHOOL_YEAR.START_YEAR.desc())
                .limit(1)
                .fetchOptional(PUPIL_ENROLMENT.CLASS_ID);
    }

    /** Takes a pupil off a class list. Their account and their work stay; they can no longer log in to the class. */
    public boolean unenrol(long pupilId, long classId) {
        return dsl.deleteFrom(PUPIL_ENROLMENT)
                .where(PUPIL_ENROLMENT.PUPIL_ID.eq(pupilId)).and(PUPIL_ENROLMENT.CLASS_ID.eq(classId))
                .execute() == 1;
    }

    public boolean isEnrolled(long pupilId, long classId) {
        return dsl.fetchExists(PUPIL_ENROLMENT,
                PUPIL_ENROLMENT.PUPIL_ID.eq(pupilId).and(PUPIL_ENROLMENT.CLASS_ID.eq(classId)));
    }

    public void linkTeacher(long teacherId, long classId, Collection<String> subjectIds) {
        dsl.insertInto(TEACHER_CLASS)
                .set(TEACHER_CLASS.TEACHER_ID, teacherId)
                .set(TEACHER_CLASS.CLASS_ID, classId)
                .onConflictDoNothing().execute();
        dsl.deleteFrom(TEACHER_CLASS_SUBJECT)
                .where(TEACHER_CLASS_SUBJECT.TEACHER_ID.eq(teacherId)).and(TEACHER_CLASS_SUBJECT.CLASS_ID.eq(classId))
                .execute();
        for (String subject : subjectIds) {
            dsl.insertInto(TEACHER_CLASS_SUBJECT)
                    .set(TEACHER_CLASS_SUBJECT.TEACHER_ID, teacherId)
                    .set(TEACHER_CLASS_SUBJECT.CLASS_ID, classId)
                    .set(TEACHER_CLASS_SUBJECT.SUBJECT_ID, subject)
                    .execute();
        }
    }

    public boolean isTeacherOf(long teacherId, long classId) {
        return dsl.fetchExists(TEACHER_CLASS,
                TEACHER_CLASS.TEACHER_ID.eq(teacherId).and(TEACHER_CLASS.CLASS_ID.eq(classId)));
    }

    public List<String> subjectsOf(long teacherId, long classId) {
        return dsl.select(TEACHER_CLASS_SUBJECT.SUBJECT_ID).from(TEACHER_CLASS_SUBJECT)
                .where(TEACHER_CLASS_SUBJECT.TEACHER_ID.eq(teacherId)).and(TEACHER_CLASS_SUBJECT.CLASS_ID.eq(classId))
                .orderBy(TEACHER_CLASS_SUBJECT.SUBJECT_ID)
                .fetch(TEACHER_CLASS_SUBJECT.SUBJECT_ID);
    }

    /** The class's teachers by name, each with the subjects they teach it (for year plans' responsible teacher). */
    public List<ClassTeacher> teachersOf(long classId) {
        var subjects = multiset(select(TEACHER_CLASS_SUBJECT.SUBJECT_ID).from(TEACHER_CLASS_SUBJECT)
                .where(TEACHER_CLASS_SUBJECT.TEACHER_ID.eq(TEACHER_CLASS.TEACHER_ID))
                .and(TEACHER_CLASS_SUBJECT.CLASS_ID.eq(TEACHER_CLASS.CLASS_ID))
                .orderBy(TEACHER_CLASS_SUBJECT.SUBJECT_ID))
                .convertFrom(r -> r.map(org.jooq.Record1::value1));
        return dsl.select(APP_USER.ID, APP_USER.NAME, subjects)
                .from(TEACHER_CLASS).join(APP_USER).on(APP_USER.ID.eq(TEACHER_CLASS.TEACHER_ID))
                .where(TEACHER_CLASS.CLASS_ID.eq(classId)).and(APP_USER.ACTIVE.isTrue())
                .orderBy(APP_USER.NAME, APP_USER.ID)
                .fetch(r -> new ClassTeacher(r.value1(), r.value2(), r.value3()));
    }

    /** Teachers and leaders of a school, for the admin's staff list. */
    public List<StaffRow> staffOfSchool(long schoolId) {
        return dsl.select(APP_USER.ID, APP_USER.NAME, APP_USER.USERNAME, APP_USER.ROLE)
                .from(APP_USER)
                .where(APP_USER.SCHOOL_ID.eq(schoolId)).and(APP_USER.ROLE.in(Role.TEACHER.name(), Role.LEADER.name()))
                .orderBy(APP_USER.ROLE, APP_USER.NAME)
                .fetch(r -> new StaffRow(r.value1(), r.value2(), r.value3(), Role.valueOf(r.value4())));
    }

    public int pupilCount(long schoolId, long schoolYearId) {
        return dsl.select(count()).from(PUPIL_ENROLMENT)
                .join(SCHOOL_CLASS).on(SCHOOL_CLASS.ID.eq(PUPIL_ENROLMENT.CLASS_ID))
                .where(SCHOOL_CLASS.SCHOOL_ID.eq(schoolId)).and(SCHOOL_CLASS.SCHOOL_YEAR_ID.eq(schoolYearId))
                .fetchSingle().value1();
    }
}
