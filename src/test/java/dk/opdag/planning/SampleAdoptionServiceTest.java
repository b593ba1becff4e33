package dk.opdag.planning;

import static dk.opdag.planning.PlanningWorld.week;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.opdag.curriculum.CurriculumStore;
import dk.opdag.curriculum.yearplan.SampleItem;
import dk.opdag.curriculum.yearplan.SamplePlan;
import dk.opdag.curriculum.yearplan.YearPlanCatalog;
import dk.opdag.planning.samples.SampleAdoptionService.Existing;
import dk.opdag.planning.samples.SampleAdoptionService;
import dk.opdag.planning.samples.SampleUseRepository;
import dk.opdag.shell.OpdagI18nProvider;
import dk.opdag.testing.TestDatabase;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Adopting a sample year plan into a class plan or a grade template, on H2 and PostgreSQL. */
class SampleAdoptionServiceTest {

    private static final YearPlanCatalog SAMPLES = new YearPlanCatalog(new CurriculumStore("curriculum"), "curriculum");

    private static SampleAdoptionService service(PlanningWorld w) {
        return new SampleAdoptionService(SAMPLES, w.plans, w.adoption, w.schoolHolidays, w.repository, w.access,
                new SampleUseRepository(w.f.dsl),
                w.f.classesApi, w.f.schoolsApi, w.clock);
    }

