package dk.opdag.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dk.opdag.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start-up check that an acknowledged save survives a crash of the process (see KillNineIT for the real thing). */
class DurableCommitsTest {

    @TempDir
    Path dir;

    @Test
    void anH2FileUrlWithoutWriteDelayZeroIsMadeDurableAndSaysSo() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("plain"), "sa", "")) {
            assertThat(writeDelay(c)).isEqualTo("500"); // H2's default: commits reach the file up to 0.5 s late
            assertThat(DurableCommits.ensure(c)).singleElement().asString().contains("WRITE_DELAY");
            assertThat(writeDelay(c)).isEqualTo("0");
        }
    }

    @Test
    void theAppsOwnH2UrlIsDurableAsItIs() throws Exception {
        String url = new org.springframework.core.io.ClassPathResource("application.properties")
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8).lines()
                .filter(l -> l.startsWith("spring.datasource.url=")).findFirst().orElseThrow()
                .substring("spring.datasource.url=".length())
                .replace("${opdag.data-dir}", dir.toString());
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            assertThat(writeDelay(c)).isEqualTo("0");
            assertThat(DurableCommits.ensure(c)).isEmpty();
        }
    }

    @Test
    void anInMemoryH2HasNothingToLoseAndIsLeftAlone() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:durable-test", "sa", "")) {
            assertThat(DurableCommits.ensure(c)).isEmpty();
        }
    }

    @Test
    void postgresqlThatMayLoseCommitsIsReported() throws Exception {
        // The embedded test server runs for speed with fsync and synchronous_commit off: exactly what must be named.
        DSLContext dsl = TestDatabase.POSTGRES.fresh();
        dsl.connection(c -> {
            assertThat(DurableCommits.ensure(c)).hasSize(2)
                    .anySatisfy(p -> assertThat(p).contains("synchronous_commit = off"))
                    .anySatisfy(p -> assertThat(p).contains("fsync = off"));
            c.createStatement().execute("SET synchronous_commit = on");
            assertThat(DurableCommits.ensure(c)).singleElement().asString().contains("fsync = off");
        });
    }

    private static String writeDelay(Connection c) throws Exception {
        try (ResultSet r = c.createStatement().executeQuery(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
            return r.next() ? r.getString(1) : null;
        }
    }
}
