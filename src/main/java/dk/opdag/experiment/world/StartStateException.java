package dk.opdag.experiment.world;

/** A world's start state in an experiment is malformed. The message is Danish and meant for the teacher. */
public final class StartStateException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public StartStateException(String danishMessage) {
        super(danishMessage);
    }
}
