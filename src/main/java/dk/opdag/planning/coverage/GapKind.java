package dk.opdag.planning.coverage;

/** Why a class or a grade band is named as a gap; most specific first. */
public enum GapKind {
    /** The class has no plan, and its grade has no template to adopt. */
    NO_PLAN,
    /** The grade has a template, but the class has not adopted it. */
    NOT_ADOPTED,
    /** The class has a plan with nothing in it. */
    EMPTY_PLAN,
    /** The class's plan has no activity in one competence area. */
    NO_AREA,
    /** No class in a grade band has an activity in one competence area. */
    BAND_NO_AREA
}
