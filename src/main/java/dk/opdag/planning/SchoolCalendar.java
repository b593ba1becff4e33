package dk.opdag.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The weeks of one school year as year plans use them: uge 32 of the start year to uge 26 of the next, with the
 * holiday weeks the school has marked. Weeks 27–31 are the summer holiday and belong to no school year.
 */
public final class SchoolCalendar {

    public static final int FIRST_WEEK = 32;
    public static final int LAST_WEEK = 26;

    private final int startYear;
    private final List<Week> weeks;
    private final Set<Integer> holidays;

    private SchoolCalendar(int startYear, Collection<Integer> holidayCodes) {
        this.startYear = startYear;
        List<Week> all = new ArrayList<>();
        for (int n = FIRST_WEEK; n <= Week.weeksIn(startYear); n++) {
            all.add(new Week(startYear, n));
        }
        for (int n = 1; n <= LAST_WEEK; n++) {
            all.add(new Week(startYear + 1, n));
        }
        this.weeks = List.copyOf(all);
        this.holidays = new TreeSet<>();
        for (int code : holidayCodes) {
            if (contains(code)) {
                holidays.add(code);
            }
        }
    }

    public static SchoolCalendar of(int startYear, Collection<Integer> holidayCodes) {
        return new SchoolCalendar(startYear, holidayCodes);
    }

    public static SchoolCalendar of(int startYear) {
        return new SchoolCalendar(startYear, List.of());
    }

    public int startYear() {
        return startYear;
    }

    /** Every week from uge 32 to uge 26, holidays included. */
    public List<Week> weeks() {
        return weeks;
    }

    public List<Week> teachingWeeks() {
        return weeks.stream().filter(w -> !isHoliday(w.code())).toList();
    }

    public Set<Integer> holidays() {
        return Set.copyOf(holidays);
    }

    public Week first() {
        return weeks.getFirst();
    }

    public Week last() {
        return weeks.getLast();
    }

    public boolean contains(int code) {
        return weeks.stream().anyMatch(w -> w.code() == code);
    }

    public boolean isHoliday(int code) {
        return holidays.contains(code);
    }

    /** The week with this number in this school year (32–53 in the autumn, 1–26 in the spring), if it has one. */
    public Optional<Week> byNumber(int number) {
        int year = number >= FIRST_WEEK ? startYear : startYear + 1;
        return weeks.stream().filter(w -> w.year() == year && w.number() == number).findFirst();
    }

    /** Position of a week in the school year (uge 32 is 0), or -1 when it is not in it. */
    public int indexOf(int code) {
        for (int i = 0; i < weeks.size(); i++) {
            if (weeks.get(i).code() == code) {
                return i;
            }
        }
        return -1;
    }

    /** Teaching weeks from {@code from} to {@code to}, both included. */
    public int teachingWeeksBetween(int from, int to) {
        return (int) weeks.stream().filter(w -> w.code() >= from && w.code() <= to && !isHoliday(w.code())).count();
    }

    /**
     * The week where a range that starts in {@code newFrom} ends when it keeps its number of teaching weeks; holidays
     * in between do not count. Empty when the range would run past uge 26.
     */
    public Optional<Week> endWhenMoved(int from, int to, int newFrom) {
        return endAfter(newFrom, teachingWeeksBetween(from, to));
    }

    /** The week where a range of {@code teachingWeeks} (at least one) that starts in {@code from} ends. */
    public Optional<Week> endAfter(int from, int teachingWeeks) {
        int length = Math.max(1, teachingWeeks);
        int counted = 0;
        for (Week w : weeks) {
            if (w.code() < from) {
                continue;
            }
            if (!isHoliday(w.code())) {
                counted++;
            }
            if (counted == length) {
                return Optional.of(w);
            }
        }
        return Optional.empty();
    }

    /** The first teaching week at or after a week, if the school year has one. */
    public Optional<Week> teachingWeekFrom(int code) {
        return weeks.stream().filter(w -> w.code() >= code && !isHoliday(w.code())).findFirst();
    }

    /** The last teaching week at or before a week, if the school year has one. */
    public Optional<Week> teachingWeekUntil(int code) {
        return weeks.reversed().stream().filter(w -> w.code() <= code && !isHoliday(w.code())).findFirst();
    }

    /** The next {@code count} teaching weeks after the week of a date (that week not included). */
    public List<Week> teachingWeeksAfter(LocalDate date, int count) {
        int now = Week.of(date).code();
        return weeks.stream().filter(w -> w.code() > now && !isHoliday(w.code())).limit(count).toList();
    }

    /** Holiday weeks a Danish school usually has, as a suggestion the leader adjusts: autumn, Christmas, winter, Easter. */
    public static List<Integer> usualHolidays(int startYear) {
        List<Integer> codes = new ArrayList<>();
        codes.add(new Week(startYear, 42).code());
        codes.add(Week.of(LocalDate.of(startYear, 12, 24)).code());
        codes.add(Week.of(LocalDate.of(startYear, 12, 31)).code());
        codes.add(new Week(startYear + 1, 7).code());
        LocalDate easter = easterSunday(startYear + 1);
        codes.add(Week.of(easter.minusDays(3)).code());
        return codes.stream().distinct().sorted().toList();
    }

    /** Easter Sunday (Gregorian), by the anonymous Meeus/Jones/Butcher algorithm. */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
