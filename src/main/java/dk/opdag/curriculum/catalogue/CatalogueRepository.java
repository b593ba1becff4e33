package dk.opdag.curriculum.catalogue;

import static dk.opdag.db.Tables.ACTIVITY;
import static dk.opdag.db.Tables.ACTIVITY_GOAL;
import static dk.opdag.db.Tables.ACTIVITY_SUBJECT;
import static dk.opdag.db.Tables.GOAL;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.falseCondition;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectDistinct;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.springframework.stereotype.Repository;

/** Catalogue search in SQL: filters become EXISTS sub-queries so one activity is one row, whatever it matches. */
@Repository
public class CatalogueRepository {

    public static final int MAX_RESULTS = 500;
    private static final Collator DANISH = Collator.getInstance(Locale.of("da"));

    private final DSLContext dsl;

    public CatalogueRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Catalogue activities for everyone, plus the viewer's own and the viewer's school's shared ones. */
    static Condition visibleTo(Viewer viewer) {
        Condition catalogue = ACTIVITY.OWNER_ID.isNull().and(ACTIVITY.RETIRED_AT.isNull());
        Condition own = viewer.userId() == null ? falseCondition() : ACTIVITY.OWNER_ID.eq(viewer.userId());
        Condition shared = viewer.schoolId() == null ? falseCondition()
                : ACTIVITY.SHARED.isTrue().and(ACTIVITY.SCHOOL_ID.eq(viewer.schoolId()));
        return catalogue.or(own.and(ACTIVITY.RETIRED_AT.isNull())).or(shared.and(ACTIVITY.RETIRED_AT.isNull()));
    }

    static Condition matches(CatalogueQuery q) {
        Condition c = noCondition();
        if (q.text() != null && !q.text().isBlank()) {
            for (String term : q.text().toLowerCase(Locale.ROOT).trim().split("\\s+")) {
                c = c.and(ACTIVITY.SEARCH_TEXT.contains(term));
            }
        }
        if (q.subjectId() != null) {
            c = c.and(exists(select(ACTIVITY_SUBJECT.ACTIVITY_ID).from(ACTIVITY_SUBJECT)
                    .where(ACTIVITY_SUBJECT.ACTIVITY_ID.eq(ACTIVITY.ID))
                    .and(ACTIVITY_SUBJECT.SUBJECT_ID.eq(q.subjectId()))));
        }
        if (q.grade() != null) {
            c = c.and(ACTIVITY.GRADE_FROM.le(q.grade())).and(ACTIVITY.GRADE_TO.ge(q.grade()));
        }
        if (q.area() != null) {
            c = c.and(exists(select(ACTIVITY_GOAL.ACTIVITY_ID).from(ACTIVITY_GOAL)
                    .join(GOAL).on(GOAL.ID.eq(ACTIVITY_GOAL.GOAL_ID))
                    .where(ACTIVITY_GOAL.ACTIVITY_ID.eq(ACTIVITY.ID)).and(GOAL.AREA_CODE.eq(q.area()))));
        }
        if (q.maxLessons() != null) {
            c = c.and(ACTIVITY.LESSONS.le(q.maxLessons()));
        }
        if (Boolean.TRUE.equals(q.crossSubject())) {
            c = c.and(ACTIVITY.CROSS_SUBJECT.isTrue());
        }
        if (Boolean.TRUE.equals(q.unplugged())) {
            c = c.and(ACTIVITY.UNPLUGGED.ne("NONE"));
        }
        if (Boolean.TRUE.equals(q.hasExperiment())) {
            c = c.and(ACTIVITY.HAS_EXPERIMENT.isTrue());
        }
        return c;
    }

    /** Matching activities sorted by title as Danish readers expect (æ, ø, å last), at most 500. */
    public List<ActivityCard> search(CatalogueQuery query, Viewer viewer) {
        var subjects = multiset(select(ACTIVITY_SUBJECT.SUBJECT_ID).from(ACTIVITY_SUBJECT)
                .where(ACTIVITY_SUBJECT.ACTIVITY_ID.eq(ACTIVITY.ID)).orderBy(ACTIVITY_SUBJECT.SUBJECT_ID))
                .convertFrom(r -> r.map(Record1::value1));
        var areas = multiset(selectDistinct(GOAL.AREA_CODE).from(ACTIVITY_GOAL)
                .join(GOAL).on(GOAL.ID.eq(ACTIVITY_GOAL.GOAL_ID))
                .where(ACTIVITY_GOAL.ACTIVITY_ID.eq(ACTIVITY.ID)).orderBy(GOAL.AREA_CODE))
                .convertFrom(r -> r.map(Record1::value1));
        List<ActivityCard> cards = new ArrayList<>(dsl.select(ACTIVITY.ID, ACTIVITY.TITLE, ACTIVITY.INTRO,
                        ACTIVITY.GRADE_FROM, ACTIVITY.GRADE_TO, ACTIVITY.LESSONS, ACTIVITY.UNPLUGGED,
                        ACTIVITY.CROSS_SUBJECT, ACTIVITY.HAS_EXPERIMENT, ACTIVITY.OWNER_ID, subjects, areas)
                .from(ACTIVITY)
                .where(visibleTo(viewer)).and(matches(query))
                .orderBy(ACTIVITY.TITLE)
                .limit(MAX_RESULTS)
                .fetch(r -> new ActivityCard(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9(), r.value10() != null, r.value11(), r.value12())));
        cards.sort(Comparator.comparing(ActivityCard::title, DANISH));
        return cards;
    }

    public int count(CatalogueQuery query, Viewer viewer) {
        return dsl.fetchCount(ACTIVITY, visibleTo(viewer).and(matches(query)));
    }

    /** One stored activity: its JSON body and who owns it. Retired catalogue activities stay readable by link. */
    public record StoredActivity(String body, Long ownerId, boolean shared, boolean retired) {
    }

    public java.util.Optional<StoredActivity> find(String id, Viewer viewer) {
        Condition own = viewer.userId() == null ? falseCondition() : ACTIVITY.OWNER_ID.eq(viewer.userId());
        Condition shared = viewer.schoolId() == null ? falseCondition()
                : ACTIVITY.SHARED.isTrue().and(ACTIVITY.SCHOOL_ID.eq(viewer.schoolId()));
        return dsl.select(ACTIVITY.BODY, ACTIVITY.OWNER_ID, ACTIVITY.SHARED, ACTIVITY.RETIRED_AT)
                .from(ACTIVITY)
                .where(ACTIVITY.ID.eq(id)).and(ACTIVITY.OWNER_ID.isNull().or(own).or(shared))
                .fetchOptional(r -> new StoredActivity(r.value1(), r.value2(), Boolean.TRUE.equals(r.value3()),
                        r.value4() != null));
    }

    public boolean idTaken(String id) {
        return dsl.fetchExists(ACTIVITY, ACTIVITY.ID.eq(id));
    }

}
