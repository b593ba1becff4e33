package dk.opdag.shell;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * A save the pupil is told is stored ("Gemt") must survive a crash of the process. Checked once at start-up:
 * <ul>
 *   <li>H2 in a file: by default H2 writes committed changes to the file up to 500 ms later (WRITE_DELAY), so a
 *   kill -9 loses them. {@code WRITE_DELAY=0} makes every commit write its changes to the file before it returns
 *   (then the operating system has them, and a crash of the app loses nothing). The default URL sets it; a URL
 *   that forgot it gets it here, with a warning.</li>
 *   <li>PostgreSQL: commits are durable unless the server turned {@code synchronous_commit} or {@code fsync} off;
 *   the app cannot decide that for the server, so it says loudly that acknowledged saves may then be lost.</li>
 * </ul>
 */
@Component
public class DurableCommits implements InitializingBean {

    private static final Logger LOG = LoggerFactory.getLogger(DurableCommits.class);

    private final DataSource dataSource;

    public DurableCommits(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void afterPropertiesSet() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            for (String problem : ensure(c)) {
                LOG.warn(problem);
            }
        }
    }

    /**
     * Makes commits durable where the app may decide it (H2) and returns what it found and could not fix
     * (PostgreSQL settings), or what it had to fix, as messages for the log.
     */
    public static List<String> ensure(Connection c) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            String product = c.getMetaData().getDatabaseProductName();
            if ("H2".equalsIgnoreCase(product)) {
                if (!h2InFile(s)) {
                    return problems; // an in-memory database (tests) has nothing to lose to a crash
                }
                String delay = single(s, "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                        + " WHERE SETTING_NAME = 'WRITE_DELAY'");
                if (!"0".equals(delay)) {
                    s.execute("SET WRITE_DELAY 0");
                    problems.add("H2 wrote commits up to " + delay + " ms late (WRITE_DELAY); set to 0 so a save"
                            + " survives a crash. Add ;WRITE_DELAY=0 to spring.datasource.url.");
                }
            } else if ("PostgreSQL".equalsIgnoreCase(product)) {
                for (String setting : List.of("synchronous_commit", "fsync")) {
                    String value = single(s, "SELECT current_setting('" + setting + "')");
                    if ("off".equalsIgnoreCase(value)) {
                        problems.add("PostgreSQL has " + setting + " = off: a save the app reports as stored can"
                                + " be lost when the database server crashes. Turn it on (see README).");
                    }
                }
            }
        }
        return problems;
    }

    private static boolean h2InFile(Statement s) throws SQLException {
        return single(s, "SELECT DATABASE_PATH()") != null;
    }

    private static String single(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getString(1) : null;
        }
    }
}
