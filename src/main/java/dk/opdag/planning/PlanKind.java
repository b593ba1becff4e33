package dk.opdag.planning;

/** A grade template (årgangsplan, made by the leader) or a class plan (the class's own copy). */
public enum PlanKind {
    TEMPLATE, CLASS
}
