package dk.opdag.classroom;

/** A request the classroom feature refuses; carries an i18n key (and parameters) for a clear message. */
public class ClassroomException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] params;

    public ClassroomException(String messageKey, Object... params) {
        super(messageKey);
        this.messageKey = messageKey;
        this.params = params;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] params() {
        return params;
    }
}
