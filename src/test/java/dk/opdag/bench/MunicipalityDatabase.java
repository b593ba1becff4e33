package dk.opdag.bench;

import dk.opdag.classroom.SchoolRepository;
import dk.opdag.classroom.SchoolYears;
import dk.opdag.curriculum.catalogue.ActivityDocuments;
import dk.opdag.curriculum.catalogue.CurriculumSyncRepository;
import dk.opdag.curriculum.load.CurriculumLoader;
import dk.opdag.shell.DatabaseConfig;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * A municipality-sized database on embedded PostgreSQL, generated once with set-based SQL (generate_series) and
 * kept in {@code target/bench-municipality} for the next run: 50 schools, 2,000 classes (40 per school, grades
 * 0–9), 50,000 pupils (25 per class), a teacher per class, 5 assignments of 4 experiments per class, 1,000,000
 * workspaces and 10,000,000 runs (200 per pupil, ~8 % of them passing). Runs are written in ten rounds by time, so
 * one pupil's runs are spread over the table as they would be over a school year.
 */
public final class MunicipalityDatabase implements AutoCloseable {

    public static final int SCHOOLS = 50;
    public static final int CLASSES_PER_SCHOOL = 40;
    public static final int PUPILS_PER_CLASS = 25;
    public static final int ASSIGNMENTS_PER_CLASS = 5;
    public static final int EXPERIMENTS_PER_ASSIGNMENT = 4;
    public static final int RUNS_PER_PUPIL = 200;
    /** Every generated teacher's password, for the dashboard benchmark's logins. */
    public static final String TEACHER_PASSWORD = "bench-pass-1";
    private static final String DATABASE = "opdag_bench";
    private static final String DONE_MARKER = "municipality 50/2000/50000/10M v1";

    private final EmbeddedPostgres postgres;
    private final DataSource dataSource;
    private HikariDataSource pool;

