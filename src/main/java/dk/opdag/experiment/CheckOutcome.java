package dk.opdag.experiment;

/**
 * Result of one goal check.
 *
 * @param type   the check's type, e.g. {@code polygon}
 * @param passed whether the goal was reached
 * @param text   child-friendly explanation (praise when passed, a hint when not), as a message key the lab renders
 *               in the pupil's language
 */
public record CheckOutcome(String type, boolean passed, Message text) {

    /** The explanation in Danish (stored runs, the CLI and content checks use this). */
    public String message() {
        return text.danish();
    }

    public static CheckOutcome pass(String type, Message text) {
        return new CheckOutcome(type, true, text);
    }

    public static CheckOutcome fail(String type, Message text) {
        return new CheckOutcome(type, false, text);
    }

    /** A Danish explanation not yet in the engine bundle. */
    public static CheckOutcome pass(String type, String danish) {
        return pass(type, Message.literal(danish));
    }

    /** A Danish explanation not yet in the engine bundle. */
    public static CheckOutcome fail(String type, String danish) {
        return fail(type, Message.literal(danish));
    }
}
