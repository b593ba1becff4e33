package dk.opdag.planning;

import static dk.opdag.planning.PlanningWorld.danish;
import static dk.opdag.planning.PlanningWorld.draft;
import static dk.opdag.planning.PlanningWorld.refusal;
import static dk.opdag.planning.PlanningWorld.week;
import static org.assertj.core.api.Assertions.assertThat;

import dk.opdag.testing.TestDatabase;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A school's holiday weeks and how items and moves keep clear of them. */
class SchoolHolidaysTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void holidayWeeksAreNeitherStartNorEndButMovingSkipsThem(TestDatabase db) {
        PlanningWorld w = new PlanningWorld(db);
        w.schoolHolidays.setHolidays(w.leader, w.f.school, 2026,
                Set.of(week(2026, 42), week(2026, 52), week(2026, 53)));
        long plan = w.adoption.startClassPlan(w.bo, w.c5b).id();

        var holiday = refusal(() -> w.planItems.addItem(w.bo, plan, draft("t-ct5", "matematik", week(2026, 42),
                week(2026, 43))));
        assertThat(danish(holiday)).isEqualTo(
                "Uge 42 er ferie på skolen. Lad forløbet begynde og slutte i en uge med undervisning.");

        // Spanning a holiday is fine; moving keeps the two teaching weeks and jumps the holiday.
        PlannedActivity item = w.planItems.addItem(w.bo, plan, draft("t-ct5", "matematik", week(2026, 41),
                week(2026, 43)));
        PlannedActivity moved = w.planItems.moveItem(w.bo, item.id(), item.version(), week(2026, 51));
        assertThat(moved.toWeek()).isEqualTo(week(2027, 1));

        var pastEnd = refusal(() -> w.planItems.moveItem(w.bo, item.id(), moved.version(), week(2027, 26)));
        assertThat(danish(pastEnd)).startsWith("Forløbet kan ikke flyttes til uge 26");

        assertThat(w.schoolHolidays.calendar(w.f.school, 2026).teachingWeeks()).hasSize(48 - 3);
        // Two leaders with the page open: the later save, based on the old holidays, is refused.
        Set<Integer> shown = Set.of(week(2026, 42), week(2026, 52), week(2026, 53));
        w.schoolHolidays.setHolidays(w.leader, w.f.school, 2026, shown, Set.of(week(2026, 42), week(2027, 7)));
        var stale = refusal(() -> w.schoolHolidays.setHolidays(w.leader, w.f.school, 2026, shown, Set.of()));
        assertThat(stale).isInstanceOf(PlanConflictException.class);
        assertThat(w.schoolHolidays.calendar(w.f.school, 2026).holidays()).containsExactlyInAnyOrder(week(2026, 42),
                week(2027, 7));
        var outside = refusal(() -> w.schoolHolidays.setHolidays(w.leader, w.f.school, 2026, Set.of(week(2026, 28))));
        assertThat(outside.key()).isEqualTo("planning.error.week-outside");
        assertThat(refusal(() -> w.schoolHolidays.setHolidays(w.bo, w.f.school, 2026, Set.of())).key())
                .isEqualTo("planning.error.leaders-only");
    }
}
