package dk.opdag.training.team;

import static dk.opdag.db.Tables.TRAINING_ANSWER;
import static dk.opdag.db.Tables.TRAINING_ASSESSMENT;
import static dk.opdag.db.Tables.TRAINING_MODULE_PROGRESS;
import static dk.opdag.db.Tables.TRAINING_TEAM;
import static dk.opdag.db.Tables.TRAINING_TEAM_MEMBER;
import static dk.opdag.db.Tables.TRAINING_TEAM_PROFILE;
import static dk.opdag.db.Tables.TRAINING_TEAM_PROFILE_DIMENSION;
import static dk.opdag.db.Tables.TRAINING_TEAM_PROFILE_ITEM;
import static dk.opdag.db.Tables.TRAINING_TEAM_PROFILE_SOURCE;
import static dk.opdag.db.Tables.TRAINING_TEAM_TARGET;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.sum;

import dk.opdag.training.content.Dimension;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * Teams, their members and targets, and published team profiles. Profiles hold aggregates only; the sources table
 * says which assessments a profile combined, for the anonymity rule and nothing else.
 */
@Repository
public class TeamRepository {

    private final DSLContext dsl;

    public TeamRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public record Team(long id, long schoolId, String name) {
    }

    public long create(long schoolId, String name, long createdBy, OffsetDateTime now) {
        return dsl.insertInto(TRAINING_TEAM)
                .set(TRAINING_TEAM.SCHOOL_ID, schoolId)
                .set(TRAINING_TEAM.NAME, name)
                .set(TRAINING_TEAM.CREATED_BY, createdBy)
                .set(TRAINING_TEAM.CREATED_AT, now)
                .returning(TRAINING_TEAM.ID).fetchOne().getId();
    }

    public boolean nameTaken(long schoolId, String name) {
        return dsl.fetchExists(TRAINING_TEAM, TRAINING_TEAM.SCHOOL_ID.eq(schoolId)
                .and(TRAINING_TEAM.NAME.lower().eq(name.toLowerCase())));
    }

    public Optional<Team> find(long teamId) {
        return dsl.selectFrom(TRAINING_TEAM).where(TRAINING_TEAM.ID.eq(teamId)).fetchOptional()
                .map(r -> new Team(r.getId(), r.getSchoolId(), r.getName()));
    }

    public List<Team> ofSchool(long schoolId) {
        return dsl.selectFrom(TRAINING_TEAM).where(TRAINING_TEAM.SCHOOL_ID.eq(schoolId))
                .orderBy(TRAINING_TEAM.NAME)
                .fetch(r -> new Team(r.getId(), r.getSchoolId(), r.getName()));
    }

    public List<Team> ofMember(long teacherId) {
        return dsl.select(TRAINING_TEAM.ID, TRAINING_TEAM.SCHOOL_ID, TRAINING_TEAM.NAME).from(TRAINING_TEAM)
                .join(TRAINING_TEAM_MEMBER).on(TRAINING_TEAM_MEMBER.TEAM_ID.eq(TRAINING_TEAM.ID))
                .where(TRAINING_TEAM_MEMBER.TEACHER_ID.eq(teacherId))
                .orderBy(TRAINING_TEAM.NAME)
                .fetch(r -> new Team(r.value1(), r.value2(), r.value3()));
    }

    public void delete(long teamId) {
        dsl.deleteFrom(TRAINING_TEAM).where(TRAINING_TEAM.ID.eq(teamId)).execute();
    }

    public List<Long> members(long teamId) {
        return dsl.select(TRAINING_TEAM_MEMBER.TEACHER_ID).from(TRAINING_TEAM_MEMBER)
                .where(TRAINING_TEAM_MEMBER.TEAM_ID.eq(teamId))
                .orderBy(TRAINING_TEAM_MEMBER.ADDED_AT, TRAINING_TEAM_MEMBER.TEACHER_ID)
                .fetch(TRAINING_TEAM_MEMBER.TEACHER_ID);
    }

