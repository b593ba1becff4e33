package dk.opdag.experiment.js;

/**
 * Thrown where the generated JavaScript would throw a TypeError, for example reading the length of null.
 * The message is already Danish and meant for a child.
 */
public final class JsTypeError extends RuntimeException {

    public JsTypeError(String danishMessage) {
        super(danishMessage, null, false, false);
    }
}
