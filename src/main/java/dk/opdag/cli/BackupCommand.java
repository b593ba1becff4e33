package dk.opdag.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * {@code java -jar opdag.jar backup FILE.zip [--data-dir DIR]} and {@code restore FILE.zip [--data-dir DIR]}: the
 * embedded H2 database as one compressed SQL script (H2's {@code SCRIPT} and {@code RUNSCRIPT}), which a later H2
 * version can read too. Stop the app first: H2 lets only one process open its file. A restore goes into a data
 * folder without a database, so nothing is overwritten by mistake. (PostgreSQL: pg_dump and pg_restore, README.)
 */
final class BackupCommand implements CliCommand {

    private final boolean restore;

    BackupCommand(boolean restore) {
        this.restore = restore;
    }

    @Override
    public String name() {
        return restore ? "restore" : "backup";
    }

    @Override
    public String summary() {
        return restore ? "FIL.zip [--data-dir MAPPE]  læg en sikkerhedskopi tilbage i en tom datamappe"
                : "FIL.zip [--data-dir MAPPE]  tag en sikkerhedskopi af den indbyggede database (stop Opdag først)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Path dataDir = Path.of("data");
        Path file = null;
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--data-dir") && i + 1 < args.size()) {
                dataDir = Path.of(args.get(++i));
            } else if (file == null && !args.get(i).startsWith("--")) {
                file = Path.of(args.get(i));
            } else {
                err.println("Ukendt argument: " + args.get(i));
                return ExitCode.UNUSABLE;
            }
        }
        if (file == null) {
            err.println("Brug: java -jar opdag.jar " + name() + " FIL.zip [--data-dir MAPPE]");
            return ExitCode.UNUSABLE;
        }
        Path database = dataDir.resolve("opdag.mv.db");
        String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("opdag") + ";WRITE_DELAY=0";
        try {
            if (restore) {
                if (!Files.isRegularFile(file)) {
                    err.println("Sikkerhedskopien " + file + " findes ikke.");
                    return ExitCode.UNUSABLE;
                }
                if (Files.exists(database)) {
                    err.println("Der er allerede en database i " + dataDir.toAbsolutePath()
                            + ". Flyt den væk (eller vælg en anden mappe med --data-dir), så intet overskrives.");
                    return ExitCode.UNUSABLE;
                }
                Files.createDirectories(dataDir);
                try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
                    s.execute("RUNSCRIPT FROM " + literal(file) + " COMPRESSION ZIP");
                }
                out.println("Databasen er lagt tilbage i " + dataDir.toAbsolutePath() + " fra " + file + ".");
            } else {
                if (!Files.isRegularFile(database)) {
                    err.println("Der er ingen database i " + dataDir.toAbsolutePath() + " (brug --data-dir).");
                    return ExitCode.UNUSABLE;
                }
                if (file.toAbsolutePath().getParent() != null) {
                    Files.createDirectories(file.toAbsolutePath().getParent());
                }
                try (Connection c = DriverManager.getConnection(url + ";IFEXISTS=TRUE", "sa", "");
                     Statement s = c.createStatement()) {
                    s.execute("SCRIPT TO " + literal(file) + " COMPRESSION ZIP");
                }
                out.println("Sikkerhedskopien er gemt i " + file + " (" + Files.size(file) + " bytes).");
            }
            return ExitCode.OK;
        } catch (SQLException e) {
            if (e.getErrorCode() == 90020) { // database in use by another process
                err.println("Databasen er i brug. Stop Opdag først, og prøv igen.");
            } else {
                err.println("Det lykkedes ikke: " + e.getMessage());
            }
            return ExitCode.FAILED;
        } catch (java.io.IOException e) {
            err.println("Filen kunne ikke skrives eller læses: " + e.getMessage());
            return ExitCode.FAILED;
        }
    }

    private static String literal(Path file) {
        return "'" + file.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
