package dk.opdag.planning;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * An ISO week (Danish week numbers follow ISO 8601), stored as {@code year * 100 + number}: 202641 is uge 41 of
 * 2026. The year is the ISO week-based year, so uge 1 can start in late December.
 */
public record Week(int year, int number) implements Comparable<Week> {

    public Week {
        if (number < 1 || number > 53) {
            throw new IllegalArgumentException("week number outside 1-53: " + number);
        }
    }

    public static Week ofCode(int code) {
        return new Week(code / 100, code % 100);
    }

    public static Week of(LocalDate date) {
        return new Week(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** Weeks in an ISO week-based year: 52, or 53 when the year starts or (leap years) ends on a Thursday. */
    public static int weeksIn(int year) {
        return (int) LocalDate.of(year, 6, 1).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
    }

    public int code() {
        return year * 100 + number;
    }

    public LocalDate monday() {
        return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, number)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public LocalDate friday() {
        return monday().plusDays(4);
    }

    public Week next() {
        return of(monday().plusWeeks(1));
    }

    public Week previous() {
        return of(monday().minusWeeks(1));
    }

    @Override
    public int compareTo(Week other) {
        return Integer.compare(code(), other.code());
    }
}
