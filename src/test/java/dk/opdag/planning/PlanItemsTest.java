package dk.opdag.planning;

import static dk.opdag.planning.PlanningWorld.danish;
import static dk.opdag.planning.PlanningWorld.draft;
import static dk.opdag.planning.PlanningWorld.refusal;
import static dk.opdag.planning.PlanningWorld.week;
import static org.assertj.core.api.Assertions.assertThat;

import dk.opdag.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A plan's items through the service: the rules that refuse bad input, saves that collide, and large plans. */
class PlanItemsTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void weekRangesPastTheSchoolYearOrBackwardsAreRefusedWithTheReason(TestDatabase db) {
        PlanningWorld w = new PlanningWorld(db);
        long plan = w.adoption.startClassPlan(w.bo, w.c5b).id();

        var summer = refusal(() -> w.planItems.addItem(w.bo, plan, draft("t-ct5", "matematik", week(2026, 30),
                week(2026, 33))));
        assertThat(danish(summer)).isEqualTo(
                "Uge 30 hører ikke til skoleåret 2026/27. Et skoleår går fra uge 32 til uge 26.");
        var nextSummer = refusal(() -> w.planItems.addItem(w.bo, plan, draft("t-ct5", "matematik", week(2027, 20),
                week(2027, 27))));
        assertThat(danish(nextSummer)).startsWith("Uge 27 hører ikke til skoleåret 2026/27.");
        var backwards = refusal(() -> w.planItems.addItem(w.bo, plan, draft("t-ct5", "matematik", week(2027, 5),
                week(2026, 45))));
        assertThat(danish(backwards)).isEqualTo(
                "Forløbet slutter i uge 45, før det begynder i uge 5. Vælg en slutuge efter startugen.");
        assertThat(w.planItems.addItem(w.bo, plan, draft("t-ct5", "matematik", week(2027, 25), week(2027, 26)))
                .toWeek()).isEqualTo(week(2027, 26));
        assertThat(w.planItems.countItems(w.bo, plan, ItemFilter.none())).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aSubjectNotTaughtAtTheGradeIsRefusedWithTheReason(TestDatabase db) {
        PlanningWorld w = new PlanningWorld(db);
        long plan = w.adoption.startClassPlan(w.bo, w.c5b).id();

        var refused = refusal(() -> w.planItems.addItem(w.bo, plan, draft("t-ct5", "samfundsfag", week(2026, 36),
                week(2026, 37))));

        assertThat(danish(refused)).isEqualTo(
                "Samfundsfag undervises kun i 8.–9. klasse, så faget kan ikke bruges i 5. klasse. "
                        + "Vælg et fag, der undervises på klassetrinnet.");
        assertThat(refusal(() -> w.planItems.addItem(w.bo, plan, draft("t-ct5", "latin", week(2026, 36),
                week(2026, 37)))).key()).isEqualTo("planning.error.unknown-subject");
        assertThat(w.planItems.countItems(w.bo, plan, ItemFilter.none())).isZero();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void onlyCatalogueAndSchoolSharedActivitiesGoIntoAPlan(TestDatabase db) {
        PlanningWorld w = new PlanningWorld(db);
        long plan = w.adoption.startClassPlan(w.bo, w.c5b).id();
        String privateId = "egen-privat";
        String sharedId = "egen-delt";
        var model = PlanningWorld.curriculum().activity("t-ct5").orElseThrow();
        var names = java.util.Map.of("matematik", "Matematik");
        w.sync.insert(copy(model, privateId), names, w.bo.id(), w.f.school, false, java.time.OffsetDateTime.now());
        w.sync.insert(copy(model, sharedId), names, w.birgit.id(), w.f.school, true, java.time.OffsetDateTime.now());

        assertThat(refusal(() -> w.planItems.addItem(w.bo, plan, draft(privateId, "matematik", week(2026, 36),
                week(2026, 36)))).key()).isEqualTo("planning.error.activity-unavailable");
        assertThat(w.planItems.addItem(w.bo, plan, draft(sharedId, "matematik", week(2026, 36), week(2026, 36)))
                .activityId()).isEqualTo(sharedId);
    }

    private static dk.opdag.curriculum.model.Activity copy(dk.opdag.curriculum.model.Activity a, String id) {
        return new dk.opdag.curriculum.model.Activity(id, a.title() + " " + id, a.grades(), a.intro(), a.why(),
                a.subjects(), a.goals(), a.lessons(), a.unplugged(), a.materials(), a.differentiation(),
                a.experiments(), a.guide(), a.safety(), "h-" + id);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theLaterOfTwoSavesOfOneItemIsRefusedAndTheEarlierStays(TestDatabase db) {
        PlanningWorld w = new PlanningWorld(db);
        long plan = w.adoption.startClassPlan(w.bo, w.c5b).id();
        PlannedActivity item = w.planItems.addItem(w.bo, plan, draft("t-ct5", "matematik", week(2026, 36),
                week(2026, 37)));
        // Bo and Birgit both have the plan open with version 0.
        PlannedActivity bosCopy = item;
        PlannedActivity birgitsCopy = item;

        w.planItems.moveItem(w.bo, bosCopy.id(), bosCopy.version(), week(2026, 45));
        var refused = refusal(() -> w.planItems.updateItem(w.birgit, birgitsCopy.id(), birgitsCopy.version(),
                new ItemDraft("t-ct5", "dansk", birgitsCopy.fromWeek(), birgitsCopy.toWeek(), null, "Husk iPads")));

        assertThat(refused).isInstanceOf(PlanConflictException.class);
        assertThat(danish(refused)).isEqualTo("Bo Berg har ændret »Test: sortering«, mens du havde planen åben. "
                + "Din ændring er ikke gemt. Planen er hentet igen, så du kan se ændringen og prøve igen.");
        PlannedActivity stored = w.planItems.items(w.bo, plan).getFirst();
        assertThat(stored.fromWeek()).isEqualTo(week(2026, 45));
        assertThat(stored.subjectId()).isEqualTo("matematik");
        assertThat(stored.note()).isNull();

        // With the fresh version Birgit's change goes through, on top of Bo's move.
        PlannedActivity after = w.planItems.updateItem(w.birgit, stored.id(), stored.version(),
                new ItemDraft("t-ct5", "dansk", stored.fromWeek(), stored.toWeek(), w.birgit.id(), "Husk iPads"));
        assertThat(after.fromWeek()).isEqualTo(week(2026, 45));
        assertThat(after.subjectName()).isEqualTo("Dansk");
        assertThat(after.teacherName()).isEqualTo("Birgit Bach");
        assertThat(w.planItems.history(w.bo, plan, 0, 3)).extracting(PlanChange::kind)
                .containsExactlyInAnyOrder(ChangeKind.SUBJECT, ChangeKind.TEACHER, ChangeKind.NOTE);

        // Removing with a stale version is refused too; removing what is gone says so.
        assertThat(refusal(() -> w.planItems.removeItem(w.bo, stored.id(), stored.version())))
                .isInstanceOf(PlanConflictException.class);
        w.planItems.removeItem(w.bo, after.id(), after.version());
        assertThat(refusal(() -> w.planItems.updateItem(w.birgit, after.id(), after.version(), after.toDraft())).key())
                .isEqualTo("planning.error.item-gone");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aPlanWithTwoThousandItemsIsReadPageByPageAndKeepsItsLimit(TestDatabase db) {
        PlanningWorld w = new PlanningWorld(db);
        long plan = w.adoption.startClassPlan(w.bo, w.c5b).id();
        List<Week> weeks = w.schoolHolidays.calendar(w.f.school, 2026).teachingWeeks();
        int week40 = 0;
        List<PlanRepository.NewItem> many = new java.util.ArrayList<>();
        for (int i = 0; i < 1_999; i++) {
            int from = weeks.get(i % weeks.size()).code();
            week40 += from == week(2026, 40) ? 1 : 0;
            many.add(new PlanRepository.NewItem(draft(i % 2 == 0 ? "t-ct5" : "t-mix5", "matematik", from, from),
                    null));
        }
        w.repository.insertItems(plan, many, w.bo.id(), java.time.OffsetDateTime.now(w.clock));
        w.planItems.addItem(w.bo, plan, draft("t-dm5", "dansk", week(2026, 40), week(2026, 40)));

        assertThat(w.planItems.countItems(w.bo, plan, ItemFilter.none())).isEqualTo(2_000);
        assertThat(w.planItems.items(w.bo, plan, ItemFilter.none(), 1_950, 100)).hasSize(50);
        assertThat(w.planItems.countItems(w.bo, plan, new ItemFilter(week(2026, 40), null, null)))
                .isEqualTo(week40 + 1);
        assertThat(w.planItems.items(w.bo, plan, new ItemFilter(null, "dansk", "hvad vil"), 0, 10))
                .extracting(PlannedActivity::activityId).containsExactly("t-dm5");

        // Up to the limit of 5,000, then a clear refusal.
        w.repository.insertItems(plan, many.subList(0, 1_500), w.bo.id(), java.time.OffsetDateTime.now(w.clock));
        w.repository.insertItems(plan, many.subList(0, 1_500), w.bo.id(), java.time.OffsetDateTime.now(w.clock));
        var full = refusal(() -> w.planItems.addItem(w.bo, plan, draft("t-dm5", "dansk", week(2026, 40),
                week(2026, 40))));
        assertThat(danish(full)).isEqualTo("En årsplan kan højst have 5.000 forløb.");
        assertThat(w.planItems.countItems(w.bo, plan, ItemFilter.none())).isEqualTo(5_000);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void hostileTextIsStoredAsTypedAndOverlongNotesAreRefused(TestDatabase db) {
        PlanningWorld w = new PlanningWorld(db);
        long plan = w.adoption.startClassPlan(w.bo, w.c5b).id();
        String hostile = "<script>alert('x')</script> & <b>fed</b>";
        PlannedActivity item = w.planItems.addItem(w.bo, plan,
                new ItemDraft("t-ct5", "matematik", week(2026, 36), week(2026, 36), null, hostile));
        assertThat(w.planItems.items(w.bo, plan).getFirst().note()).isEqualTo(hostile);

        var tooLong = refusal(() -> w.planItems.updateItem(w.bo, item.id(), item.version(),
                new ItemDraft("t-ct5", "matematik", week(2026, 36), week(2026, 36), null, "x".repeat(1_001))));
        assertThat(danish(tooLong)).isEqualTo("Noten må højst være 1.000 tegn. Den er 1.001 tegn nu.");
        assertThat(refusal(() -> w.planItems.updateItem(w.bo, item.id(), item.version(),
                new ItemDraft("t-ct5", "matematik", week(2026, 36), week(2026, 36), w.anne.id(), null))).key())
                .isEqualTo("planning.error.teacher-not-in-class");
    }
}
