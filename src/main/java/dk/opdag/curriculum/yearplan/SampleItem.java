package dk.opdag.curriculum.yearplan;

import java.util.List;

/**
 * One line of a sample year plan: an activity of the catalogue, or a slot for the school's own activity ("eget
 * forløb", with the competence areas it is meant to cover), taught in a host subject in weeks {@code fromWeek} to
 * {@code toWeek} (week numbers, in school-year order: 33 … 52, 1 … 26).
 */
public record SampleItem(int fromWeek, int toWeek, String subjectId, String activityId, String ownTitle,
                         List<String> areas, List<String> experiments, int lessons, String why) {

    public SampleItem {
        areas = List.copyOf(areas);
        experiments = List.copyOf(experiments);
    }

    public boolean isOwn() {
        return activityId == null;
    }

    /** Weeks this item spans in the calendar (holidays included), at least one. */
    public int span() {
        return Math.max(1, SchoolWeeks.order(toWeek) - SchoolWeeks.order(fromWeek) + 1);
    }
}
