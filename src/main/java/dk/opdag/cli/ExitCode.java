package dk.opdag.cli;

/** Process exit codes shared by all sub-commands, so scripts and CI can tell failure from misuse. */
public final class ExitCode {

    /** Done; nothing wrong (warnings allowed). */
    public static final int OK = 0;
    /** Done, and the input has errors. */
    public static final int FAILED = 1;
    /** Could not do the job: bad arguments, or input that cannot be read at all. */
    public static final int UNUSABLE = 2;

    private ExitCode() {
    }
}
