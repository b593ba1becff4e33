package dk.opdag.experiment.program;

import dk.opdag.experiment.Message;

/**
 * A workspace that cannot be run. The message is written for the pupil: {@link #text()} is its key in the engine
 * bundle, {@link #getMessage()} the Danish text.
 */
public final class WorkspaceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String blockId;
    private final transient Message text;

    public WorkspaceException(Message text) {
        this(text, null);
    }

    public WorkspaceException(Message text, String blockId) {
        super(text.danish());
        this.blockId = blockId;
        this.text = text;
    }

    /** The reason, as a message key with arguments. */
    public Message text() {
        return text;
    }

    /** Id of the offending block, or null when the problem is not tied to one block. */
    public String blockId() {
        return blockId;
    }
}
