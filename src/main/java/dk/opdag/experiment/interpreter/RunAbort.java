package dk.opdag.experiment.interpreter;

import dk.opdag.experiment.Message;

/**
 * Stops a run: a budget ran out or the program did something JavaScript would throw for. {@link #getMessage()} is
 * the Danish text; {@link #text()} the message the lab renders in the pupil's language.
 */
public final class RunAbort extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String blockId;
    private final transient Message text;

    public RunAbort(Message text, String blockId) {
        super(text.danish(), null, false, false); // no stack trace: aborts are expected and frequent
        this.blockId = blockId;
        this.text = text;
    }

    /** The reason, as a message key with arguments. */
    public Message text() {
        return text;
    }

    /** Block that was running when the run stopped (may be null). */
    public String blockId() {
        return blockId;
    }
}
