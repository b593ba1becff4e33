package dk.opdag.experiment.check;

/** A goal check in an experiment is malformed. The message names the rule (number and type), in Danish. */
public final class GoalCheckException extends IllegalArgumentException {

    public GoalCheckException(String danishMessage) {
        super(danishMessage);
    }
}
