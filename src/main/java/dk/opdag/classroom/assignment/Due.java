package dk.opdag.classroom.assignment;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * When an assignment should be done: a day, or a week (Danish schools plan in week numbers). A week is stored as its
 * Monday.
 */
public record Due(LocalDate date, boolean week) {

    public static Due on(LocalDate date) {
        return new Due(date, false);
    }

    /**
     * Week {@code weekNumber} of the school year that starts in August of {@code startYear}: weeks 32–53 fall in
     * the autumn of that year, weeks 1–31 in the following spring.
     */
    public static Due week(int weekNumber, int startYear) {
        int year = weekNumber >= 32 ? startYear : startYear + 1;
        LocalDate mid = LocalDate.of(year, 6, 1);
        long weeks = mid.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
        if (weekNumber < 1 || weekNumber > weeks) {
            throw new IllegalArgumentException("week " + weekNumber + " does not exist in " + year);
        }
        LocalDate monday = mid.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, weekNumber)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new Due(monday, true);
    }

    public int weekNumber() {
        return date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    /** The last day it is due: the Sunday of a week, or the date itself. */
    public LocalDate lastDay() {
        return week ? date.plusDays(6) : date;
    }
}
