package dk.opdag.curriculum.catalogue;

import static dk.opdag.db.Tables.ACTIVITY_GOAL;
import static dk.opdag.db.Tables.ACTIVITY_SUBJECT;
import static dk.opdag.db.Tables.GOAL;
import static org.jooq.impl.DSL.countDistinct;

import java.util.Collection;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * What a set of activities covers, counted in SQL: competence areas and goals per grade band, and subjects.
 * Year plans and the leader's gap views are built on these three queries.
 */
@Repository
public class CoverageRepository {

    private final DSLContext dsl;

    public CoverageRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** One cell of the area × band matrix: how many of the activities aim at goals of this area after this grade. */
    public record AreaBand(String framework, String areaCode, int afterGrade, int activities, int goals) {
    }

    public record GoalCount(String goalId, String areaCode, int afterGrade, int activities) {
    }

    public record SubjectCount(String subjectId, int activities) {
    }

    /** The goals of each of these activities, for coverage counted per class in two layers (planned, done). */
    public List<ActivityGoal> goalsOf(Collection<String> activityIds) {
        if (activityIds.isEmpty()) {
            return List.of();
        }
        return dsl.select(ACTIVITY_GOAL.ACTIVITY_ID, GOAL.ID, GOAL.FRAMEWORK, GOAL.AREA_CODE, GOAL.AFTER_GRADE)
                .from(ACTIVITY_GOAL).join(GOAL).on(GOAL.ID.eq(ACTIVITY_GOAL.GOAL_ID))
                .where(ACTIVITY_GOAL.ACTIVITY_ID.in(activityIds))
                .orderBy(ACTIVITY_GOAL.ACTIVITY_ID, GOAL.ID)
                .fetch(r -> new ActivityGoal(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    public List<AreaBand> areasByBand(Collection<String> activityIds) {
        if (activityIds.isEmpty()) {
            return List.of();
        }
        return dsl.select(GOAL.FRAMEWORK, GOAL.AREA_CODE, GOAL.AFTER_GRADE,
                        countDistinct(ACTIVITY_GOAL.ACTIVITY_ID), countDistinct(ACTIVITY_GOAL.GOAL_ID))
                .from(ACTIVITY_GOAL).join(GOAL).on(GOAL.ID.eq(ACTIVITY_GOAL.GOAL_ID))
                .where(ACTIVITY_GOAL.ACTIVITY_ID.in(activityIds))
                .groupBy(GOAL.FRAMEWORK, GOAL.AREA_CODE, GOAL.AFTER_GRADE)
                .orderBy(GOAL.FRAMEWORK, GOAL.AREA_CODE, GOAL.AFTER_GRADE)
                .fetch(r -> new AreaBand(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    public List<GoalCount> goals(Collection<String> activityIds) {
        if (activityIds.isEmpty()) {
            return List.of();
        }
        return dsl.select(GOAL.ID, GOAL.AREA_CODE, GOAL.AFTER_GRADE, countDistinct(ACTIVITY_GOAL.ACTIVITY_ID))
                .from(ACTIVITY_GOAL).join(GOAL).on(GOAL.ID.eq(ACTIVITY_GOAL.GOAL_ID))
                .where(ACTIVITY_GOAL.ACTIVITY_ID.in(activityIds))
                .groupBy(GOAL.ID, GOAL.AREA_CODE, GOAL.AFTER_GRADE)
                .orderBy(GOAL.ID)
                .fetch(r -> new GoalCount(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    public List<SubjectCount> subjects(Collection<String> activityIds) {
        if (activityIds.isEmpty()) {
            return List.of();
        }
        return dsl.select(ACTIVITY_SUBJECT.SUBJECT_ID, countDistinct(ACTIVITY_SUBJECT.ACTIVITY_ID))
                .from(ACTIVITY_SUBJECT)
                .where(ACTIVITY_SUBJECT.ACTIVITY_ID.in(activityIds))
                .groupBy(ACTIVITY_SUBJECT.SUBJECT_ID)
                .orderBy(ACTIVITY_SUBJECT.SUBJECT_ID)
                .fetch(r -> new SubjectCount(r.value1(), r.value2()));
    }
}