    public boolean isMember(long teamId, long teacherId) {
        return dsl.fetchExists(TRAINING_TEAM_MEMBER, TRAINING_TEAM_MEMBER.TEAM_ID.eq(teamId)
                .and(TRAINING_TEAM_MEMBER.TEACHER_ID.eq(teacherId)));
    }

    public void addMember(long teamId, long teacherId, OffsetDateTime now) {
        if (!isMember(teamId, teacherId)) {
            dsl.insertInto(TRAINING_TEAM_MEMBER)
                    .set(TRAINING_TEAM_MEMBER.TEAM_ID, teamId)
                    .set(TRAINING_TEAM_MEMBER.TEACHER_ID, teacherId)
                    .set(TRAINING_TEAM_MEMBER.ADDED_AT, now)
                    .execute();
        }
    }

    public void removeMember(long teamId, long teacherId) {
        dsl.deleteFrom(TRAINING_TEAM_MEMBER).where(TRAINING_TEAM_MEMBER.TEAM_ID.eq(teamId))
                .and(TRAINING_TEAM_MEMBER.TEACHER_ID.eq(teacherId)).execute();
    }

    public Map<Dimension, Integer> targets(long teamId) {
        Map<Dimension, Integer> targets = new EnumMap<>(Dimension.class);
        dsl.select(TRAINING_TEAM_TARGET.DIMENSION, TRAINING_TEAM_TARGET.TARGET).from(TRAINING_TEAM_TARGET)
                .where(TRAINING_TEAM_TARGET.TEAM_ID.eq(teamId))
                .forEach(r -> targets.put(Dimension.valueOf(r.value1()), r.value2()));
        return targets;
    }

    public void setTarget(long teamId, Dimension dimension, int target, long setBy, OffsetDateTime now) {
        int changed = dsl.update(TRAINING_TEAM_TARGET).set(TRAINING_TEAM_TARGET.TARGET, target)
                .set(TRAINING_TEAM_TARGET.SET_BY, setBy).set(TRAINING_TEAM_TARGET.SET_AT, now)
                .where(TRAINING_TEAM_TARGET.TEAM_ID.eq(teamId))
                .and(TRAINING_TEAM_TARGET.DIMENSION.eq(dimension.name())).execute();
        if (changed == 0) {
            dsl.insertInto(TRAINING_TEAM_TARGET)
                    .set(TRAINING_TEAM_TARGET.TEAM_ID, teamId)
                    .set(TRAINING_TEAM_TARGET.DIMENSION, dimension.name())
                    .set(TRAINING_TEAM_TARGET.TARGET, target)
                    .set(TRAINING_TEAM_TARGET.SET_BY, setBy)
                    .set(TRAINING_TEAM_TARGET.SET_AT, now)
                    .execute();
        }
    }

    /** The highest target any of the teacher's teams has set per dimension. */
    public Map<Dimension, Integer> targetsForMember(long teacherId) {
        Map<Dimension, Integer> targets = new EnumMap<>(Dimension.class);
        dsl.select(TRAINING_TEAM_TARGET.DIMENSION, max(TRAINING_TEAM_TARGET.TARGET)).from(TRAINING_TEAM_TARGET)
                .join(TRAINING_TEAM_MEMBER).on(TRAINING_TEAM_MEMBER.TEAM_ID.eq(TRAINING_TEAM_TARGET.TEAM_ID))
                .where(TRAINING_TEAM_MEMBER.TEACHER_ID.eq(teacherId))
                .groupBy(TRAINING_TEAM_TARGET.DIMENSION)
                .forEach(r -> targets.put(Dimension.valueOf(r.value1()), r.value2()));
        return targets;
    }

    /** Each current member's newest finished self-assessment: teacher id → assessment id. */
    public Map<Long, Long> latestFinishedOfMembers(long teamId) {
        Map<Long, Long> latest = new LinkedHashMap<>();
        dsl.select(TRAINING_ASSESSMENT.TEACHER_ID, max(TRAINING_ASSESSMENT.ID))
                .from(TRAINING_ASSESSMENT)
                .join(TRAINING_TEAM_MEMBER).on(TRAINING_TEAM_MEMBER.TEACHER_ID.eq(TRAINING_ASSESSMENT.TEACHER_ID))
                .where(TRAINING_TEAM_MEMBER.TEAM_ID.eq(teamId)).and(TRAINING_ASSESSMENT.FINISHED_AT.isNotNull())
                .groupBy(TRAINING_ASSESSMENT.TEACHER_ID)
                .orderBy(TRAINING_ASSESSMENT.TEACHER_ID)
                .forEach(r -> latest.put(r.value1(), r.value2()));
        return latest;
    }

