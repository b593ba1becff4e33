package dk.opdag.curriculum.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import dk.opdag.curriculum.load.CurriculumLoader;
import dk.opdag.curriculum.model.Activity;
import dk.opdag.curriculum.model.Curriculum;
import dk.opdag.testing.TestDatabase;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The shipped curriculum synchronised into H2 and PostgreSQL, then searched and counted through jOOQ. */
class CatalogueRepositoryTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 2, 8, 0, 0, 0, ZoneOffset.UTC);
    private static Curriculum shipped;

    @BeforeAll
    static void loadShippedCurriculum() {
        var result = CurriculumLoader.load(Path.of("curriculum"));
        assertThat(result.errors()).isEmpty();
        shipped = result.curriculum();
    }

    private static CurriculumSyncRepository sync(DSLContext dsl) {
        return new CurriculumSyncRepository(dsl, new ActivityDocuments());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void syncIsIdempotentUpdatesChangesAndRetiresRemovedFiles(TestDatabase db) {
        DSLContext dsl = db.fresh();
        var first = sync(dsl).sync(shipped, NOW);
        assertThat(first.added()).isEqualTo(shipped.activities().size());

        var again = sync(dsl).sync(shipped, NOW);
        assertThat(again).isEqualTo(new CurriculumSyncRepository.SyncReport(0, 0, 0, shipped.activities().size()));

        List<Activity> changed = new ArrayList<>(shipped.activities());
        Activity removed = changed.removeLast();
        Activity edited = changed.getFirst();
        changed.set(0, new Activity(edited.id(), edited.title() + " (ny udgave)", edited.grades(), edited.intro(),
                edited.why(), edited.subjects(), edited.goals(), edited.lessons(), edited.unplugged(),
                edited.materials(), edited.differentiation(), edited.experiments(), edited.guide(), edited.safety(),
                "changed-hash"));
        var third = sync(dsl).sync(new Curriculum(shipped.subjects(), shipped.frameworks(), changed), NOW);
        assertThat(third).isEqualTo(new CurriculumSyncRepository.SyncReport(0, 1, 1, changed.size() - 1));

        CatalogueRepository catalogue = new CatalogueRepository(dsl);
        assertThat(catalogue.search(CatalogueQuery.all(), Viewer.anonymous())).extracting(ActivityCard::id)
                .doesNotContain(removed.id()).hasSize(changed.size());
        assertThat(catalogue.find(removed.id(), Viewer.anonymous())).get()
                .extracting(CatalogueRepository.StoredActivity::retired).isEqualTo(true);
        assertThat(catalogue.search(new CatalogueQuery("(ny udgave)", null, null, null, null, null, null, null),
                Viewer.anonymous())).extracting(ActivityCard::id).containsExactly(edited.id());

        var back = sync(dsl).sync(shipped, NOW);
        assertThat(back.updated()).isEqualTo(2);
        assertThat(catalogue.count(CatalogueQuery.all(), Viewer.anonymous())).isEqualTo(shipped.activities().size());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void filtersCombineAndEveryResultMatchesThem(TestDatabase db) {
        DSLContext dsl = db.fresh();
        sync(dsl).sync(shipped, NOW);
        CatalogueRepository catalogue = new CatalogueRepository(dsl);

        var query = new CatalogueQuery(null, "matematik", 5, "ct", null, null, null, null);
        List<ActivityCard> found = catalogue.search(query, Viewer.anonymous());

        long expected = shipped.activities().stream()
                .filter(a -> a.subjects().stream().anyMatch(s -> s.id().equals("matematik")))
                .filter(a -> a.grades().contains(5))
                .filter(a -> a.goals().stream().anyMatch(g -> g.startsWith("tf18.ct.")))
                .count();
        assertThat(found).hasSize((int) expected).isNotEmpty();
        assertThat(found).allSatisfy(card -> {
            assertThat(card.subjectIds()).contains("matematik");
            assertThat(card.areaCodes()).contains("ct");
            assertThat(card.gradeFrom()).isLessThanOrEqualTo(5);
            assertThat(card.gradeTo()).isGreaterThanOrEqualTo(5);
        });
        assertThat(catalogue.count(query, Viewer.anonymous())).isEqualTo(found.size());

        var unpluggedShort = new CatalogueQuery(null, null, null, null, 1, true, true, null);
        assertThat(catalogue.search(unpluggedShort, Viewer.anonymous())).allSatisfy(card -> {
            assertThat(card.lessons()).isLessThanOrEqualTo(1);
            assertThat(card.crossSubject()).isTrue();
            assertThat(card.unplugged()).isNotEqualTo("NONE");
        });
        assertThat(catalogue.search(new CatalogueQuery("%", null, null, null, null, null, null, null),
                Viewer.anonymous())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void freeTextFindsWordsInTitleIntroAndSubjects(TestDatabase db) {
        DSLContext dsl = db.fresh();
        sync(dsl).sync(shipped, NOW);
        CatalogueRepository catalogue = new CatalogueRepository(dsl);
        Activity any = shipped.activities().get(3);
        String word = any.title().split("\\s+")[0].replaceAll("[^\\p{L}]", "");

        List<ActivityCard> found = catalogue.search(
                new CatalogueQuery(word.toUpperCase(), null, null, null, null, null, null, null), Viewer.anonymous());
        assertThat(found).extracting(ActivityCard::id).contains(any.id());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void coverageCountsAreasGoalsAndSubjectsOfASetOfActivities(TestDatabase db) {
        DSLContext dsl = db.fresh();
        sync(dsl).sync(shipped, NOW);
        CoverageRepository coverage = new CoverageRepository(dsl);
        List<Activity> some = shipped.activities().subList(0, 5);
        List<String> ids = some.stream().map(Activity::id).toList();

        var goals = coverage.goals(ids);
        long distinctGoals = some.stream().flatMap(a -> a.goals().stream()).distinct().count();
        assertThat(goals).hasSize((int) distinctGoals);
        var subjects = coverage.subjects(ids);
        long distinctSubjects = some.stream().flatMap(a -> a.subjects().stream()).map(s -> s.id()).distinct().count();
        assertThat(subjects).hasSize((int) distinctSubjects);
        int sumOfSubjectCounts = subjects.stream().mapToInt(CoverageRepository.SubjectCount::activities).sum();
        assertThat(sumOfSubjectCounts).isEqualTo(some.stream().mapToInt(a -> a.subjects().size()).sum());
        assertThat(coverage.areasByBand(ids)).isNotEmpty()
                .allSatisfy(cell -> assertThat(cell.afterGrade()).isIn(3, 6, 9));
        assertThat(coverage.areasByBand(List.of())).isEmpty();
    }
}
