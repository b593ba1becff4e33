package dk.opdag.curriculum.load;

/**
 * The checks {@code curriculum check} runs. The {@link #id()} is stable: it is printed in reports and tests
 * and CI may match on it. The severity decides whether a problem blocks (error) or only informs (warning).
 */
public enum Rule implements CheckRule {
    /** The file is not valid YAML (bad indentation, unclosed quote, tab ...). */
    YAML_SYNTAX("yaml-syntax", Severity.ERROR),
    /** The same key twice in one mapping; YAML keeps only the last, which hides mistakes. */
    DUPLICATE_KEY("duplicate-key", Severity.ERROR),
    /** {@code subjects.yaml}, a framework, an activity, or an experiment's {@code experiment.yaml} or {@code solution.json} is missing. */
    MISSING_FILE("missing-file", Severity.ERROR),
    /** A file in {@code activities/}, {@code frameworks/} or {@code experiments/} that is not where it is read from. */
    IGNORED_FILE("ignored-file", Severity.WARNING),
    REQUIRED_FIELD("required-field", Severity.ERROR),
    WRONG_TYPE("wrong-type", Severity.ERROR),
    /** A field the schema does not know, usually a typo ({@code titel} for {@code title}). */
    UNKNOWN_FIELD("unknown-field", Severity.ERROR),
    /** A number outside its allowed values: lessons 1–20, minutes ≥ 1, goal {@code after} 3/6/9. */
    VALUE_RANGE("value-range", Severity.ERROR),
    ID_SLUG("id-slug", Severity.ERROR),
    /** An activity's id or a framework's version differs from its file name, or an experiment's id from its folder. */
    ID_FILENAME("id-filename", Severity.ERROR),
    /** Two activities, subjects, frameworks, areas, skills or goals with one id, or an id listed twice. */
    DUPLICATE_ID("duplicate-id", Severity.ERROR),
    /** A goal's {@code skill} is not a skill area of its competence area. */
    UNKNOWN_SKILL("unknown-skill", Severity.ERROR),
    UNKNOWN_SUBJECT("unknown-subject", Severity.ERROR),
    /** A subject used at a grade where it is not taught. */
    SUBJECT_GRADE("subject-grade", Severity.ERROR),
    UNKNOWN_GOAL("unknown-goal", Severity.ERROR),
    /** A goal for another band than the activity's (after 3 ↔ 0–3, 6 ↔ 4–6, 9 ↔ 7–9). */
    GOAL_BAND("goal-band", Severity.ERROR),
    /** Grades outside 0–9, reversed, or a subject's own grades outside the activity's. */
    GRADE_RANGE("grade-range", Severity.ERROR),
    /** An activity's grades span two bands. */
    GRADE_BAND_SPAN("grade-band-span", Severity.ERROR),
    /** {@code lessons} differs from the number of lessons in the guide. */
    LESSON_COUNT("lesson-count", Severity.ERROR),
    /** A lesson's step minutes do not add up to 45. */
    LESSON_MINUTES("lesson-minutes", Severity.ERROR),
    /** {@code guide.evaluation} is not exactly one entry per goal. */
    EVALUATION_GOALS("evaluation-goals", Severity.ERROR),
    UNPLUGGED_VALUE("unplugged-value", Severity.ERROR),
    /** An activity names an experiment id that no folder in {@code experiments/} has. */
    UNKNOWN_EXPERIMENT("unknown-experiment", Severity.ERROR),
    /** An activity links an experiment written for none of the activity's grades. */
    EXPERIMENT_GRADES("experiment-grades", Severity.ERROR),
    /** A lesson step names an experiment that is not in the activity's {@code experiments}. */
    STEP_EXPERIMENT_NOT_LISTED("step-experiment-not-listed", Severity.ERROR),
    /** A shipped experiment that no lesson step (with minutes) of any shipped activity names. */
    EXPERIMENT_UNUSED("experiment-unused", Severity.ERROR),
    /** Fewer than 3 reflection questions: the guide lacks its "what does it do to people" part. */
    REFLECTION_TOO_FEW("reflection-too-few", Severity.ERROR),
    /** More than 5 reflection questions: allowed, but the writing guide asks for 3–5. */
    REFLECTION_TOO_MANY("reflection-too-many", Severity.WARNING),
    /** The pupil intro reads harder than the band's LIX limit (25 / 30 / 35). */
    INTRO_LIX("intro-lix", Severity.WARNING),

    // ---- what a school can trust: review date, background, vocabulary, answer key, three evaluation levels ----

    /**
     * A shipped activity lacks {@code reviewed}, {@code guide.background}, {@code guide.vocabulary},
     * {@code guide.answers} or an evaluation's {@code emerging}/{@code beyond}. A warning while the catalogue is being
     * filled in; {@link GuideFieldChecks#MISSING_IS_ERROR} makes it an error. Teachers' own activities need none.
     */
    GUIDE_FIELD_MISSING("guide-field-missing", GuideFieldChecks.MISSING_IS_ERROR ? Severity.ERROR : Severity.WARNING),
    /** The last factual review ({@code reviewed}) is more than two years ago. */
    REVIEW_OVERDUE("review-overdue", Severity.WARNING),
    /** {@code reviewed} lies in the future: a typo, since a review cannot have happened yet. */
    REVIEW_IN_FUTURE("review-in-future", Severity.ERROR),
    /** {@code guide.background} is shorter than 100 or longer than 300 words. */
    BACKGROUND_LENGTH("background-length", Severity.WARNING),
    /** {@code guide.vocabulary} has fewer than 5 or more than 10 words. */
    VOCABULARY_COUNT("vocabulary-count", Severity.ERROR),
    /** The word list's explanations read harder than the band's LIX limit: they are for pupils learning Danish. */
    VOCABULARY_LIX("vocabulary-lix", Severity.WARNING),
    /** {@code guide.answers} has fewer than 3 or more than 10 entries. */
    ANSWERS_COUNT("answers-count", Severity.ERROR),

