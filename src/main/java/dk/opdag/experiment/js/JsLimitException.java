package dk.opdag.experiment.js;

/** Thrown when a text or list grows past the engine's hard size limit. */
public final class JsLimitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean list;

    public JsLimitException(boolean list) {
        super(list ? "list too large" : "text too long", null, false, false);
        this.list = list;
    }

    /** True for a list that grew too large, false for a text that grew too long. */
    public boolean isList() {
        return list;
    }
}
