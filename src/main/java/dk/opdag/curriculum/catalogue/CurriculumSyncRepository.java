package dk.opdag.curriculum.catalogue;

import static dk.opdag.db.Tables.ACTIVITY;
import static dk.opdag.db.Tables.ACTIVITY_EXPERIMENT;
import static dk.opdag.db.Tables.ACTIVITY_GOAL;
import static dk.opdag.db.Tables.ACTIVITY_SUBJECT;
import static dk.opdag.db.Tables.COMPETENCE_AREA;
import static dk.opdag.db.Tables.GOAL;
import static dk.opdag.db.Tables.GOAL_FRAMEWORK;
import static dk.opdag.db.Tables.SUBJECT;

import dk.opdag.curriculum.model.Activity;
import dk.opdag.curriculum.model.CompetenceArea;
import dk.opdag.curriculum.model.Curriculum;
import dk.opdag.curriculum.model.Framework;
import dk.opdag.curriculum.model.Goal;
import dk.opdag.curriculum.model.Subject;
import dk.opdag.curriculum.model.SubjectUse;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * Writes the curriculum files into the database. Idempotent: an unchanged file (same content hash) is not
 * touched, a changed one is updated, and a catalogue activity whose file is gone is retired, never deleted, so
 * pupils' work and year plans that point at it keep their target.
 */
@Repository
public class CurriculumSyncRepository {

    private final DSLContext dsl;
    private final ActivityDocuments documents;

    public CurriculumSyncRepository(DSLContext dsl, ActivityDocuments documents) {
        this.dsl = dsl;
        this.documents = documents;
    }

    public record SyncReport(int added, int updated, int retired, int unchanged) {
    }

    public SyncReport sync(Curriculum curriculum, OffsetDateTime now) {
        return dsl.transactionResult(tx -> {
            DSLContext t = tx.dsl();
            syncSubjects(t, curriculum.subjects());
            curriculum.frameworks().forEach(f -> syncFramework(t, f));
            return syncActivities(t, curriculum, now);
        });
    }

    private static void syncSubjects(DSLContext t, List<Subject> subjects) {
        for (int i = 0; i < subjects.size(); i++) {
            Subject s = subjects.get(i);
            t.insertInto(SUBJECT)
                    .set(SUBJECT.ID, s.id()).set(SUBJECT.NAME, s.name())
                    .set(SUBJECT.GRADE_FROM, s.grades().from()).set(SUBJECT.GRADE_TO, s.grades().to())
                    .set(SUBJECT.SORT_ORDER, i)
                    .onConflict(SUBJECT.ID).doUpdate()
                    .set(SUBJECT.NAME, s.name())
                    .set(SUBJECT.GRADE_FROM, s.grades().from()).set(SUBJECT.GRADE_TO, s.grades().to())
                    .set(SUBJECT.SORT_ORDER, i)
                    .execute();
        }
    }

    private static void syncFramework(DSLContext t, Framework f) {
        t.insertInto(GOAL_FRAMEWORK).set(GOAL_FRAMEWORK.VERSION, f.version()).set(GOAL_FRAMEWORK.NAME, f.name())
                .onConflict(GOAL_FRAMEWORK.VERSION).doUpdate().set(GOAL_FRAMEWORK.NAME, f.name()).execute();
        for (int i = 0; i < f.areas().size(); i++) {
            CompetenceArea a = f.areas().get(i);
            t.insertInto(COMPETENCE_AREA)
                    .set(COMPETENCE_AREA.FRAMEWORK, f.version()).set(COMPETENCE_AREA.CODE, a.id())
                    .set(COMPETENCE_AREA.NAME, a.name()).set(COMPETENCE_AREA.SORT_ORDER, i)
                    .onConflict(COMPETENCE_AREA.FRAMEWORK, COMPETENCE_AREA.CODE).doUpdate()
                    .set(COMPETENCE_AREA.NAME, a.name()).set(COMPETENCE_AREA.SORT_ORDER, i)
                    .execute();
            for (Goal g : a.goals()) {
                t.insertInto(GOAL)
                        .set(GOAL.ID, g.id()).set(GOAL.FRAMEWORK, f.version()).set(GOAL.AREA_CODE, a.id())
                        .set(GOAL.AFTER_GRADE, g.after()).set(GOAL.SKILL, g.skill()).set(GOAL.GOAL_TEXT, g.text())
                        .onConflict(GOAL.ID).doUpdate()
                        .set(GOAL.AREA_CODE, a.id()).set(GOAL.AFTER_GRADE, g.after())
                        .set(GOAL.SKILL, g.skill()).set(GOAL.GOAL_TEXT, g.text())
                        .execute();
            }
        }
    }

