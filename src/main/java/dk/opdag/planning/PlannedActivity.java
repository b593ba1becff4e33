package dk.opdag.planning;

import java.time.OffsetDateTime;

/**
 * One item of a year plan: an activity taught in a subject from one week to another.
 *
 * @param fromWeek       week code (year * 100 + week), see {@link Week}
 * @param teacherId      the responsible teacher, or null (templates have none)
 * @param teacherName    filled in by the service from the class's teachers; null when unknown
 * @param retired        the activity was taken out of the catalogue after it was planned
 * @param templateItemId the grade template's item this one was adopted from, or null
 * @param version        counts saves; an update must name the version it was based on
 */
public record PlannedActivity(long id, long planId, String activityId, String activityTitle, int activityGradeFrom,
                              int activityGradeTo, boolean retired, String subjectId, String subjectName,
                              int fromWeek, int toWeek, Long teacherId, String teacherName, String note,
                              Long templateItemId, int version, OffsetDateTime updatedAt) {

    public PlannedActivity withTeacherName(String name) {
        return new PlannedActivity(id, planId, activityId, activityTitle, activityGradeFrom, activityGradeTo, retired,
                subjectId, subjectName, fromWeek, toWeek, teacherId, name, note, templateItemId, version, updatedAt);
    }

    public boolean covers(int weekCode) {
        return fromWeek <= weekCode && weekCode <= toWeek;
    }

    public ItemDraft toDraft() {
        return new ItemDraft(activityId, subjectId, fromWeek, toWeek, teacherId, note);
    }
}