    private static String danish(PlanningException e) {
        return OpdagI18nProvider.translate(e.key(), OpdagI18nProvider.DANISH, e.args());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aTeacherAdoptsASampleIntoTheClassPlanSkippingHolidaysAndTheLeaderSeesTheModel(TestDatabase db) {
        PlanningWorld w = new PlanningWorld(db);
        SampleAdoptionService samples = service(w);
        SamplePlan sample = SAMPLES.plan("5-integreret").orElseThrow();
        SampleItem first = sample.items().stream().filter(i -> !i.isOwn()).findFirst().orElseThrow();
        // The school's holiday falls on the week the sample starts its first activity in.
        w.schoolHolidays.setHolidays(w.leader, w.f.school, 2026, Set.of(week(2026, first.fromWeek())));
        Plan plan = samples.classTarget(w.bo, w.c5b);

        var preview = samples.preview(w.bo, plan.id(), "5-integreret");
        assertThat(preview.existingItems()).isZero();
        long activities = sample.items().stream().filter(i -> !i.isOwn()).count();
        assertThat(preview.placements()).hasSize((int) activities);
        assertThat(preview.ownLessons()).isEqualTo(sample.ownLessons());
        var placed = preview.placements().getFirst();
        assertThat(placed.shifted()).isTrue();
        assertThat(placed.from().number()).isEqualTo(first.fromWeek() + 1);

        var result = samples.adopt(w.bo, plan.id(), "5-integreret", Existing.NONE, 0);

        assertThat(result.added()).isEqualTo((int) activities);
        assertThat(result.shifted()).isGreaterThanOrEqualTo(1);
        List<PlannedActivity> items = w.planItems.items(w.bo, plan.id());
        assertThat(items).hasSize((int) activities);
        PlannedActivity firstItem = items.stream().filter(i -> i.activityId().equals(first.activityId())).findFirst()
                .orElseThrow();
        assertThat(firstItem.fromWeek()).isEqualTo(week(2026, first.fromWeek() + 1));
        assertThat(firstItem.subjectId()).isEqualTo(first.subjectId());
        assertThat(firstItem.note()).startsWith(first.why());
        assertThat(items).noneMatch(i -> w.schoolHolidays.calendar(plan).isHoliday(i.fromWeek()));
        // Matematik goes to Bo, dansk to Birgit: the class teacher who teaches the subject.
        assertThat(items).filteredOn(i -> i.subjectId().equals("dansk")).extracting(PlannedActivity::teacherName)
                .containsOnly("Birgit Bach");
        assertThat(w.planItems.history(w.bo, plan.id(), 0, 5).getFirst().kind()).isEqualTo(ChangeKind.ADOPTED);

        var uses = samples.usesOfSchool(w.leader, w.f.school, 2026);
        assertThat(uses).singleElement().satisfies(u -> {
            assertThat(u.classId()).isEqualTo(w.c5b);
            assertThat(u.model()).isEqualTo("integreret");
            assertThat(u.itemsAdded()).isEqualTo((int) activities);
        });
        assertThatThrownBy(() -> samples.usesOfSchool(w.bo, w.f.school, 2026)).isInstanceOf(PlanningException.class);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aPlanWithItemsIsOnlyChangedWhenTheTeacherConfirmsAddingOrReplacing(TestDatabase db) {
        PlanningWorld w = new PlanningWorld(db);
        SampleAdoptionService samples = service(w);
        Plan plan = samples.classTarget(w.bo, w.c5b);
        w.planItems.addItem(w.bo, plan.id(), PlanningWorld.draft("t-ct5", "matematik", week(2026, 36), week(2026, 37)));

        var refused = (PlanningException) org.assertj.core.api.Assertions.catchThrowable(
                () -> samples.adopt(w.bo, plan.id(), "5-temauger", Existing.NONE, 1));
        assertThat(danish(refused)).contains("1 forløb");
        assertThat(w.planItems.items(w.bo, plan.id())).extracting(PlannedActivity::activityId).containsExactly("t-ct5");
        // A colleague changed the plan since the teacher looked: nothing happens.
        assertThatThrownBy(() -> samples.adopt(w.bo, plan.id(), "5-temauger", Existing.ADD, 0))
                .isInstanceOf(PlanConflictException.class);

        var added = samples.adopt(w.bo, plan.id(), "5-temauger", Existing.ADD, 1);
        assertThat(w.planItems.items(w.bo, plan.id())).hasSize(added.added() + 1)
                .extracting(PlannedActivity::activityId).contains("t-ct5");

        var replaced = samples.adopt(w.bo, plan.id(), "5-integreret", Existing.REPLACE, added.added() + 1);
        assertThat(replaced.removed()).isEqualTo(added.added() + 1);
        assertThat(w.planItems.items(w.bo, plan.id())).hasSize(replaced.added())
                .extracting(PlannedActivity::activityId).doesNotContain("t-ct5");
        assertThat(new SampleUseRepository(w.f.dsl).ofPlan(plan.id()).orElseThrow().sampleId())
                .isEqualTo("5-integreret");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void onlyTheClassTeachersAdoptIntoAClassAndOnlyLeadersIntoTheGradeTemplate(TestDatabase db) {
        PlanningWorld w = new PlanningWorld(db);
        SampleAdoptionService samples = service(w);
        Plan plan = samples.classTarget(w.bo, w.c5b);

        // Anne teaches 2.A, not 5.B; the leader reads class plans but does not change them; another school sees nothing.
        assertThatThrownBy(() -> samples.adopt(w.anne, plan.id(), "5-integreret", Existing.NONE, 0))
                .isInstanceOf(PlanningException.class);
        assertThatThrownBy(() -> samples.adopt(w.leader, plan.id(), "5-integreret", Existing.NONE, 0))
                .isInstanceOf(PlanningException.class);
        assertThatThrownBy(() -> samples.preview(w.otherSchoolTeacher(), plan.id(), "5-integreret"))
                .isInstanceOf(PlanningException.class);
        assertThatThrownBy(() -> samples.classTarget(w.anne, w.c5b)).isInstanceOf(PlanningException.class);
        // A sample for another grade does not fit.
        var wrongGrade = (PlanningException) org.assertj.core.api.Assertions.catchThrowable(
                () -> samples.adopt(w.bo, plan.id(), "2-integreret", Existing.NONE, 0));
        assertThat(danish(wrongGrade)).contains("2.").contains("5.");
        assertThat(w.planItems.items(w.bo, plan.id())).isEmpty();

        // The leader fills the school's grade template; teachers cannot.
        assertThatThrownBy(() -> samples.gradeTarget(w.bo, w.f.school, 2026, 2)).isInstanceOf(PlanningException.class);
        Plan template = samples.gradeTarget(w.leader, w.f.school, 2026, 2);
        var result = samples.adopt(w.leader, template.id(), "2-temauger", Existing.NONE, 0);
        assertThat(result.added()).isPositive();
        assertThatThrownBy(() -> samples.adopt(w.anne, template.id(), "2-temauger", Existing.ADD, result.added()))
                .isInstanceOf(PlanningException.class);
        assertThat(samples.usesOfSchool(w.leader, w.f.school, 2026)).singleElement()
                .satisfies(u -> assertThat(u.classId()).isNull());
    }
}
