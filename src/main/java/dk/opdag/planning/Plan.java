package dk.opdag.planning;

/**
 * A year plan for one school year: a grade template ({@code classId} null) or a class plan.
 *
 * @param className   the class's name, e.g. "5.B"; null for a template
 * @param adoptedFrom the template a class plan was adopted from, or null
 * @param copiedFrom  last year's plan this one was copied from, or null
 */
public record Plan(long id, long schoolId, long schoolYearId, int startYear, PlanKind kind, int grade, Long classId,
                   String className, Long adoptedFrom, Long copiedFrom) {

    public boolean isTemplate() {
        return kind == PlanKind.TEMPLATE;
    }
}
