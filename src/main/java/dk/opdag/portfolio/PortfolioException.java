package dk.opdag.portfolio;

/** A refusal with the reason as a key in the yearplans bundle; the view shows it and keeps what was typed. */
public class PortfolioException extends RuntimeException {

    private final transient Object[] args;

    public PortfolioException(String key, Object... args) {
        super(key);
        this.args = args.clone();
    }

    public String key() {
        return getMessage();
    }

    public Object[] args() {
        return args.clone();
    }
}