    /** Mean rating per dimension over the given assessments, rounded to one decimal. */
    public Map<Dimension, BigDecimal> meanByDimension(Collection<Long> assessmentIds) {
        Map<Dimension, BigDecimal> means = new EnumMap<>(Dimension.class);
        dsl.select(TRAINING_ANSWER.DIMENSION, sum(TRAINING_ANSWER.RATING), count()).from(TRAINING_ANSWER)
                .where(TRAINING_ANSWER.ASSESSMENT_ID.in(assessmentIds))
                .groupBy(TRAINING_ANSWER.DIMENSION)
                .forEach(r -> means.put(Dimension.valueOf(r.value1()), mean(r.value2(), r.value3())));
        return means;
    }

    public record ItemMean(String itemId, Dimension dimension, BigDecimal mean) {
    }

    public List<ItemMean> meanByItem(Collection<Long> assessmentIds) {
        return dsl.select(TRAINING_ANSWER.ITEM_ID, TRAINING_ANSWER.DIMENSION, sum(TRAINING_ANSWER.RATING), count())
                .from(TRAINING_ANSWER).where(TRAINING_ANSWER.ASSESSMENT_ID.in(assessmentIds))
                .groupBy(TRAINING_ANSWER.ITEM_ID, TRAINING_ANSWER.DIMENSION)
                .orderBy(TRAINING_ANSWER.ITEM_ID)
                .fetch(r -> new ItemMean(r.value1(), Dimension.valueOf(r.value2()), mean(r.value3(), r.value4())));
    }

    /** Sum over count, rounded to one decimal in Java: H2 and PostgreSQL differ in how AVG rounds integers. */
    static BigDecimal mean(BigDecimal sum, int count) {
        return sum.divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
    }

    // ---- published profiles ----

    public record ProfileSummary(long id, OffsetDateTime publishedAt, int answers, boolean shown) {
    }

    public record DimensionValue(Dimension dimension, Integer target, BigDecimal mean) {
    }

    public record Profile(ProfileSummary summary, List<DimensionValue> dimensions, List<ItemMean> items) {
    }

    /** A profile with too few answers: kept with its count only, never any numbers. */
    public long insertHidden(long teamId, int answers, long publishedBy, OffsetDateTime now) {
        return insertProfile(teamId, answers, false, publishedBy, now);
    }

    public long insertShown(long teamId, Map<Long, Long> sources, List<DimensionValue> dimensions,
                            List<ItemMean> items, long publishedBy, OffsetDateTime now) {
        long id = insertProfile(teamId, sources.size(), true, publishedBy, now);
        var dimInsert = dsl.insertInto(TRAINING_TEAM_PROFILE_DIMENSION, TRAINING_TEAM_PROFILE_DIMENSION.PROFILE_ID,
                TRAINING_TEAM_PROFILE_DIMENSION.DIMENSION, TRAINING_TEAM_PROFILE_DIMENSION.TARGET,
                TRAINING_TEAM_PROFILE_DIMENSION.MEAN_LEVEL);
        for (DimensionValue d : dimensions) {
            dimInsert = dimInsert.values(id, d.dimension().name(), d.target(), d.mean());
        }
        dimInsert.execute();
        var itemInsert = dsl.insertInto(TRAINING_TEAM_PROFILE_ITEM, TRAINING_TEAM_PROFILE_ITEM.PROFILE_ID,
                TRAINING_TEAM_PROFILE_ITEM.ITEM_ID, TRAINING_TEAM_PROFILE_ITEM.DIMENSION,
                TRAINING_TEAM_PROFILE_ITEM.MEAN_LEVEL);
        for (ItemMean i : items) {
            itemInsert = itemInsert.values(id, i.itemId(), i.dimension().name(), i.mean());
        }
        if (!items.isEmpty()) {
            itemInsert.execute();
        }
        var sourceInsert = dsl.insertInto(TRAINING_TEAM_PROFILE_SOURCE, TRAINING_TEAM_PROFILE_SOURCE.PROFILE_ID,
                TRAINING_TEAM_PROFILE_SOURCE.TEACHER_ID, TRAINING_TEAM_PROFILE_SOURCE.ASSESSMENT_ID);
        for (Map.Entry<Long, Long> s : sources.entrySet()) {
            sourceInsert = sourceInsert.values(id, s.getKey(), s.getValue());
        }
        sourceInsert.execute();
        return id;
    }

