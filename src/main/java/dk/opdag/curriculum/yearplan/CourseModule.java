package dk.opdag.curriculum.yearplan;

import java.util.List;

/**
 * A module of the valgfag course: an activity of the catalogue (with experiments for more lab time) or a course-only
 * project phase ({@code project} says what the pupils make), and what goes into the portfolio.
 */
public record CourseModule(String id, String title, int fromWeek, int toWeek, int lessons, String activityId,
                           List<String> experiments, List<String> areas, String project, String portfolio) {

    public CourseModule {
        experiments = List.copyOf(experiments);
        areas = List.copyOf(areas);
    }

    public boolean isProject() {
        return activityId == null;
    }
}