    private MunicipalityDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
        this.dataSource = postgres.getDatabase("postgres", DATABASE);
    }

    /** Starts the kept database, generating it first if it is not complete. */
    public static MunicipalityDatabase open() {
        quietLogging();
        try {
            Path dir = Path.of("target", "bench-municipality").toAbsolutePath();
            Files.createDirectories(dir);
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dir).setCleanDataDirectory(false)
                    .setPGStartupWait(java.time.Duration.ofSeconds(90))
                    .setServerConfig("shared_buffers", "512MB")
                    .setServerConfig("max_wal_size", "4GB")
                    .setServerConfig("synchronous_commit", "off")
                    .start();
            MunicipalityDatabase db = new MunicipalityDatabase(pg);
            db.generateUnlessDone();
            return db;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A connection pool over the database, as the app has one: queries are timed, not connection set-up. */
    public synchronized DataSource dataSource() {
        if (pool == null) {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(jdbcUrl());
            config.setUsername("postgres");
            config.setMaximumPoolSize(8);
            pool = new HikariDataSource(config);
        }
        return pool;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    /** The app's jOOQ settings, without per-query debug logging (the app logs at INFO, so it never pays it). */
    public DSLContext dsl() {
        return DSL.using(dataSource(), SQLDialect.POSTGRES, DatabaseConfig.jooqSettings().withExecuteLogging(false));
    }

    /** Outside Spring Boot, Logback logs everything at DEBUG; the app runs at INFO. */
    static void quietLogging() {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        if (org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
                instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.INFO);
        }
    }

    @Override
    public void close() throws IOException {
        if (pool != null) {
            pool.close();
        }
        postgres.close();
    }

    private void generateUnlessDone() {
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            boolean exists = c.createStatement().executeQuery(
                    "SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'").next();
            if (!exists) {
                c.createStatement().execute("CREATE DATABASE " + DATABASE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS bench_marker (what VARCHAR(100) PRIMARY KEY)");
            if (s.executeQuery("SELECT 1 FROM bench_marker WHERE what = '" + DONE_MARKER + "'").next()) {
                return;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        generate();
    }

    private void generate() {
        long start = System.nanoTime();
        DSLContext dsl = dsl();
        new CurriculumSyncRepository(dsl, new ActivityDocuments())
                .sync(CurriculumLoader.load(Path.of("curriculum")).curriculum(), OffsetDateTime.now());
        long year = new SchoolRepository(dsl).schoolYear(SchoolYears.startYearOf(LocalDate.now()));
        String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(TEACHER_PASSWORD);
        String experiment = "'g' || c.grade || '-a' || (k % " + ASSIGNMENTS_PER_CLASS + " + 1) || '-e' || ((k / "
                + ASSIGNMENTS_PER_CLASS + ") % " + EXPERIMENTS_PER_ASSIGNMENT + " + 1)";
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            step(s, "schools", "INSERT INTO municipality (name) VALUES ('Benchmark Kommune')");
            step(s, "schools", "INSERT INTO school (municipality_id, name) SELECT m.id, 'Skole ' || g "
                    + "FROM generate_series(1, " + SCHOOLS + ") g, municipality m");
            step(s, "classes", "INSERT INTO school_class (school_id, school_year_id, name, grade, class_code, code_kind) "
                    + "SELECT s.id, " + year + ", ((g - 1) % 10) || '.' || chr(65 + (g - 1) / 10), (g - 1) % 10, "
                    + "'B' || s.id || 'K' || g, 'WORDS' FROM school s CROSS JOIN generate_series(1, "
                    + CLASSES_PER_SCHOOL + ") g");
            step(s, "teachers", "INSERT INTO app_user (role, school_id, username, password_hash, name) "
                    + "SELECT 'TEACHER', c.school_id, 'laerer' || c.id, '" + hash + "', 'Lærer ' || c.id "
                    + "FROM school_class c");
            step(s, "teachers", "INSERT INTO teacher_class (teacher_id, class_id) SELECT u.id, c.id "
                    + "FROM school_class c JOIN app_user u ON u.username = 'laerer' || c.id");
            step(s, "pupils", "INSERT INTO app_user (role, school_id, name, login_code) "
                    + "SELECT 'PUPIL', c.school_id, 'Elev ' || g, 'kode-' || c.id || '-' || g "
                    + "FROM school_class c CROSS JOIN generate_series(1, " + PUPILS_PER_CLASS + ") g");
            step(s, "pupils", "INSERT INTO pupil_enrolment (pupil_id, class_id, school_year_id) "
                    + "SELECT u.id, CAST(split_part(u.login_code, '-', 2) AS BIGINT), " + year
                    + " FROM app_user u WHERE u.role = 'PUPIL'");
            step(s, "assignments", "INSERT INTO assignment (class_id, activity_id, activity_title, assigned_by, "
                    + "whole_class, position, state, assigned_on) SELECT c.id, 'skildpadden-tegner', "
                    + "'Skildpadden tegner figurer', t.teacher_id, TRUE, j, 'OPEN', CURRENT_DATE "
                    + "FROM school_class c JOIN teacher_class t ON t.class_id = c.id "
                    + "CROSS JOIN generate_series(1, " + ASSIGNMENTS_PER_CLASS + ") j");
            step(s, "assignments", "INSERT INTO assignment_experiment (assignment_id, experiment_id, position) "
                    + "SELECT a.id, 'g' || c.grade || '-a' || a.position || '-e' || e, e - 1 FROM assignment a "
                    + "JOIN school_class c ON c.id = a.class_id CROSS JOIN generate_series(1, "
                    + EXPERIMENTS_PER_ASSIGNMENT + ") e");
            step(s, "workspaces", "INSERT INTO lab_workspace (pupil_id, experiment_id, revision, workspace, saved_at) "
                    + "SELECT e.pupil_id, 'g' || c.grade || '-a' || a || '-e' || x, 10, '{}', "
                    + "TIMESTAMP WITH TIME ZONE '2026-11-20 12:00:00+00' FROM pupil_enrolment e "
                    + "JOIN school_class c ON c.id = e.class_id CROSS JOIN generate_series(1, "
                    + ASSIGNMENTS_PER_CLASS + ") a CROSS JOIN generate_series(1, " + EXPERIMENTS_PER_ASSIGNMENT + ") x");
            // Build the runs' index once at the end, not row by row.
            step(s, "runs", "DROP INDEX IF EXISTS ix_lab_run_pupil");
            int rounds = 10;
            int perRound = RUNS_PER_PUPIL / rounds;
            for (int round = 0; round < rounds; round++) {
                step(s, "runs " + (round + 1) + "/" + rounds, "INSERT INTO lab_run (pupil_id, experiment_id, ran_at, "
                        + "passed, steps, failed_checks, error, revision) SELECT e.pupil_id, " + experiment + ", "
                        + "TIMESTAMP WITH TIME ZONE '2026-08-15 08:00:00+00' + k * INTERVAL '9 hours' "
                        + "+ (e.pupil_id % 600) * INTERVAL '1 second', random() < 0.08, 20 + k % 50, "
                        + "'[{\"type\":\"polygon\",\"message\":\"Figuren er ikke lukket.\"}]', NULL, k + 1 "
                        + "FROM pupil_enrolment e JOIN school_class c ON c.id = e.class_id "
                        + "CROSS JOIN generate_series(" + (round * perRound) + ", " + (round * perRound + perRound - 1)
                        + ") k");
            }
            step(s, "runs score", "UPDATE lab_run SET score = CASE WHEN passed THEN 30 ELSE 10 END");
            step(s, "runs index", "CREATE INDEX ix_lab_run_pupil ON lab_run (pupil_id, experiment_id, level_id, ran_at)");
            step(s, "best results", "INSERT INTO lab_level_result (pupil_id, experiment_id, level_id, best_score, "
                    + "best_at, first_passed_at, runs, last_run_at) SELECT pupil_id, experiment_id, level_id, "
                    + "MAX(score), MIN(ran_at), MIN(CASE WHEN passed THEN ran_at END), COUNT(*), MAX(ran_at) "
                    + "FROM lab_run GROUP BY pupil_id, experiment_id, level_id");
            step(s, "analyze", "ANALYZE");
            step(s, "done", "INSERT INTO bench_marker (what) VALUES ('" + DONE_MARKER + "')");
        } catch (SQLException e) {
            throw new IllegalStateException("generating the municipality failed", e);
        }
        System.out.printf("Municipality generated in %d s%n", (System.nanoTime() - start) / 1_000_000_000);
    }

    private static void step(Statement s, String what, String sql) throws SQLException {
        long t = System.nanoTime();
        int rows = s.executeUpdate(sql);
        System.out.printf("  %-12s %,10d rows  %6d ms%n", what, rows, (System.nanoTime() - t) / 1_000_000);
    }
}
