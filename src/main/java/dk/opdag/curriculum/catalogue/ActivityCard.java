package dk.opdag.curriculum.catalogue;

import java.util.List;

/** An activity as a search result shows it. */
public record ActivityCard(String id, String title, String intro, int gradeFrom, int gradeTo, int lessons,
                           String unplugged, boolean crossSubject, boolean hasExperiment, boolean teacherMade,
                           List<String> subjectIds, List<String> areaCodes) {
}
