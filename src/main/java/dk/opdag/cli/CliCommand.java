package dk.opdag.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * A sub-command of {@code java -jar opdag.jar <name> ...}. It runs before (and instead of) Spring, so it must
 * not need Spring or the database. To add one, implement this and list it in {@link CommandLine}.
 */
public interface CliCommand {

    /** The first argument that selects this command, e.g. {@code curriculum}. */
    String name();

    /** One line for the overview, Danish. */
    String summary();

    /**
     * @param args the arguments after {@link #name()}
     * @return an {@link ExitCode}
     */
    int run(List<String> args, PrintStream out, PrintStream err);
}