    // ---- print materials (materials/<activity>/<id>.yaml) ----

    /** A {@code print:} id in an activity's {@code materials} that has no file in {@code materials/<activity>/}. */
    UNKNOWN_MATERIAL("unknown-material", Severity.ERROR),
    /** A {@code materials} entry mentions a kopiark, cards, a data set ... that the activity does not ship. */
    MATERIAL_NOT_SHIPPED("material-not-shipped", Severity.ERROR),
    /** A material file that no entry of its activity's {@code materials} names. */
    UNUSED_MATERIAL("unused-material", Severity.ERROR),
    /** A folder in {@code materials/} for an activity that does not exist. */
    MATERIAL_ACTIVITY("material-activity", Severity.ERROR),

    // ---- experiments (experiments/<id>/experiment.yaml, start.json, solution.json) ----

    /** {@code world} is not one of the engine's worlds. */
    UNKNOWN_WORLD("unknown-world", Severity.ERROR),
    /** A goal check that cannot be read: unknown type, missing or mistyped fields. */
    CHECK_MALFORMED("check-malformed", Severity.ERROR),
    /** A goal check of a type the experiment's world does not support (e.g. {@code polygon} for the robot). */
    CHECK_WORLD("check-world", Severity.ERROR),
    /** {@code start} is not a start state the world can build (a maze without a robot, a table without columns). */
    START_STATE("start-state", Severity.ERROR),
    /** A block type that is neither a standard Blockly block nor one of the world's, in a toolbox or workspace. */
    UNKNOWN_BLOCK("unknown-block", Severity.ERROR),
    /** A toolbox preset for an input or field the block does not have, or a value the input does not take. */
    TOOLBOX_PRESET("toolbox-preset", Severity.ERROR),
    /** More than three hints (the guide asks for up to three, from a nudge to nearly the solution). */
    HINTS_TOO_MANY("hints-too-many", Severity.ERROR),
    /** {@code start.json} or {@code solution.json} is not Blockly workspace JSON. */
    WORKSPACE_JSON("workspace-json", Severity.ERROR),
    /** The reference solution does not pass every check when the engine runs it. */
    SOLUTION_FAILS("solution-fails", Severity.ERROR),
    /** The starting workspace already passes every check, so there is nothing left to do. */
    START_PASSES("start-passes", Severity.ERROR),
    /** The reference solution uses a block the pupil cannot get: not in the toolbox and not in the start. */
    SOLUTION_BLOCK_NOT_OFFERED("solution-block-not-offered", Severity.ERROR),

    // ---- levels (experiments/<id>/experiment.yaml with levels) ----

    /** An experiment with levels has fewer than 4 or more than 8. */
    LEVEL_COUNT("level-count", Severity.ERROR),
    /** A level's kind is not fix, build, generalise or create, or the kinds do not climb in that order. */
    LEVEL_KIND("level-kind", Severity.ERROR),
    /** No generalise level, or a generalise level without a hidden case (a hard-coded answer would pass). */
    LEVEL_GENERALISE("level-generalise", Severity.ERROR),
    /** {@code legacyLevel} names no level of the experiment. */
    UNKNOWN_LEVEL("unknown-level", Severity.ERROR),
    /** A program in the compact text form (startProgram, solution, example.program) cannot be read. */
    BLOCK_SCRIPT("block-script", Severity.ERROR),
    /** A level has no hints, or no worked example to end its hint ladder. */
    HINTS_MISSING("hints-missing", Severity.ERROR),
    /** The reference solution passes, but is longer than the level's idealBlocks: it must be perfect. */
    SOLUTION_NOT_PERFECT("solution-not-perfect", Severity.ERROR),
    /** The worked example solves the level itself: it must show the idea on another case. */
    EXAMPLE_SOLVES_LEVEL("example-solves-level", Severity.ERROR),
    /** The worked example's own start is one of the level's cases, or its program stops with an error there. */
    EXAMPLE_CASE("example-case", Severity.ERROR),
    /**
     * A hint or the worked example names a value that tells the answer: a value of the reference solution that the
     * start program does not have, the task does not state, and that the solution needs to pass.
     */
    HINT_GIVES_ANSWER("hint-gives-answer", Severity.ERROR),
    /** A block the level requires is not in its toolbox or start program. */
    REQUIRED_BLOCK_NOT_OFFERED("required-block-not-offered", Severity.ERROR);

    public enum Severity { ERROR, WARNING }

    private final String id;
    private final Severity severity;

    Rule(String id, Severity severity) {
        this.id = id;
        this.severity = severity;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Severity severity() {
        return severity;
    }
}
