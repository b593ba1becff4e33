package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * PostgreSQL's full-text index for the materials search: a GIN index on exactly the expression that
 * {@code dk.opdag.materials.search.SearchRepository} matches with, in the {@code danish} configuration (Snowball
 * stemmer and stop words, so "robotter" finds "robot"). H2 has no such index type; it matches on the stems column that
 * the same Snowball stemmer fills in Java (V17), so this migration does nothing there. A Java migration because the
 * SQL migrations must run unchanged on both databases.
 */
public class V18__Material_search_index extends BaseJavaMigration {

    /** Must stay character for character the expression the search query uses, or PostgreSQL ignores the index. */
    public static final String DOCUMENT = "to_tsvector('danish', title || ' ' || body)";

    @Override
    public void migrate(Context context) throws Exception {
        String database = context.getConnection().getMetaData().getDatabaseProductName();
        if (!database.toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
            return;
        }
        try (Statement s = context.getConnection().createStatement()) {
            // fastupdate off: a new entry goes straight into the index instead of a pending list that every search
            // would have to scan until the next vacuum. Entries are written rarely (uploads, start-up), searched often.
            s.execute("CREATE INDEX ix_search_entry_fts ON search_entry USING GIN (" + DOCUMENT + ") "
                    + "WITH (fastupdate = off)");
        }
    }
}
