package dk.opdag.curriculum.load;

/** A block program in the compact text form cannot be read; the message is Danish and names the line. */
final class BlockScriptException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;

    BlockScriptException(int line, String message) {
        super(message);
        this.line = line;
    }

    /** 1-based line in the program text. */
    int line() {
        return line;
    }
}
