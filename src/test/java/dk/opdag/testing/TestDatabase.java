package dk.opdag.testing;

import dk.opdag.shell.DatabaseConfig;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * The two databases every repository test runs on: H2 (the embedded default) and PostgreSQL (production), each
 * a fresh database migrated by the same Flyway scripts the app uses. Use with
 * {@code @ParameterizedTest @EnumSource(TestDatabase.class)}.
 */
public enum TestDatabase {
    H2 {
        @Override
        DataSource newDataSource(String name) {
            JdbcDataSource ds = new JdbcDataSource();
            ds.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
            ds.setUser("sa");
            return ds;
        }

        @Override
        SQLDialect dialect() {
            return SQLDialect.H2;
        }
    },
    POSTGRES {
        @Override
        DataSource newDataSource(String name) {
            EmbeddedPostgres pg = Postgres.INSTANCE.server;
            try (Connection c = pg.getPostgresDatabase().getConnection()) {
                c.createStatement().execute("CREATE DATABASE " + name);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return pg.getDatabase("postgres", name);
        }

        @Override
        SQLDialect dialect() {
            return SQLDialect.POSTGRES;
        }
    };

    private static final AtomicInteger COUNTER = new AtomicInteger();

    abstract DataSource newDataSource(String name);

    abstract SQLDialect dialect();

    /** A new, empty, migrated database and a jOOQ context with the app's settings. */
    public DSLContext fresh() {
        DataSource ds = newDataSource("opdag_test_" + COUNTER.incrementAndGet());
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        return DSL.using(ds, dialect(), DatabaseConfig.jooqSettings());
    }

    /**
     * A new database migrated only up to {@code version}, for tests of what a later migration does to stored data;
     * {@link Partial#migrateRest()} then runs the remaining migrations, as an upgrade of the app would.
     */
    public Partial freshUpTo(String version) {
        DataSource ds = newDataSource("opdag_test_" + COUNTER.incrementAndGet());
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").target(version).load().migrate();
        return new Partial(DSL.using(ds, dialect(), DatabaseConfig.jooqSettings()),
                () -> Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate());
    }

    /** A database part of the way through its migrations. */
    public record Partial(DSLContext dsl, Runnable migrateRest) {
    }

    /** One embedded PostgreSQL server for the whole test JVM, started on first use. */
    private enum Postgres {
        INSTANCE;

        private final EmbeddedPostgres server;

        Postgres() {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is going away; nothing to keep
                }
            }));
        }
    }
}
