package dk.opdag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11, item 7: backup and restore of the embedded H2 database, round trip through the command line. */
class BackupCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return CommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String url(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.resolve("opdag");
    }

    @Test
    void aBackupRestoredIntoAnEmptyFolderHasTheSameData() throws Exception {
        Path data = dir.resolve("data");
        Flyway.configure().dataSource(url(data), "sa", "").locations("classpath:db/migration").load().migrate();
        try (Connection c = DriverManager.getConnection(url(data), "sa", "")) {
            c.createStatement().execute("INSERT INTO municipality (name) VALUES ('Ærøskøbing')");
            c.createStatement().execute("INSERT INTO school (municipality_id, name) SELECT id, 'Skolen ''Ø''' FROM"
                    + " municipality");
        }
        Path zip = dir.resolve("kopier/opdag-backup.zip");
        assertThat(run("backup", zip.toString(), "--data-dir", data.toString())).isEqualTo(ExitCode.OK);
        assertThat(zip).isRegularFile();

        Path restored = dir.resolve("restored");
        assertThat(run("restore", zip.toString(), "--data-dir", restored.toString())).isEqualTo(ExitCode.OK);
        try (Connection c = DriverManager.getConnection(url(restored), "sa", "");
             ResultSet r = c.createStatement().executeQuery("SELECT m.name, s.name FROM school s JOIN municipality m"
                     + " ON m.id = s.municipality_id")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo("Ærøskøbing");
            assertThat(r.getString(2)).isEqualTo("Skolen 'Ø'");
        }
        // The schema history came along: Flyway (the app at start-up) finds nothing to do.
        var result = Flyway.configure().dataSource(url(restored), "sa", "").locations("classpath:db/migration")
                .load().migrate();
        assertThat(result.migrationsExecuted).isZero();
    }

    @Test
    void aRestoreNeverOverwritesADatabase() throws Exception {
        Path data = dir.resolve("data");
        Flyway.configure().dataSource(url(data), "sa", "").locations("classpath:db/migration").load().migrate();
        Path zip = dir.resolve("b.zip");
        assertThat(run("backup", zip.toString(), "--data-dir", data.toString())).isEqualTo(ExitCode.OK);
        assertThat(run("restore", zip.toString(), "--data-dir", data.toString())).isEqualTo(ExitCode.UNUSABLE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Der er allerede en database");
    }

    @Test
    void clearMessagesWhenThereIsNothingToBackUpOrTheAppHoldsTheDatabase() throws Exception {
        assertThat(run("backup", dir.resolve("x.zip").toString(), "--data-dir", dir.resolve("tom").toString()))
                .isEqualTo(ExitCode.UNUSABLE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Der er ingen database");

        Path data = dir.resolve("data");
        Flyway.configure().dataSource(url(data), "sa", "").locations("classpath:db/migration").load().migrate();
        Files.createDirectories(data);
        try (Connection running = DriverManager.getConnection(url(data), "sa", "")) {
            // Another JVM would get "in use"; inside this one H2 shares the open database, so the backup works.
            assertThat(running.isValid(1)).isTrue();
            assertThat(run("backup", dir.resolve("y.zip").toString(), "--data-dir", data.toString()))
                    .isEqualTo(ExitCode.OK);
        }
        assertThat(run("backup")).isEqualTo(ExitCode.UNUSABLE);
        assertThat(run("restore", dir.resolve("findes-ikke.zip").toString())).isEqualTo(ExitCode.UNUSABLE);
    }
}
