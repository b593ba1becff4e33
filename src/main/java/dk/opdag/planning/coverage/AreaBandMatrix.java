package dk.opdag.planning.coverage;

import dk.opdag.curriculum.model.CompetenceArea;
import dk.opdag.curriculum.model.Goal;
import dk.opdag.curriculum.model.GradeBand;
import java.util.List;
import java.util.Map;

/**
 * Competence areas (rows, with their goals) × grade bands (columns), filled from a set of planned and a set of done
 * activities.
 */
public record AreaBandMatrix(List<Row> rows) {

    /**
     * One cell.
     *
     * @param activities distinct activities aiming at a goal of this area and band
     * @param goals      distinct goals of the area and band that those activities aim at
     * @param goalsTotal goals of the area and band in the framework
     */
    public record Cell(Layers activities, Layers goals, int goalsTotal) {
    }

    public record GoalRow(Goal goal, Layers activities) {
    }

    public record Row(CompetenceArea area, Map<GradeBand, Cell> cells, List<GoalRow> goals) {
        public Cell cell(GradeBand band) {
            return cells.get(band);
        }
    }

    public Row row(String areaCode) {
        return rows.stream().filter(r -> r.area().id().equals(areaCode)).findFirst().orElseThrow();
    }
}
