package dk.opdag.training.content;

import dk.opdag.curriculum.load.CheckRule;
import dk.opdag.curriculum.load.Rule;

/**
 * The checks for {@code teacher-guides/} beyond the general ones it shares with the curriculum (YAML syntax,
 * required and unknown fields, ids, duplicates: see {@link Rule}). Ids are stable; {@code curriculum check} prints
 * them.
 */
public enum TrainingRule implements CheckRule {
    /** A track has fewer than 3 or more than 6 modules. */
    TRACK_MODULES("track-modules", Rule.Severity.ERROR),
    /** A module's knowledge check has fewer than 3 or more than 6 questions. */
    CHECK_QUESTIONS("check-questions", Rule.Severity.ERROR),
    /** A question has fewer than 2 or more than 5 options. */
    CHECK_OPTIONS("check-options", Rule.Severity.ERROR),
    /** A question has no option marked {@code correct: true}. */
    CHECK_NO_CORRECT("check-no-correct", Rule.Severity.ERROR),
    /** A question has more than one correct option (the check is single-choice). */
    CHECK_MANY_CORRECT("check-many-correct", Rule.Severity.ERROR),
    /** A module links an activity that is not in the catalogue. */
    UNKNOWN_ACTIVITY("unknown-activity", Rule.Severity.ERROR),
    /** A module links an experiment that is not in the catalogue. */
    UNKNOWN_EXPERIMENT("unknown-experiment", Rule.Severity.ERROR),
    /** "prøv selv" names both or neither of {@code activity} and {@code experiment}. */
    TRY_TARGET("try-target", Rule.Severity.ERROR),
    /** A goal names a competence item that {@code competences.yaml} does not have. */
    UNKNOWN_ITEM("unknown-item", Rule.Severity.ERROR),
    /** "i teamet" names a dialogue card that {@code dialogue-cards.yaml} does not have. */
    UNKNOWN_CARD("unknown-card", Rule.Severity.ERROR),
    /** Fewer than 2 or more than 4 logbook prompts. */
    REFLECTION_PROMPTS("reflection-prompts", Rule.Severity.ERROR),
    /** A dimension id that is not one of the four, or one of the four missing or listed twice. */
    DIMENSIONS("dimensions", Rule.Severity.ERROR),
    /** Fewer than 20 or more than 30 items in the self-assessment (10–15 minutes). */
    ITEM_COUNT("item-count", Rule.Severity.ERROR),
    /** An item without exactly six level descriptors (0–5), or a scale without six steps. */
    ITEM_LEVELS("item-levels", Rule.Severity.ERROR),
    /** Not the four card areas, fewer than 24 cards, or fewer than 4 cards in an area. */
    CARD_COUNT("card-count", Rule.Severity.ERROR),
    /** A card without 1–4 follow-up questions. */
    CARD_FOLLOW_UPS("card-follow-ups", Rule.Severity.ERROR),
    /** A competence item that no module trains: a gap there can never be recommended a module. */
    ITEM_WITHOUT_MODULE("item-without-module", Rule.Severity.WARNING),
    /** A module's short read is harder than busy-teacher plain language (LIX above 40). */
    MODULE_LIX("module-lix", Rule.Severity.WARNING);

    private final String id;
    private final Rule.Severity severity;

    TrainingRule(String id, Rule.Severity severity) {
        this.id = id;
        this.severity = severity;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Rule.Severity severity() {
        return severity;
    }
}
