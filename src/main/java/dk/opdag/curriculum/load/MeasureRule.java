package dk.opdag.curriculum.load;

/** The rules of the barometer's measurement tasks ({@code barometer/<band>.yaml}), beside the experiment rules. */
public enum MeasureRule implements CheckRule {
    /** A band file is missing, is not named after a band, or has fewer than 8 or more than 12 tasks. */
    MEASURE_COUNT("measure-count"),
    /** A band has no program task or no choice question (a measurement mixes both). */
    MEASURE_MIX("measure-mix"),
    /** A task's kind is not program or choice. */
    MEASURE_KIND("measure-kind"),
    /** A task's area is not a competence area of the goal framework. */
    MEASURE_AREA("measure-area"),
    /** A choice question without 3–4 options, with an answer outside them, the same option twice or no explanation. */
    MEASURE_CHOICE("measure-choice"),
    /** The shown program of a choice question stops with an error when the engine runs it. */
    MEASURE_PROGRAM_ERROR("measure-program-error"),
    /** A pupil's text reads harder than the band allows (LIX 25 for 0.–3., 30 for 4.–6., 35 for 7.–9.). */
    MEASURE_LIX("measure-lix");

    private final String id;

    MeasureRule(String id) {
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