    private SyncReport syncActivities(DSLContext t, Curriculum curriculum, OffsetDateTime now) {
        Map<String, String> stored = new HashMap<>();
        Map<String, Boolean> retired = new HashMap<>();
        t.select(ACTIVITY.ID, ACTIVITY.CONTENT_HASH, ACTIVITY.RETIRED_AT).from(ACTIVITY)
                .where(ACTIVITY.OWNER_ID.isNull())
                .forEach(r -> {
                    stored.put(r.value1(), r.value2());
                    retired.put(r.value1(), r.value3() != null);
                });
        Map<String, String> subjectNames = curriculum.subjects().stream()
                .collect(Collectors.toMap(Subject::id, Subject::name));
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        for (Activity a : curriculum.activities()) {
            String hash = stored.get(a.id());
            if (hash == null) {
                insert(t, a, subjectNames, null, null, false, now);
                added++;
            } else if (!hash.equals(a.contentHash()) || retired.get(a.id())) {
                update(t, a, subjectNames, now);
                updated++;
            } else {
                unchanged++;
            }
        }
        Set<String> inFiles = curriculum.activities().stream().map(Activity::id).collect(Collectors.toSet());
        int gone = t.update(ACTIVITY).set(ACTIVITY.RETIRED_AT, now)
                .where(ACTIVITY.OWNER_ID.isNull()).and(ACTIVITY.RETIRED_AT.isNull())
                .and(inFiles.isEmpty() ? org.jooq.impl.DSL.trueCondition() : ACTIVITY.ID.notIn(inFiles))
                .execute();
        return new SyncReport(added, updated, gone, unchanged);
    }

    /** A teacher's own activity, already validated. */
    public void insert(Activity a, Map<String, String> subjectNames, Long ownerId, Long schoolId, boolean shared,
                       OffsetDateTime now) {
        insert(dsl, a, subjectNames, ownerId, schoolId, shared, now);
    }

    public void update(Activity a, Map<String, String> subjectNames, OffsetDateTime now) {
        update(dsl, a, subjectNames, now);
    }

    public void setShared(String id, boolean shared) {
        dsl.update(ACTIVITY).set(ACTIVITY.SHARED, shared).where(ACTIVITY.ID.eq(id)).execute();
    }

    private void insert(DSLContext t, Activity a, Map<String, String> subjectNames, Long ownerId, Long schoolId,
                boolean shared, OffsetDateTime now) {
        t.insertInto(ACTIVITY)
                .set(ACTIVITY.ID, a.id())
                .set(ACTIVITY.TITLE, a.title())
                .set(ACTIVITY.INTRO, a.intro())
                .set(ACTIVITY.GRADE_FROM, a.grades().from())
                .set(ACTIVITY.GRADE_TO, a.grades().to())
                .set(ACTIVITY.LESSONS, a.lessons())
                .set(ACTIVITY.UNPLUGGED, a.unplugged().name())
                .set(ACTIVITY.CROSS_SUBJECT, a.crossSubject())
                .set(ACTIVITY.HAS_EXPERIMENT, !a.experiments().isEmpty())
                .set(ACTIVITY.OWNER_ID, ownerId)
                .set(ACTIVITY.SCHOOL_ID, schoolId)
                .set(ACTIVITY.SHARED, shared)
                .set(ACTIVITY.CONTENT_HASH, a.contentHash())
                .set(ACTIVITY.BODY, documents.toJson(a))
                .set(ACTIVITY.SEARCH_TEXT, SearchText.of(a, subjectNames))
                .set(ACTIVITY.UPDATED_AT, now)
                .execute();
        insertLinks(t, a);
    }

    private void update(DSLContext t, Activity a, Map<String, String> subjectNames, OffsetDateTime now) {
        t.update(ACTIVITY)
                .set(ACTIVITY.TITLE, a.title())
                .set(ACTIVITY.INTRO, a.intro())
                .set(ACTIVITY.GRADE_FROM, a.grades().from())
                .set(ACTIVITY.GRADE_TO, a.grades().to())
                .set(ACTIVITY.LESSONS, a.lessons())
                .set(ACTIVITY.UNPLUGGED, a.unplugged().name())
                .set(ACTIVITY.CROSS_SUBJECT, a.crossSubject())
                .set(ACTIVITY.HAS_EXPERIMENT, !a.experiments().isEmpty())
                .set(ACTIVITY.CONTENT_HASH, a.contentHash())
                .set(ACTIVITY.BODY, documents.toJson(a))
                .set(ACTIVITY.SEARCH_TEXT, SearchText.of(a, subjectNames))
                .set(ACTIVITY.UPDATED_AT, now)
                .setNull(ACTIVITY.RETIRED_AT)
                .where(ACTIVITY.ID.eq(a.id()))
                .execute();
        t.deleteFrom(ACTIVITY_SUBJECT).where(ACTIVITY_SUBJECT.ACTIVITY_ID.eq(a.id())).execute();
        t.deleteFrom(ACTIVITY_GOAL).where(ACTIVITY_GOAL.ACTIVITY_ID.eq(a.id())).execute();
        t.deleteFrom(ACTIVITY_EXPERIMENT).where(ACTIVITY_EXPERIMENT.ACTIVITY_ID.eq(a.id())).execute();
        insertLinks(t, a);
    }

    private static void insertLinks(DSLContext t, Activity a) {
        for (SubjectUse s : a.subjects()) {
            t.insertInto(ACTIVITY_SUBJECT).set(ACTIVITY_SUBJECT.ACTIVITY_ID, a.id())
                    .set(ACTIVITY_SUBJECT.SUBJECT_ID, s.id()).set(ACTIVITY_SUBJECT.DOES, s.does()).execute();
        }
        for (String goal : a.goals()) {
            t.insertInto(ACTIVITY_GOAL).set(ACTIVITY_GOAL.ACTIVITY_ID, a.id()).set(ACTIVITY_GOAL.GOAL_ID, goal)
                    .execute();
        }
        for (String experiment : a.experiments()) {
            t.insertInto(ACTIVITY_EXPERIMENT).set(ACTIVITY_EXPERIMENT.ACTIVITY_ID, a.id())
                    .set(ACTIVITY_EXPERIMENT.EXPERIMENT_ID, experiment).execute();
        }
    }
}
