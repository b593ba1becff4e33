package dk.opdag.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Command-line tools in the app jar: {@code java -jar opdag.jar curriculum check [DIR]} and
 * {@code java -jar opdag.jar experiment run ...}. {@code main} asks
 * {@link #handles} first and starts the web app only when no command claims the arguments.
 * Runs before Spring starts: no Spring classes here or in the commands.
 */
public final class CommandLine {

    /**
     * Registered commands: {@code curriculum check}, {@code experiment run}, {@code materials extract}, {@code backup}
     * and {@code restore}.
     */
    private static final List<CliCommand> COMMANDS = List.of(new CurriculumCommand(), new ExperimentCommand(),
            new MaterialsCommand(), new BackupCommand(false), new BackupCommand(true));

    private CommandLine() {
    }

    /** True when the first argument names a command, e.g. {@code curriculum}; web-app flags are left alone. */
    public static boolean handles(String[] args) {
        return args.length > 0 && command(args[0]).isPresent();
    }

    /**
     * For {@code main}: runs the command with UTF-8 standard output and error, whatever the platform's default,
     * so Danish text and JSON arrive intact in files and pipes.
     */
    public static int runWithStandardStreams(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        return run(args, out, err);
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
