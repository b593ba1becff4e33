package dk.opdag.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** School years in ISO weeks: 32 to 26, the 53-week years, holidays and moving ranges around them. */
class SchoolCalendarTest {

    @Test
    void aSchoolYearRunsFromWeek32ToWeek26AndKnowsTheYearsWith53Weeks() {
        SchoolCalendar y2026 = SchoolCalendar.of(2026);
        assertThat(Week.weeksIn(2026)).isEqualTo(53);
        assertThat(Week.weeksIn(2027)).isEqualTo(52);
        assertThat(y2026.weeks()).hasSize(22 + 26);
        assertThat(y2026.first()).isEqualTo(new Week(2026, 32));
        assertThat(y2026.last()).isEqualTo(new Week(2027, 26));
        assertThat(y2026.byNumber(53)).contains(new Week(2026, 53));
        assertThat(SchoolCalendar.of(2027).byNumber(53)).isEmpty();
        assertThat(y2026.byNumber(3)).contains(new Week(2027, 3));
        assertThat(y2026.byNumber(28)).isEmpty();
        assertThat(y2026.contains(202730)).isFalse();
        assertThat(new Week(2026, 53).monday()).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(new Week(2026, 53).next()).isEqualTo(new Week(2027, 1));
        assertThat(Week.of(LocalDate.of(2027, 1, 1))).isEqualTo(new Week(2026, 53));
    }

    @Test
    void movingKeepsTheTeachingWeeksAndJumpsHolidays() {
        SchoolCalendar y = SchoolCalendar.of(2026, List.of(202642, 202652, 202653));
        assertThat(y.teachingWeeksBetween(202641, 202643)).isEqualTo(2);
        assertThat(y.endWhenMoved(202641, 202643, 202651)).contains(new Week(2027, 1));
        assertThat(y.endWhenMoved(202740, 202742, 202640)).as("a range of 0 teaching weeks counts as one")
                .contains(new Week(2026, 40));
        assertThat(y.endWhenMoved(202641, 202643, 202726)).isEmpty();
        assertThat(y.teachingWeekFrom(202652)).contains(new Week(2027, 1));
        assertThat(y.teachingWeeksAfter(LocalDate.of(2026, 12, 16), 2))
                .containsExactly(new Week(2027, 1), new Week(2027, 2));
        assertThat(y.holidays()).containsExactlyInAnyOrder(202642, 202652, 202653);
        assertThat(SchoolCalendar.of(2026, List.of(202630)).holidays()).as("outside the year").isEmpty();
    }

    @Test
    void theUsualHolidaysFollowChristmasAndEaster() {
        assertThat(SchoolCalendar.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(SchoolCalendar.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        // Autumn 42, Christmas 52 and 53 (24 and 31 December 2026), winter 7, Maundy Thursday 25 March 2027 (uge 12).
        assertThat(SchoolCalendar.usualHolidays(2026)).containsExactly(202642, 202652, 202653, 202707, 202712);
        assertThat(SchoolCalendar.usualHolidays(2027)).containsExactly(202742, 202751, 202752, 202807, 202815);
    }
}
