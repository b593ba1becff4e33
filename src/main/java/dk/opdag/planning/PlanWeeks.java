package dk.opdag.planning;

import dk.opdag.classroom.SchoolYears;

/** How plans write and check weeks in their messages and history. */
final class PlanWeeks {

    private PlanWeeks() {
    }

    static void requireWeekInYear(SchoolCalendar calendar, int week) {
        if (!calendar.contains(week)) {
            throw new PlanningException("planning.error.week-outside", weekNumber(week),
                    SchoolYears.label(calendar.startYear()));
        }
    }

    /** The week number alone (41 of 202641), for messages; codes that are not weeks are shown as they are. */
    static int weekNumber(int code) {
        return code > 100 ? code % 100 : code;
    }

    /** "202641-202642": the stored form of a range in the history. */
    static String weeks(int from, int to) {
        return from + "-" + to;
    }
}
