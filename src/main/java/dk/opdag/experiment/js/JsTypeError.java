package dk.opdag.experiment.js;

/**
 * Thrown where the generated JavaScript would throw a TypeError, for example reading the length of null.
 * The message is already Danish and meant for a child.
 */
public final class JsTypeError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public JsTypeError(String danishMessage) {
        super(danishMessage, null, false, false);
    }
}
