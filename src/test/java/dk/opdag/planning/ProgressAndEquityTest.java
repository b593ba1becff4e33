package dk.opdag.planning;

import static dk.opdag.planning.PlanningWorld.draft;
import static dk.opdag.planning.PlanningWorld.week;
import static org.assertj.core.api.Assertions.assertThat;

import dk.opdag.planning.CompletedWork.Completion;
import dk.opdag.planning.EquityService.ClassEquity;
import dk.opdag.planning.PlanProgressService.Status;
import dk.opdag.testing.TestDatabase;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Planned vs done for a class plan, and the leader's equity view; the clock stands in uge 47 of 2026. */
class ProgressAndEquityTest {

    private static PlanProgressService progress(PlanningWorld w, boolean withWork) {
        return new PlanProgressService(w.plans, w.planItems, w.schoolHolidays, w.completedWork(withWork), w.clock);
    }

    private static EquityService equity(PlanningWorld w, boolean withWork) {
        return new EquityService(w.repository, w.access, w.f.classesApi, w.f.schoolsApi, w.completedWork(withWork),
                w.clock);
    }

    private static long plan5b(PlanningWorld w) {
        w.schoolHolidays.setHolidays(w.leader, w.f.school, 2026, Set.of(week(2026, 49)));
        long p = w.adoption.startClassPlan(w.bo, w.c5b).id();
        w.planItems.addItem(w.bo, p, draft("t-mix5", "natur-teknologi", week(2026, 40), week(2026, 40)));
        w.planItems.addItem(w.bo, p, draft("t-ct5", "matematik", week(2026, 36), week(2026, 37)));
        w.planItems.addItem(w.bo, p, draft("t-dm5", "dansk", week(2026, 46), week(2026, 48)));
        w.planItems.addItem(w.bo, p, draft("t-dd2", "dansk", week(2026, 48), week(2026, 48)));
        w.planItems.addItem(w.bo, p, draft("t-th8", "matematik", week(2026, 50), week(2026, 50)));
        w.planItems.addItem(w.bo, p, draft("t-ct5", "matematik", week(2026, 51), week(2026, 51)));
        return p;
    }

