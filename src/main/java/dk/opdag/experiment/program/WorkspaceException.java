package dk.opdag.experiment.program;

/** A workspace that cannot be run. The message is Danish and written for the pupil. */
public final class WorkspaceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String blockId;

    public WorkspaceException(String danishMessage) {
        this(danishMessage, null);
    }

    public WorkspaceException(String danishMessage, String blockId) {
        super(danishMessage);
        this.blockId = blockId;
    }

    /** Id of the offending block, or null when the problem is not tied to one block. */
    public String blockId() {
        return blockId;
    }
}
