package dk.opdag.planning.coverage;

import java.util.Map;

/**
 * One class in the school heat map: its plan's state and, per competence area, the distinct activities planned and
 * done this school year.
 *
 * @param planId     the class plan, or null when there is none
 * @param activities distinct activities with goals in the framework, planned and done
 */
public record ClassCoverage(long classId, String name, int grade, PlanState state, Long planId,
                            Map<String, Layers> areas, Layers activities) {

    public enum PlanState {
        NO_PLAN, TEMPLATE_NOT_ADOPTED, EMPTY, PLANNED
    }

    public Layers area(String code) {
        return areas.getOrDefault(code, Layers.NONE);
    }
}
