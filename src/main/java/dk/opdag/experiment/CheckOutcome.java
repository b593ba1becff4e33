package dk.opdag.experiment;

/**
 * Result of one goal check.
 *
 * @param type    the check's type, e.g. {@code polygon}
 * @param passed  whether the goal was reached
 * @param message Danish, child-friendly explanation (praise when passed, a hint when not)
 */
public record CheckOutcome(String type, boolean passed, String message) {

    public static CheckOutcome pass(String type, String message) {
        return new CheckOutcome(type, true, message);
    }

    public static CheckOutcome fail(String type, String message) {
        return new CheckOutcome(type, false, message);
    }
}
