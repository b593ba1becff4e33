package dk.opdag.curriculum.model;

import java.util.List;
import java.util.Optional;

/**
 * A versioned goal framework, e.g. {@code tf2018}. A new framework (Folkeskolens Fagplaner) is added beside the old
 * one with its own goal ids, so activities written for the old one keep working. {@code note} may be null.
 */
public record Framework(String version, String name, String note, List<CompetenceArea> areas) {

    public Framework {
        areas = List.copyOf(areas);
    }

    public List<Goal> goals() {
        return areas.stream().flatMap(a -> a.goals().stream()).toList();
    }

    public Optional<Goal> goal(String id) {
        return goals().stream().filter(g -> g.id().equals(id)).findFirst();
    }

    public Optional<CompetenceArea> area(String id) {
        return areas.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** The competence area that holds a goal. */
    public Optional<CompetenceArea> areaOf(String goalId) {
        return areas.stream().filter(a -> a.goals().stream().anyMatch(g -> g.id().equals(goalId))).findFirst();
    }
}