    private long insertProfile(long teamId, int answers, boolean shown, long publishedBy, OffsetDateTime now) {
        return dsl.insertInto(TRAINING_TEAM_PROFILE)
                .set(TRAINING_TEAM_PROFILE.TEAM_ID, teamId)
                .set(TRAINING_TEAM_PROFILE.PUBLISHED_AT, now)
                .set(TRAINING_TEAM_PROFILE.PUBLISHED_BY, publishedBy)
                .set(TRAINING_TEAM_PROFILE.ANSWERS, answers)
                .set(TRAINING_TEAM_PROFILE.SHOWN, shown)
                .returning(TRAINING_TEAM_PROFILE.ID).fetchOne().getId();
    }

    /** Newest first. */
    public List<ProfileSummary> profiles(long teamId) {
        return dsl.selectFrom(TRAINING_TEAM_PROFILE).where(TRAINING_TEAM_PROFILE.TEAM_ID.eq(teamId))
                .orderBy(TRAINING_TEAM_PROFILE.PUBLISHED_AT.desc(), TRAINING_TEAM_PROFILE.ID.desc())
                .fetch(r -> new ProfileSummary(r.getId(), r.getPublishedAt(), r.getAnswers(), r.getShown()));
    }

    public Optional<Profile> profile(long teamId, long profileId) {
        return dsl.selectFrom(TRAINING_TEAM_PROFILE).where(TRAINING_TEAM_PROFILE.ID.eq(profileId))
                .and(TRAINING_TEAM_PROFILE.TEAM_ID.eq(teamId)).fetchOptional().map(r -> {
                    ProfileSummary summary = new ProfileSummary(r.getId(), r.getPublishedAt(), r.getAnswers(),
                            r.getShown());
                    if (!r.getShown()) {
                        return new Profile(summary, List.of(), List.of());
                    }
                    List<DimensionValue> dims = dsl.selectFrom(TRAINING_TEAM_PROFILE_DIMENSION)
                            .where(TRAINING_TEAM_PROFILE_DIMENSION.PROFILE_ID.eq(profileId))
                            .fetch(d -> new DimensionValue(Dimension.valueOf(d.getDimension()), d.getTarget(),
                                    d.getMeanLevel()))
                            .stream().sorted(java.util.Comparator.comparing(DimensionValue::dimension)).toList();
                    List<ItemMean> items = dsl.selectFrom(TRAINING_TEAM_PROFILE_ITEM)
                            .where(TRAINING_TEAM_PROFILE_ITEM.PROFILE_ID.eq(profileId))
                            .orderBy(TRAINING_TEAM_PROFILE_ITEM.ITEM_ID)
                            .fetch(i -> new ItemMean(i.getItemId(), Dimension.valueOf(i.getDimension()),
                                    i.getMeanLevel()));
                    return new Profile(summary, dims, items);
                });
    }

