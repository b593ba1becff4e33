package dk.opdag.experiment.check;

/** A goal check in an experiment is malformed. The message names the rule (number and type), in Danish. */
public final class GoalCheckException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public GoalCheckException(String danishMessage) {
        super(danishMessage);
    }
}
