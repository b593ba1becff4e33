package dk.opdag.curriculum.yearplan;

import dk.opdag.curriculum.load.CheckRule;
import dk.opdag.curriculum.load.Rule;

/** What {@code curriculum check} checks in {@code yearplans/} and {@code courses/}. Ids are stable. */
public enum YearPlanRule implements CheckRule {
    /** The id differs from the file name, or a plan's file name is not {@code <grade>-<model>}. */
    ID("yearplan-id"),
    /** {@code model} is neither integreret nor temauger. */
    MODEL("yearplan-model"),
    /** A grade outside 0–9, or a course's grades outside the valgfag's. */
    GRADE("yearplan-grade"),
    /** A week outside the school year (33 → 26), or a range that runs backwards. */
    WEEK("yearplan-week"),
    /** An activity that does not exist or is not written for the plan's grade. */
    ACTIVITY("yearplan-activity"),
    /** A host subject that does not exist, is not taught at the grade, or is not one the activity is written for. */
    SUBJECT("yearplan-subject"),
    /** An experiment that does not exist or is not written for the grade. */
    EXPERIMENT("yearplan-experiment"),
    /** Fewer lessons than the activity's guide, a wrong weekly rate, or a total that does not match the model. */
    LESSONS("yearplan-lessons"),
    /** Integrated plans spread the lessons (at most 3 a week); theme weeks gather them (at least 6 in a week used). */
    SPREAD("yearplan-spread"),
    /** The year does not cover all four competence areas. */
    AREAS("yearplan-areas"),
    /** An item is both an activity and an own slot, or neither; an own slot lacks its areas. */
    OWN("yearplan-own"),
    /** A grade lacks a plan in one of the models. */
    MISSING("yearplan-missing"),
    /** Two modules or plans with one id. */
    DUPLICATE("yearplan-duplicate");

    private final String id;

    YearPlanRule(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Rule.Severity severity() {
        return Rule.Severity.ERROR;
    }
}
