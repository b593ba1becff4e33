import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The load tool's database side (run with the project's test classpath, see run.sh):
 * <pre>
 *   java LoadDatabase.java postgres PORT DIR            one embedded PostgreSQL on 127.0.0.1 (as the tests use), until killed
 *   java LoadDatabase.java fixture JDBC_URL CLASSES PER_CLASS OUT.json
 * </pre>
 * The fixture adds load classes to the demo school made by {@code --demo}: each class has its own teacher (the demo
 * teachers' password), PER_CLASS pupils with word codes, and the demo's turtle assignment of 5.B, so every pupil has
 * the experiment as homework and every teacher a live grid to watch. It writes the logins to OUT.json.
 */
public class LoadDatabase {

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "postgres" -> postgres(Integer.parseInt(args[1]), Path.of(args[2]));
            case "fixture" -> fixture(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), Path.of(args[4]));
            default -> throw new IllegalArgumentException("postgres PORT DIR | fixture URL CLASSES PER_CLASS OUT");
        }
    }

    static void postgres(int port, Path dir) throws Exception {
        Files.createDirectories(dir);
        EmbeddedPostgres pg = EmbeddedPostgres.builder().setPort(port).setDataDirectory(dir)
                .setCleanDataDirectory(true)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "200")
                // zonky turns these off for fast tests; a load run measures saves as production commits them
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .start();
        try (Connection c = pg.getPostgresDatabase().getConnection()) {
            c.createStatement().execute("CREATE DATABASE opdag_load");
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                pg.close();
            } catch (Exception e) {
                e.printStackTrace();
            }
        }));
        System.out.println("postgres ready on 127.0.0.1:" + port);
        System.out.flush();
        Thread.currentThread().join();
    }

    static void fixture(String url, int classes, int perClass, Path out) throws SQLException, java.io.IOException {
        try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
            c.setAutoCommit(false);
            long template = single(c, "SELECT a.id FROM assignment a JOIN school_class k ON k.id = a.class_id"
                    + " WHERE k.class_code = 'DEMO5B' AND a.activity_id = 'skildpadden-tegner' AND a.removed_at IS NULL");
            long school = single(c, "SELECT school_id FROM school_class WHERE class_code = 'DEMO5B'");
            long year = single(c, "SELECT school_year_id FROM school_class WHERE class_code = 'DEMO5B'");
            String hash;
            try (ResultSet r = c.createStatement().executeQuery("SELECT password_hash FROM app_user WHERE username = 'bo'")) {
                r.next();
                hash = r.getString(1);
            }
            StringBuilder json = new StringBuilder("{\"password\":\"opdag-demo-1\",\"classes\":[");
            for (int k = 1; k <= classes; k++) {
                String code = String.format("LOAD%02d", k);
                long classId = insert(c, "INSERT INTO school_class (school_id, school_year_id, name, grade, class_code,"
                        + " code_kind) VALUES (?, ?, ?, 5, ?, 'WORDS')", school, year, "Last " + k, code);
                String username = String.format("last%02d", k);
                long teacher = insert(c, "INSERT INTO app_user (role, school_id, username, password_hash, name)"
                        + " VALUES ('TEACHER', ?, ?, ?, ?)", school, username, hash, "Lærer " + k);
                exec(c, "INSERT INTO teacher_class (teacher_id, class_id) VALUES (?, ?)", teacher, classId);
                exec(c, "INSERT INTO teacher_class_subject (teacher_id, class_id, subject_id) VALUES (?, ?, 'matematik')",
                        teacher, classId);
                long assignment = insert(c, "INSERT INTO assignment (class_id, activity_id, activity_title, assigned_by,"
                        + " whole_class, due_on, due_is_week, position, state, assigned_on)"
                        + " SELECT ?, activity_id, activity_title, ?, TRUE, due_on, due_is_week, 1, 'OPEN', assigned_on"
                        + " FROM assignment WHERE id = ?", classId, teacher, template);
                exec(c, "INSERT INTO assignment_experiment (assignment_id, experiment_id, position)"
                        + " SELECT ?, experiment_id, position FROM assignment_experiment WHERE assignment_id = ?",
                        assignment, template);
                List<String> pupils = new ArrayList<>();
                for (int i = 1; i <= perClass; i++) {
                    String name = String.format("Elev%02d", i);
                    String secret = String.format("last-%d-%d", k, i);
                    long pupil = insert(c, "INSERT INTO app_user (role, school_id, name, login_code)"
                            + " VALUES ('PUPIL', ?, ?, ?)", school, name, secret);
                    exec(c, "INSERT INTO pupil_enrolment (pupil_id, class_id, school_year_id) VALUES (?, ?, ?)",
                            pupil, classId, year);
                    pupils.add("{\"name\":\"" + name + "\",\"code\":\"" + secret + "\"}");
                }
                json.append(k > 1 ? "," : "").append("{\"classCode\":\"").append(code).append("\",\"teacher\":\"")
                        .append(username).append("\",\"assignment\":").append(assignment).append(",\"pupils\":[")
                        .append(String.join(",", pupils)).append("]}");
            }
            c.commit();
            Files.writeString(out, json.append("]}").toString());
            System.out.println("fixture: " + classes + " classes of " + perClass + " pupils, written to " + out);
        }
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (ResultSet r = c.createStatement().executeQuery(sql)) {
            if (!r.next()) {
                throw new IllegalStateException("demo data missing (was the first instance started with --demo?): " + sql);
            }
            return r.getLong(1);
        }
    }

    private static long insert(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql, new String[] {"id"})) {
            bind(s, values);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void exec(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, values);
            s.executeUpdate();
        }
    }

    private static void bind(PreparedStatement s, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            s.setObject(i + 1, values[i]);
        }
    }
}