    private static List<String> titles(PlanProgressService.PlanProgress p, Status status) {
        return p.with(status).stream().map(i -> i.item().activityId() + "@" + i.item().fromWeek() % 100).toList();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void thePlanShowsWhatWasDoneWhatSlippedAndTheNextTwoTeachingWeeks(TestDatabase db) {
        PlanningWorld w = new PlanningWorld(db);
        long p = plan5b(w);
        w.work.completions.add(new Completion(w.c5b, "t-mix5", LocalDate.of(2026, 9, 28), LocalDate.of(2026, 10, 2),
                18, 20));
        w.work.completions.add(new Completion(w.c5b, "t-ct5", LocalDate.of(2026, 9, 1), null, 9, 20));
        // Open, but most pupils are finished: that counts as done too.
        w.work.completions.add(new Completion(w.c5b, "t-dd2", LocalDate.of(2026, 11, 16), null, 15, 20));
        w.work.completions.add(new Completion(w.c5b, "find-teknologien", LocalDate.of(2026, 10, 5),
                LocalDate.of(2026, 10, 9), 20, 20));
        w.work.completions.add(new Completion(w.c5a, "t-dm5", LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 9),
                20, 20));

        var result = progress(w, true).forPlan(w.bo, p);

        assertThat(result.available()).isTrue();
        assertThat(result.thisWeek()).isEqualTo(new Week(2026, 47));
        assertThat(result.nextWeeks()).containsExactly(new Week(2026, 48), new Week(2026, 50));
        // t-ct5 in uge 36-37 was assigned but not finished: it slipped. The same activity later in the year is
        // not slipped, it is coming.
        assertThat(titles(result, Status.SLIPPED)).containsExactly("t-ct5@36");
        assertThat(titles(result, Status.NOW)).containsExactly("t-dm5@46");
        assertThat(titles(result, Status.NEXT)).containsExactly("t-th8@50");
        assertThat(titles(result, Status.DONE)).containsExactly("t-mix5@40", "t-dd2@48");
        assertThat(titles(result, Status.LATER)).containsExactly("t-ct5@51");
        assertThat(result.unplanned()).extracting(u -> u.completion().activityId()).containsExactly("find-teknologien");
        assertThat(result.unplanned().getFirst().title()).isEqualTo("Find teknologien i klassen");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void withoutCompletedWorkPastItemsAreOnlyPast(TestDatabase db) {
        PlanningWorld w = new PlanningWorld(db);
        long p = plan5b(w);

        var result = progress(w, false).forPlan(w.bo, p);

        assertThat(result.available()).isFalse();
        assertThat(titles(result, Status.PAST)).containsExactly("t-ct5@36", "t-mix5@40");
        assertThat(result.with(Status.DONE)).isEmpty();
        assertThat(result.with(Status.SLIPPED)).isEmpty();
        assertThat(titles(result, Status.NEXT)).containsExactly("t-dd2@48", "t-th8@50");
    }

    private static void completions(PlanningWorld w) {
        for (String a : List.of("t-ct5", "t-dm5", "t-mix5", "t-dd2")) {
            LocalDate done = switch (a) {
                case "t-ct5" -> LocalDate.of(2026, 9, 1);
                case "t-dm5" -> LocalDate.of(2026, 9, 15);
                case "t-mix5" -> LocalDate.of(2026, 10, 1);
                default -> LocalDate.of(2026, 11, 2);
            };
            w.work.completions.add(new Completion(w.c2a, a, done.minusDays(5), done, 20, 20));
        }
        for (String a : List.of("t-ct5", "t-dm5", "t-mix5", "t-th8")) {
            LocalDate done = switch (a) {
                case "t-ct5" -> LocalDate.of(2026, 8, 20);
                case "t-dm5" -> LocalDate.of(2026, 9, 10);
                case "t-mix5" -> LocalDate.of(2026, 10, 8);
                default -> LocalDate.of(2026, 11, 12);
            };
            w.work.completions.add(new Completion(w.c8c, a, done.minusDays(5), done, 10, 20));
        }
        w.work.completions.add(new Completion(w.c5b, "t-mix5", LocalDate.of(2026, 9, 28), LocalDate.of(2026, 10, 2),
                18, 20));
        w.work.completions.add(new Completion(w.c5b, "t-ct5", LocalDate.of(2026, 11, 16), null, 5, 20));
        w.work.completions.add(new Completion(w.c5a, "t-dm5", LocalDate.of(2026, 11, 10), null, 1, 3));
        // Assigned next week: not counted yet.
        w.work.completions.add(new Completion(w.c5a, "t-ct5", LocalDate.of(2026, 11, 25), null, 0, 22));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theEquityViewNamesClassesWithNoneOrFewAndAggregatesCompletionPerClass(TestDatabase db) {
        PlanningWorld w = new PlanningWorld(db);
        w.schoolHolidays.setHolidays(w.leader, w.f.school, 2026, Set.of(week(2026, 42)));
        completions(w);

        var report = equity(w, true).report(w.leader, w.f.school, 2026);

        assertThat(report.measure()).isEqualTo(EquityService.Measure.DONE);
        assertThat(report.classes()).extracting(ClassEquity::name, ClassEquity::soFar).containsExactly(
                org.assertj.core.groups.Tuple.tuple("5.A", 0), org.assertj.core.groups.Tuple.tuple("5.B", 1),
                org.assertj.core.groups.Tuple.tuple("2.A", 4), org.assertj.core.groups.Tuple.tuple("8.C", 4));
        assertThat(report.median()).isEqualTo(2.5);
        assertThat(report.none()).extracting(ClassEquity::name).containsExactly("5.A");
        assertThat(report.few()).extracting(ClassEquity::name).containsExactly("5.B");
        ClassEquity c5b = report.classes().get(1);
        assertThat(c5b.completionPct()).isEqualTo(58); // (18 + 5) of (20 + 20) pupils' assignments
        assertThat(c5b.assignments()).isEqualTo(2);
        ClassEquity c5a = report.classes().getFirst();
        assertThat(c5a.completionHidden()).as("3 pupils are too few to show").isTrue();
        assertThat(c5a.completionPct()).isNull();
        assertThat(c5a.assignments()).isEqualTo(1);
        assertThat(report.classes().get(2).completionPct()).isEqualTo(100);
        assertThat(report.classes().get(3).completionPct()).isEqualTo(50);

        // Week by week from uge 32 to this week (47), without the holiday in 42: 15 points.
        var spread = report.spread();
        assertThat(spread).hasSize(15);
        assertThat(spread.getFirst().week()).isEqualTo(new Week(2026, 32));
        var w34 = spread.get(2);
        assertThat(w34.week()).isEqualTo(new Week(2026, 34));
        assertThat(w34.max()).isEqualTo(1);
        assertThat(w34.maxClasses()).containsExactly("8.C");
        assertThat(w34.minClasses()).containsExactly("2.A", "5.A", "5.B");
        var last = spread.getLast();
        assertThat(last.week()).isEqualTo(new Week(2026, 47));
        assertThat(last.max()).isEqualTo(4);
        assertThat(last.maxClasses()).containsExactly("2.A", "8.C");
        assertThat(last.min()).isZero();
        assertThat(last.spread()).isEqualTo(4);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void withoutCompletedWorkTheEquityViewCountsWhatIsPlannedToHaveBegun(TestDatabase db) {
        PlanningWorld w = new PlanningWorld(db);
        plan5b(w);

        var report = equity(w, false).report(w.leader, w.f.school, 2026);

        assertThat(report.measure()).isEqualTo(EquityService.Measure.PLANNED);
        ClassEquity c5b = report.classes().stream().filter(c -> c.name().equals("5.B")).findFirst().orElseThrow();
        assertThat(c5b.soFar()).isEqualTo(3); // t-ct5, t-mix5, t-dm5 have begun by uge 47
        assertThat(c5b.plannedYear()).isEqualTo(5);
        assertThat(c5b.completionPct()).isNull();
        assertThat(report.none()).extracting(ClassEquity::name).containsExactly("2.A", "5.A", "8.C");
        assertThat(report.spread().getLast().spread()).isEqualTo(3);
    }
}
