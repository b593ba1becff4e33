package dk.opdag.planning.coverage;

import dk.opdag.curriculum.catalogue.ActivityGoal;
import dk.opdag.curriculum.model.CompetenceArea;
import dk.opdag.curriculum.model.Framework;
import dk.opdag.curriculum.model.Goal;
import dk.opdag.curriculum.model.GradeBand;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Counts what sets of activities cover in one goal framework. Activities are counted once however often they are
 * planned; an activity counts in an area when at least one of its goals is in that area. Plain Java, so the counting
 * rules are tested against hand-counted fixtures without a database.
 */
public final class CoverageCalculator {

    private final Framework framework;
    private final Map<String, List<ActivityGoal>> goalsByActivity;

    public CoverageCalculator(Framework framework, Collection<ActivityGoal> goals) {
        this.framework = framework;
        this.goalsByActivity = goals.stream().filter(g -> g.framework().equals(framework.version()))
                .collect(Collectors.groupingBy(ActivityGoal::activityId));
    }

    public Framework framework() {
        return framework;
    }

    public List<CompetenceArea> areas() {
        return framework.areas();
    }

    /** Per area code: distinct planned and done activities with a goal in the area. */
    public Map<String, Layers> byArea(Collection<String> planned, Collection<String> done) {
        Map<String, Set<String>> plannedBy = activitiesByArea(planned);
        Map<String, Set<String>> doneBy = activitiesByArea(done);
        Map<String, Layers> result = new LinkedHashMap<>();
        for (CompetenceArea area : framework.areas()) {
            result.put(area.id(), new Layers(plannedBy.getOrDefault(area.id(), Set.of()).size(),
                    doneBy.getOrDefault(area.id(), Set.of()).size()));
        }
        return result;
    }

    private Map<String, Set<String>> activitiesByArea(Collection<String> activityIds) {
        Map<String, Set<String>> byArea = new LinkedHashMap<>();
        for (String id : new HashSet<>(activityIds)) {
            for (ActivityGoal g : goalsByActivity.getOrDefault(id, List.of())) {
                byArea.computeIfAbsent(g.areaCode(), k -> new HashSet<>()).add(id);
            }
        }
        return byArea;
    }

    /** Activities that count at all: those with at least one goal in this framework. */
    public int countWithGoals(Collection<String> activityIds) {
        return (int) new HashSet<>(activityIds).stream().filter(goalsByActivity::containsKey).count();
    }

    public AreaBandMatrix matrix(Collection<String> planned, Collection<String> done) {
        Tally p = tally(planned);
        Tally d = tally(done);
        List<AreaBandMatrix.Row> rows = new ArrayList<>();
        for (CompetenceArea area : framework.areas()) {
            Map<GradeBand, AreaBandMatrix.Cell> cells = new EnumMap<>(GradeBand.class);
            for (GradeBand band : GradeBand.values()) {
                String key = area.id() + "/" + band.to();
                int total = (int) area.goals().stream().filter(g -> g.after() == band.to()).count();
                cells.put(band, new AreaBandMatrix.Cell(
                        new Layers(p.activities(key), d.activities(key)),
                        new Layers(p.goals(key), d.goals(key)), total));
            }
            List<AreaBandMatrix.GoalRow> goals = new ArrayList<>();
            for (Goal goal : area.goals()) {
                goals.add(new AreaBandMatrix.GoalRow(goal, new Layers(p.byGoal(goal.id()), d.byGoal(goal.id()))));
            }
            rows.add(new AreaBandMatrix.Row(area, cells, goals));
        }
        return new AreaBandMatrix(rows);
    }

    /** Distinct activities and goals per "area/after", and activities per goal. */
    private record Tally(Map<String, Set<String>> activitiesByCell, Map<String, Set<String>> goalsByCell,
                         Map<String, Set<String>> activitiesByGoal) {
        int activities(String cell) {
            return activitiesByCell.getOrDefault(cell, Set.of()).size();
        }

        int goals(String cell) {
            return goalsByCell.getOrDefault(cell, Set.of()).size();
        }

        int byGoal(String goalId) {
            return activitiesByGoal.getOrDefault(goalId, Set.of()).size();
        }
    }

    private Tally tally(Collection<String> activityIds) {
        Tally t = new Tally(new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>());
        for (String id : new HashSet<>(activityIds)) {
            for (ActivityGoal g : goalsByActivity.getOrDefault(id, List.of())) {
                String cell = g.areaCode() + "/" + g.afterGrade();
                t.activitiesByCell().computeIfAbsent(cell, k -> new HashSet<>()).add(id);
                t.goalsByCell().computeIfAbsent(cell, k -> new HashSet<>()).add(g.goalId());
                t.activitiesByGoal().computeIfAbsent(g.goalId(), k -> new HashSet<>()).add(id);
            }
        }
        return t;
    }
}
