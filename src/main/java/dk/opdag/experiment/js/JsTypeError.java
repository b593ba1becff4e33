package dk.opdag.experiment.js;

import dk.opdag.experiment.Message;

/**
 * Thrown where the generated JavaScript would throw a TypeError, for example reading the length of null.
 * The message is meant for a child: {@link #text()} is its key, {@link #getMessage()} the Danish text.
 */
public final class JsTypeError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Message text;

    public JsTypeError(Message text) {
        super(text.danish(), null, false, false);
        this.text = text;
    }

    /** The reason, as a message key with arguments. */
    public Message text() {
        return text;
    }
}
