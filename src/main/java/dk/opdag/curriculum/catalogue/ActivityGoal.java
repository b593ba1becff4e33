package dk.opdag.curriculum.catalogue;

/** One goal an activity aims at, with the goal's framework, area and grade band ("after" 3, 6 or 9). */
public record ActivityGoal(String activityId, String goalId, String framework, String areaCode, int afterGrade) {
}
