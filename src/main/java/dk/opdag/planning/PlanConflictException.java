package dk.opdag.planning;

/** Somebody saved the item after this user read it; the user's change was not saved and should be retried. */
public class PlanConflictException extends PlanningException {

    public PlanConflictException(String key, Object... args) {
        super(key, args);
    }
}
