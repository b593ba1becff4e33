package dk.opdag.planning;

import java.util.Arrays;

/**
 * A refusal with the reason in the user's words: {@code key} is a UI text in the planning bundle, {@code args} fill
 * it in. Views show the translated text; nothing the user typed is lost.
 */
public class PlanningException extends RuntimeException {

    private final transient Object[] args;

    public PlanningException(String key, Object... args) {
        super(key);
        this.args = args.clone();
    }

    public String key() {
        return getMessage();
    }

    public Object[] args() {
        return args.clone();
    }

    @Override
    public String toString() {
        return "PlanningException[" + getMessage() + " " + Arrays.toString(args) + "]";
    }
}
