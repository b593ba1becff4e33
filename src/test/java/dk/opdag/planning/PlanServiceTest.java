package dk.opdag.planning;

import static dk.opdag.planning.PlanningWorld.draft;
import static dk.opdag.planning.PlanningWorld.week;
import static org.assertj.core.api.Assertions.assertThat;

import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.shell.OpdagI18nProvider;
import dk.opdag.testing.TestDatabase;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Year plans through the service: templates, adoption, moving, the rules that refuse bad input, and who may do what. */
class PlanServiceTest {

    private static String danish(PlanningException e) {
        return OpdagI18nProvider.translate(e.key(), OpdagI18nProvider.DANISH, e.args());
    }

    private static PlanningException refusal(Runnable action) {
        try {
            action.run();
        } catch (PlanningException e) {
            return e;
        }
        throw new AssertionError("expected a refusal");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void leaderBuildsATemplateTeachersAdoptItAndMoveAnItemAndTheHistorySaysWho(TestDatabase db) {
        PlanningWorld w = new PlanningWorld(db);
        Plan template = w.plans.template(w.leader, w.f.school, 2026, 5);
        w.plans.addItem(w.leader, template.id(), draft("t-ct5", "matematik", week(2026, 36), week(2026, 37)));
        w.plans.addItem(w.leader, template.id(), draft("t-dm5", "dansk", week(2026, 40), week(2026, 41)));
        w.plans.addItem(w.leader, template.id(), draft("t-mix5", "natur-teknologi", week(2027, 10), week(2027, 12)));

        var adopted = w.plans.adopt(w.bo, w.c5b);
        assertThat(adopted.added()).isEqualTo(3);
        List<PlannedActivity> items = w.plans.items(w.bo, adopted.planId());
        assertThat(items).extracting(PlannedActivity::activityId).containsExactly("t-ct5", "t-dm5", "t-mix5");
        // Each item goes to the class teacher who teaches its subject in 5.B.
        assertThat(items).extracting(PlannedActivity::teacherName)
                .containsExactly("Bo Berg", "Birgit Bach", "Bo Berg");

        PlannedActivity dm = items.get(1);
        PlannedActivity moved = w.plans.moveItem(w.bo, dm.id(), dm.version(), week(2026, 44));
        assertThat(moved.fromWeek()).isEqualTo(week(2026, 44));
        assertThat(moved.toWeek()).isEqualTo(week(2026, 45));
        assertThat(moved.version()).isEqualTo(dm.version() + 1);

        List<PlanChange> history = w.plans.history(w.leader, adopted.planId(), 0, 10);
        assertThat(history).extracting(PlanChange::kind)
                .containsExactly(ChangeKind.MOVED, ChangeKind.ADOPTED, ChangeKind.CREATED);
        assertThat(history.getFirst().actorName()).isEqualTo("Bo Berg");
        assertThat(history.getFirst().before()).isEqualTo("202640-202641");
        assertThat(history.getFirst().after()).isEqualTo("202644-202645");
        assertThat(w.plans.history(w.bo, template.id(), 0, 10)).extracting(PlanChange::actorName)
                .containsOnly("Lene Leder");

        // The template is untouched by the class's move.
        assertThat(w.plans.items(w.leader, template.id()).get(1).fromWeek()).isEqualTo(week(2026, 40));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void adoptingAgainAddsOnlyWhatIsNewAndKeepsTheClassesChanges(TestDatabase db) {
        PlanningWorld w = new PlanningWorld(db);
        Plan template = w.plans.template(w.leader, w.f.school, 2026, 5);
        w.plans.addItem(w.leader, template.id(), draft("t-ct5", "matematik", week(2026, 36), week(2026, 37)));
        long plan = w.plans.adopt(w.bo, w.c5b).planId();
        PlannedActivity item = w.plans.items(w.bo, plan).getFirst();
        w.plans.moveItem(w.bo, item.id(), item.version(), week(2026, 48));
        w.plans.addItem(w.leader, template.id(), draft("t-dm5", "dansk", week(2027, 2), week(2027, 3)));

        var again = w.plans.adopt(w.bo, w.c5b);

        assertThat(again.planId()).isEqualTo(plan);
        assertThat(again.added()).isEqualTo(1);
        assertThat(w.plans.items(w.bo, plan)).extracting(PlannedActivity::activityId, PlannedActivity::fromWeek)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("t-ct5", week(2026, 48)),
                        org.assertj.core.groups.Tuple.tuple("t-dm5", week(2027, 2)));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void weekRangesPastTheSchoolYearOrBackwardsAreRefusedWithTheReason(TestDatabase db) {
        PlanningWorld w = new PlanningWorld(db);
        long plan = w.plans.startClassPlan(w.bo, w.c5b).id();

        var summer = refusal(() -> w.plans.addItem(w.bo, plan, draft("t-ct5", "matematik", week(2026, 30),
                week(2026, 33))));
        assertThat(danish(summer)).isEqualTo(
                "Uge 30 hører ikke til skoleåret 2026/27. Et skoleår går fra uge 32 til uge 26.");
        var nextSummer = refusal(() -> w.plans.addItem(w.bo, plan, draft("t-ct5", "matematik", week(2027, 20),
                week(2027, 27))));
        assertThat(danish(nextSummer)).startsWith("Uge 27 hører ikke til skoleåret 2026/27.");
        var backwards = refusal(() -> w.plans.addItem(w.bo, plan, draft("t-ct5", "matematik", week(2027, 5),
                week(2026, 45))));
        assertThat(danish(backwards)).isEqualTo(
                "Forløbet slutter i uge 45, før det begynder i uge 5. Vælg en slutuge efter startugen.");
        assertThat(w.plans.addItem(w.bo, plan, draft("t-ct5", "matematik", week(2027, 25), week(2027, 26)))
                .toWeek()).isEqualTo(week(2027, 26));
        assertThat(w.plans.countItems(w.bo, plan, ItemFilter.none())).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void holidayWeeksAreNeitherStartNorEndButMovingSkipsThem(TestDatabase db) {
        PlanningWorld w = new PlanningWorld(db);
        w.plans.setHolidays(w.leader, w.f.school, 2026, Set.of(week(2026, 42), week(2026, 52), week(2026, 53)));
        long plan = w.plans.startClassPlan(w.bo, w.c5b).id();

        var holiday = refusal(() -> w.plans.addItem(w.bo, plan, draft("t-ct5", "matematik", week(2026, 42),
                week(2026, 43))));
        assertThat(danish(holiday)).isEqualTo(
                "Uge 42 er ferie på skolen. Lad forløbet begynde og slutte i en uge med undervisning.");

        // Spanning a holiday is fine; moving keeps the two teaching weeks and jumps the holiday.
        PlannedActivity item = w.plans.addItem(w.bo, plan, draft("t-ct5", "matematik", week(2026, 41),
                week(2026, 43)));
        PlannedActivity moved = w.plans.moveItem(w.bo, item.id(), item.version(), week(2026, 51));
        assertThat(moved.toWeek()).isEqualTo(week(2027, 1));

        var pastEnd = refusal(() -> w.plans.moveItem(w.bo, item.id(), moved.version(), week(2027, 26)));
        assertThat(danish(pastEnd)).startsWith("Forløbet kan ikke flyttes til uge 26");

        assertThat(w.plans.calendar(w.f.school, 2026).teachingWeeks()).hasSize(48 - 3);
        // Two leaders with the page open: the later save, based on the old holidays, is refused.
        Set<Integer> shown = Set.of(week(2026, 42), week(2026, 52), week(2026, 53));
        w.plans.setHolidays(w.leader, w.f.school, 2026, shown, Set.of(week(2026, 42), week(2027, 7)));
        var stale = refusal(() -> w.plans.setHolidays(w.leader, w.f.school, 2026, shown, Set.of()));
        assertThat(stale).isInstanceOf(PlanConflictException.class);
        assertThat(w.plans.calendar(w.f.school, 2026).holidays()).containsExactlyInAnyOrder(week(2026, 42),
                week(2027, 7));
        var outside = refusal(() -> w.plans.setHolidays(w.leader, w.f.school, 2026, Set.of(week(2026, 28))));
        assertThat(outside.key()).isEqualTo("planning.error.week-outside");
        assertThat(refusal(() -> w.plans.setHolidays(w.bo, w.f.school, 2026, Set.of())).key())
                .isEqualTo("planning.error.leaders-only");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aSubjectNotTaughtAtTheGradeIsRefusedWithTheReason(TestDatabase db) {
        PlanningWorld w = new PlanningWorld(db);
        long plan = w.plans.startClassPlan(w.bo, w.c5b).id();

        var refused = refusal(() -> w.plans.addItem(w.bo, plan, draft("t-ct5", "samfundsfag", week(2026, 36),
                week(2026, 37))));

        assertThat(danish(refused)).isEqualTo(
                "Samfundsfag undervises kun i 8.–9. klasse, så faget kan ikke bruges i 5. klasse. "
                        + "Vælg et fag, der undervises på klassetrinnet.");
        assertThat(refusal(() -> w.plans.addItem(w.bo, plan, draft("t-ct5", "latin", week(2026, 36),
                week(2026, 37)))).key()).isEqualTo("planning.error.unknown-subject");
        assertThat(w.plans.countItems(w.bo, plan, ItemFilter.none())).isZero();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void onlyCatalogueAndSchoolSharedActivitiesGoIntoAPlan(TestDatabase db) {
        PlanningWorld w = new PlanningWorld(db);
        long plan = w.plans.startClassPlan(w.bo, w.c5b).id();
        String privateId = "egen-privat";
        String sharedId = "egen-delt";
        var model = PlanningWorld.curriculum().activity("t-ct5").orElseThrow();
        var names = java.util.Map.of("matematik", "Matematik");
        w.sync.insert(copy(model, privateId), names, w.bo.id(), w.f.school, false, java.time.OffsetDateTime.now());
        w.sync.insert(copy(model, sharedId), names, w.birgit.id(), w.f.school, true, java.time.OffsetDateTime.now());

        assertThat(refusal(() -> w.plans.addItem(w.bo, plan, draft(privateId, "matematik", week(2026, 36),
                week(2026, 36)))).key()).isEqualTo("planning.error.activity-unavailable");
        assertThat(w.plans.addItem(w.bo, plan, draft(sharedId, "matematik", week(2026, 36), week(2026, 36)))
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
        long plan = w.plans.startClassPlan(w.bo, w.c5b).id();
        PlannedActivity item = w.plans.addItem(w.bo, plan, draft("t-ct5", "matematik", week(2026, 36),
                week(2026, 37)));
        // Bo and Birgit both have the plan open with version 0.
        PlannedActivity bosCopy = item;
        PlannedActivity birgitsCopy = item;

        w.plans.moveItem(w.bo, bosCopy.id(), bosCopy.version(), week(2026, 45));
        var refused = refusal(() -> w.plans.updateItem(w.birgit, birgitsCopy.id(), birgitsCopy.version(),
                new ItemDraft("t-ct5", "dansk", birgitsCopy.fromWeek(), birgitsCopy.toWeek(), null, "Husk iPads")));

        assertThat(refused).isInstanceOf(PlanConflictException.class);
        assertThat(danish(refused)).isEqualTo("Bo Berg har ændret »Test: sortering«, mens du havde planen åben. "
                + "Din ændring er ikke gemt. Planen er hentet igen, så du kan se ændringen og prøve igen.");
        PlannedActivity stored = w.plans.items(w.bo, plan).getFirst();
        assertThat(stored.fromWeek()).isEqualTo(week(2026, 45));
        assertThat(stored.subjectId()).isEqualTo("matematik");
        assertThat(stored.note()).isNull();

        // With the fresh version Birgit's change goes through, on top of Bo's move.
        PlannedActivity after = w.plans.updateItem(w.birgit, stored.id(), stored.version(),
                new ItemDraft("t-ct5", "dansk", stored.fromWeek(), stored.toWeek(), w.birgit.id(), "Husk iPads"));
        assertThat(after.fromWeek()).isEqualTo(week(2026, 45));
        assertThat(after.subjectName()).isEqualTo("Dansk");
        assertThat(after.teacherName()).isEqualTo("Birgit Bach");
        assertThat(w.plans.history(w.bo, plan, 0, 3)).extracting(PlanChange::kind)
                .containsExactlyInAnyOrder(ChangeKind.SUBJECT, ChangeKind.TEACHER, ChangeKind.NOTE);

        // Removing with a stale version is refused too; removing what is gone says so.
        assertThat(refusal(() -> w.plans.removeItem(w.bo, stored.id(), stored.version())))
                .isInstanceOf(PlanConflictException.class);
        w.plans.removeItem(w.bo, after.id(), after.version());
        assertThat(refusal(() -> w.plans.updateItem(w.birgit, after.id(), after.version(), after.toDraft())).key())
                .isEqualTo("planning.error.item-gone");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aTeacherCannotSeeOrChangeAnotherSchoolsPlanNorAClassThatIsNotTheirs(TestDatabase db) {
        PlanningWorld w = new PlanningWorld(db);
        Plan template = w.plans.template(w.leader, w.f.school, 2026, 5);
        long classPlan = w.plans.startClassPlan(w.bo, w.c5b).id();
        PlannedActivity item = w.plans.addItem(w.bo, classPlan, draft("t-ct5", "matematik", week(2026, 36),
                week(2026, 37)));
        SignedInUser stranger = w.otherSchoolTeacher();

        assertThat(refusal(() -> w.plans.plan(stranger, classPlan)).key()).isEqualTo("planning.error.no-access");
        assertThat(refusal(() -> w.plans.plan(stranger, template.id())).key()).isEqualTo("planning.error.no-access");
        assertThat(refusal(() -> w.plans.addItem(stranger, classPlan, draft("t-ct5", "matematik", week(2026, 40),
                week(2026, 40)))).key()).isEqualTo("planning.error.no-access");
        assertThat(refusal(() -> w.plans.moveItem(stranger, item.id(), item.version(), week(2026, 40))).key())
                .isEqualTo("planning.error.no-access");
        assertThat(refusal(() -> w.plans.removeItem(stranger, item.id(), item.version())).key())
                .isEqualTo("planning.error.no-access");
        assertThat(refusal(() -> w.plans.template(stranger, w.f.school, 2026, 6)).key())
                .isEqualTo("planning.error.leaders-only");

        // Anne teaches 2.A: she may read the 5th grade template but not 5.B's plan, and change neither.
        assertThat(w.plans.plan(w.anne, template.id()).grade()).isEqualTo(5);
        assertThat(refusal(() -> w.plans.plan(w.anne, classPlan)).key()).isEqualTo("planning.error.no-access");
        assertThat(refusal(() -> w.plans.addItem(w.anne, template.id(), draft("t-ct5", "matematik",
                week(2026, 40), week(2026, 40)))).key()).isEqualTo("planning.error.template-leaders-only");
        assertThat(refusal(() -> w.plans.adopt(w.anne, w.c5b)).key()).isEqualTo("planning.error.class-teachers-only");

        // The leader reads the class plan but leaves changes to the class's teachers.
        assertThat(w.plans.items(w.leader, classPlan)).hasSize(1);
        assertThat(refusal(() -> w.plans.moveItem(w.leader, item.id(), item.version(), week(2026, 40))).key())
                .isEqualTo("planning.error.class-teachers-only");
        SignedInUser pupil = new SignedInUser(w.f.pupil(w.c5b, "Asta", null, "kage tog 7"), Role.PUPIL, "Asta",
                w.f.school);
        assertThat(refusal(() -> w.plans.plan(pupil, classPlan)).key()).isEqualTo("planning.error.no-access");
        assertThat(w.plans.items(w.bo, classPlan).getFirst().version()).isEqualTo(item.version());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void copyingToTheNextSchoolYearKeepsWeekNumbersAvoidsNewHolidaysAndNeverOverwrites(TestDatabase db) {
        PlanningWorld w = new PlanningWorld(db);
        Plan template = w.plans.template(w.leader, w.f.school, 2026, 5);
        w.plans.addItem(w.leader, template.id(), draft("t-ct5", "matematik", week(2026, 36), week(2026, 37)));
        w.plans.addItem(w.leader, template.id(), draft("t-dm5", "dansk", week(2026, 42), week(2026, 43)));
        w.plans.addItem(w.leader, template.id(), draft("t-mix5", "natur-teknologi", week(2026, 53), week(2026, 53)));
        w.plans.addItem(w.leader, template.id(), draft("t-dd2", "dansk", week(2027, 20), week(2027, 20)));
        // Next year the school has autumn holiday in week 42, and t-dd2 has left the catalogue.
        w.plans.setHolidays(w.leader, w.f.school, 2027, Set.of(week(2027, 42)));
        var shipped = PlanningWorld.curriculum();
        w.sync.sync(new dk.opdag.curriculum.model.Curriculum(shipped.subjects(), shipped.frameworks(),
                shipped.activities().stream().filter(a -> !a.id().equals("t-dd2")).toList()),
                java.time.OffsetDateTime.now(w.clock));

        var result = w.plans.copyToNextYear(w.leader, template.id(), null);

        assertThat(result.copied()).isEqualTo(3);
        assertThat(result.shifted()).isEqualTo(1);
        assertThat(result.skipped()).containsExactly("Test: tegn en robot");
        Plan next = w.plans.plan(w.leader, result.planId());
        assertThat(next.startYear()).isEqualTo(2027);
        assertThat(next.isTemplate()).isTrue();
        assertThat(w.plans.items(w.leader, next.id())).extracting(PlannedActivity::fromWeek, PlannedActivity::toWeek)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(week(2027, 36), week(2027, 37)),
                        org.assertj.core.groups.Tuple.tuple(week(2027, 43), week(2027, 44)),
                        // 2027 has no week 53: the item goes to week 52.
                        org.assertj.core.groups.Tuple.tuple(week(2027, 52), week(2027, 52)));
        assertThat(w.plans.history(w.leader, next.id(), 0, 1).getFirst().kind()).isEqualTo(ChangeKind.COPIED);

        var again = refusal(() -> w.plans.copyToNextYear(w.leader, template.id(), null));
        assertThat(danish(again)).isEqualTo("Planen i det næste skoleår har allerede 3 forløb. "
                + "Kopiér kun til en tom plan, så intet bliver overskrevet.");
        assertThat(w.plans.countItems(w.leader, next.id(), ItemFilter.none())).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aClassPlanCanBeCopiedIntoNextYearsClassOfTheSameGradeByItsTeacher(TestDatabase db) {
        PlanningWorld w = new PlanningWorld(db);
        long plan = w.plans.startClassPlan(w.bo, w.c5b).id();
        w.plans.addItem(w.bo, plan, draft("t-ct5", "matematik", week(2026, 36), week(2026, 37)));
        long nextYear = w.f.schools.schoolYear(2027);
        long next5b = w.f.classes.create(w.f.school, nextYear, "5.B", 5, "N5B", dk.opdag.account.CodeKind.WORDS);
        long next6b = w.f.classes.create(w.f.school, nextYear, "6.B", 6, "N6B", dk.opdag.account.CodeKind.WORDS);
        w.f.classes.linkTeacher(w.bo.id(), next5b, List.of("matematik"));
        w.f.classes.linkTeacher(w.bo.id(), next6b, List.of("matematik"));

        assertThat(refusal(() -> w.plans.copyToNextYear(w.bo, plan, next6b)).key())
                .isEqualTo("planning.error.copy-wrong-class");
        var copied = w.plans.copyToNextYear(w.bo, plan, next5b);

        List<PlannedActivity> items = w.plans.items(w.bo, copied.planId());
        assertThat(items).extracting(PlannedActivity::fromWeek).containsExactly(week(2027, 36));
        assertThat(items.getFirst().teacherName()).isEqualTo("Bo Berg");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aPlanWithTwoThousandItemsIsReadPageByPageAndKeepsItsLimit(TestDatabase db) {
        PlanningWorld w = new PlanningWorld(db);
        long plan = w.plans.startClassPlan(w.bo, w.c5b).id();
        List<Week> weeks = w.plans.calendar(w.f.school, 2026).teachingWeeks();
        int week40 = 0;
        List<PlanRepository.NewItem> many = new java.util.ArrayList<>();
        for (int i = 0; i < 1_999; i++) {
            int from = weeks.get(i % weeks.size()).code();
            week40 += from == week(2026, 40) ? 1 : 0;
            many.add(new PlanRepository.NewItem(draft(i % 2 == 0 ? "t-ct5" : "t-mix5", "matematik", from, from),
                    null));
        }
        w.repository.insertItems(plan, many, w.bo.id(), java.time.OffsetDateTime.now(w.clock));
        w.plans.addItem(w.bo, plan, draft("t-dm5", "dansk", week(2026, 40), week(2026, 40)));

        assertThat(w.plans.countItems(w.bo, plan, ItemFilter.none())).isEqualTo(2_000);
        assertThat(w.plans.items(w.bo, plan, ItemFilter.none(), 1_950, 100)).hasSize(50);
        assertThat(w.plans.countItems(w.bo, plan, new ItemFilter(week(2026, 40), null, null)))
                .isEqualTo(week40 + 1);
        assertThat(w.plans.items(w.bo, plan, new ItemFilter(null, "dansk", "hvad vil"), 0, 10))
                .extracting(PlannedActivity::activityId).containsExactly("t-dm5");

        // Up to the limit of 5,000, then a clear refusal.
        w.repository.insertItems(plan, many.subList(0, 1_500), w.bo.id(), java.time.OffsetDateTime.now(w.clock));
        w.repository.insertItems(plan, many.subList(0, 1_500), w.bo.id(), java.time.OffsetDateTime.now(w.clock));
        var full = refusal(() -> w.plans.addItem(w.bo, plan, draft("t-dm5", "dansk", week(2026, 40),
                week(2026, 40))));
        assertThat(danish(full)).isEqualTo("En årsplan kan højst have 5.000 forløb.");
        assertThat(w.plans.countItems(w.bo, plan, ItemFilter.none())).isEqualTo(5_000);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void hostileTextIsStoredAsTypedAndOverlongNotesAreRefused(TestDatabase db) {
        PlanningWorld w = new PlanningWorld(db);
        long plan = w.plans.startClassPlan(w.bo, w.c5b).id();
        String hostile = "<script>alert('x')</script> & <b>fed</b>";
        PlannedActivity item = w.plans.addItem(w.bo, plan,
                new ItemDraft("t-ct5", "matematik", week(2026, 36), week(2026, 36), null, hostile));
        assertThat(w.plans.items(w.bo, plan).getFirst().note()).isEqualTo(hostile);

        var tooLong = refusal(() -> w.plans.updateItem(w.bo, item.id(), item.version(),
                new ItemDraft("t-ct5", "matematik", week(2026, 36), week(2026, 36), null, "x".repeat(1_001))));
        assertThat(danish(tooLong)).isEqualTo("Noten må højst være 1.000 tegn. Den er 1.001 tegn nu.");
        assertThat(refusal(() -> w.plans.updateItem(w.bo, item.id(), item.version(),
                new ItemDraft("t-ct5", "matematik", week(2026, 36), week(2026, 36), w.anne.id(), null))).key())
                .isEqualTo("planning.error.teacher-not-in-class");
    }
}
