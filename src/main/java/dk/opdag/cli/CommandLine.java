package dk.opdag.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Command-line tools in the app jar: {@code java -jar opdag.jar curriculum check [DIR]}. {@code main} asks
 * {@link #handles} first and starts the web app only when no command claims the arguments.
 * Runs before Spring starts: no Spring classes here or in the commands.
 */
public final class CommandLine {

    /**
     * Registered commands. Extension point: the experiment team adds its {@code experiment} command here
     * (a {@link CliCommand} in its own package); nothing else needs to change.
     */
    private static final List<CliCommand> COMMANDS = List.of(new CurriculumCommand());

    private CommandLine() {
    }

    /** True when the first argument names a command, e.g. {@code curriculum}; web-app flags are left alone. */
    public static boolean handles(String[] args) {
        return args.length > 0 && command(args[0]).isPresent();
    }

    /** Runs the command named by {@code args[0]} and returns its {@link ExitCode}. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Optional<CliCommand> command = args.length == 0 ? Optional.empty() : command(args[0]);
        if (command.isEmpty()) {
            err.println("Ukendt kommando. Mulige kommandoer:");
            COMMANDS.forEach(c -> err.println("  " + c.name() + "  " + c.summary()));
            return ExitCode.UNUSABLE;
        }
        return command.get().run(Arrays.asList(args).subList(1, args.length), out, err);
    }

    private static Optional<CliCommand> command(String name) {
        return COMMANDS.stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
