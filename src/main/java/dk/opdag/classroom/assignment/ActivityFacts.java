package dk.opdag.classroom.assignment;

import java.util.List;
import java.util.Set;

/**
 * What the lesson needs to know about an activity: its title, its experiments, its reflection questions and the
 * competence areas (codes such as {@code ct}) its goals belong to.
 */
public record ActivityFacts(String id, String title, List<String> experimentIds, List<String> reflection,
                            Set<String> areas) {

    public ActivityFacts {
        experimentIds = List.copyOf(experimentIds);
        reflection = List.copyOf(reflection);
        areas = Set.copyOf(areas);
    }
}
