package dk.opdag.experiment.interpreter;

/** Stops a run: a budget ran out or the program did something JavaScript would throw for. Message is Danish. */
public final class RunAbort extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String blockId;

    public RunAbort(String danishMessage, String blockId) {
        super(danishMessage, null, false, false); // no stack trace: aborts are expected and frequent
        this.blockId = blockId;
    }

    /** Block that was running when the run stopped (may be null). */
    public String blockId() {
        return blockId;
    }
}
