package dk.opdag.training;

/** A request the training feature refuses; carries an i18n key (and parameters) for a clear Danish message. */
public class TrainingException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] params;

    public TrainingException(String messageKey, Object... params) {
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