    /** The sources of every shown profile of the team: profile id → (teacher id → assessment id). */
    public Map<Long, Map<Long, Long>> shownSources(long teamId) {
        Map<Long, Map<Long, Long>> result = new LinkedHashMap<>();
        dsl.select(TRAINING_TEAM_PROFILE_SOURCE.PROFILE_ID, TRAINING_TEAM_PROFILE_SOURCE.TEACHER_ID,
                        TRAINING_TEAM_PROFILE_SOURCE.ASSESSMENT_ID)
                .from(TRAINING_TEAM_PROFILE_SOURCE)
                .join(TRAINING_TEAM_PROFILE).on(TRAINING_TEAM_PROFILE.ID.eq(TRAINING_TEAM_PROFILE_SOURCE.PROFILE_ID))
                .where(TRAINING_TEAM_PROFILE.TEAM_ID.eq(teamId)).and(TRAINING_TEAM_PROFILE.SHOWN.isTrue())
                .forEach(r -> result.computeIfAbsent(r.value1(), k -> new LinkedHashMap<>()).put(r.value2(),
                        r.value3()));
        return result;
    }

    // ---- participation, for the leader ----

    /**
     * Per team of the school: members, members with a finished self-assessment, modules completed by members, and
     * shown profiles. Counts only.
     */
    public record Participation(long teamId, String name, int members, int assessed, int modulesCompleted,
                                int profilesShown) {
    }

    public List<Participation> participation(long schoolId) {
        var members = dsl.select(TRAINING_TEAM_MEMBER.TEAM_ID, count().as("n")).from(TRAINING_TEAM_MEMBER)
                .join(TRAINING_TEAM).on(TRAINING_TEAM.ID.eq(TRAINING_TEAM_MEMBER.TEAM_ID))
                .where(TRAINING_TEAM.SCHOOL_ID.eq(schoolId)).groupBy(TRAINING_TEAM_MEMBER.TEAM_ID)
                .fetchMap(r -> r.value1(), r -> r.value2());
        var assessed = dsl.select(TRAINING_TEAM_MEMBER.TEAM_ID, countDistinct(TRAINING_ASSESSMENT.TEACHER_ID))
                .from(TRAINING_TEAM_MEMBER)
                .join(TRAINING_TEAM).on(TRAINING_TEAM.ID.eq(TRAINING_TEAM_MEMBER.TEAM_ID))
                .join(TRAINING_ASSESSMENT).on(TRAINING_ASSESSMENT.TEACHER_ID.eq(TRAINING_TEAM_MEMBER.TEACHER_ID))
                .where(TRAINING_TEAM.SCHOOL_ID.eq(schoolId)).and(TRAINING_ASSESSMENT.FINISHED_AT.isNotNull())
                .groupBy(TRAINING_TEAM_MEMBER.TEAM_ID)
                .fetchMap(r -> r.value1(), r -> r.value2());
        var modules = dsl.select(TRAINING_TEAM_MEMBER.TEAM_ID, count())
                .from(TRAINING_TEAM_MEMBER)
                .join(TRAINING_TEAM).on(TRAINING_TEAM.ID.eq(TRAINING_TEAM_MEMBER.TEAM_ID))
                .join(TRAINING_MODULE_PROGRESS)
                .on(TRAINING_MODULE_PROGRESS.TEACHER_ID.eq(TRAINING_TEAM_MEMBER.TEACHER_ID))
                .where(TRAINING_TEAM.SCHOOL_ID.eq(schoolId)).and(TRAINING_MODULE_PROGRESS.COMPLETED_AT.isNotNull())
                .groupBy(TRAINING_TEAM_MEMBER.TEAM_ID)
                .fetchMap(r -> r.value1(), r -> r.value2());
        var profiles = dsl.select(TRAINING_TEAM_PROFILE.TEAM_ID, count()).from(TRAINING_TEAM_PROFILE)
                .join(TRAINING_TEAM).on(TRAINING_TEAM.ID.eq(TRAINING_TEAM_PROFILE.TEAM_ID))
                .where(TRAINING_TEAM.SCHOOL_ID.eq(schoolId)).and(TRAINING_TEAM_PROFILE.SHOWN.isTrue())
                .groupBy(TRAINING_TEAM_PROFILE.TEAM_ID)
                .fetchMap(r -> r.value1(), r -> r.value2());
        return ofSchool(schoolId).stream().map(t -> new Participation(t.id(), t.name(),
                members.getOrDefault(t.id(), 0), assessed.getOrDefault(t.id(), 0), modules.getOrDefault(t.id(), 0),
                profiles.getOrDefault(t.id(), 0))).toList();
    }
}
