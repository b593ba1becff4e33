package dk.opdag.materials.search;

import static dk.opdag.db.Tables.MATERIAL_FILE;
import static dk.opdag.db.Tables.SEARCH_ENTRY;
import static org.jooq.impl.DSL.falseCondition;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.when;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;

/**
 * The search index. On PostgreSQL a row matches when its title and body, as a {@code danish} text search vector,
 * match the query (the GIN index of migration V18 covers exactly this expression); on H2 when the stems column holds
 * every stem of the query. Both drop Danish stop words and stem with Snowball, so they find the same rows.
 */
@Repository
public class SearchRepository {

    /** PostgreSQL's tsvector has a size limit; a snippet never needs more than the start of a long file. */
    public static final int MAX_BODY = 100_000;

    private final DSLContext dsl;

    public SearchRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** An entry to write: kind, ref (unique within the kind) and what is searched. */
    public record Entry(SearchHit.Kind kind, String ref, String activityId, Long fileId, String title, String body,
                        String contentHash) {
    }

    /** A row found, before its snippet is made. */
    public record Found(SearchHit.Kind kind, String ref, String activityId, Long fileId, String title, String body) {
    }

    public void upsert(Entry e) {
        String body = e.body() == null ? "" : e.body().length() > MAX_BODY ? e.body().substring(0, MAX_BODY) : e.body();
        String title = e.title().length() > 500 ? e.title().substring(0, 500) : e.title();
        String stems = DanishStems.column(title + "\n" + body);
        dsl.insertInto(SEARCH_ENTRY)
                .set(SEARCH_ENTRY.KIND, e.kind().name()).set(SEARCH_ENTRY.REF, e.ref())
                .set(SEARCH_ENTRY.ACTIVITY_ID, e.activityId()).set(SEARCH_ENTRY.FILE_ID, e.fileId())
                .set(SEARCH_ENTRY.TITLE, title).set(SEARCH_ENTRY.BODY, body).set(SEARCH_ENTRY.STEMS, stems)
                .set(SEARCH_ENTRY.CONTENT_HASH, e.contentHash())
                .onConflict(SEARCH_ENTRY.KIND, SEARCH_ENTRY.REF).doUpdate()
                .set(SEARCH_ENTRY.ACTIVITY_ID, e.activityId()).set(SEARCH_ENTRY.FILE_ID, e.fileId())
                .set(SEARCH_ENTRY.TITLE, title).set(SEARCH_ENTRY.BODY, body).set(SEARCH_ENTRY.STEMS, stems)
                .set(SEARCH_ENTRY.CONTENT_HASH, e.contentHash())
                .execute();
    }

    /** ref → content hash of every entry of a kind, to skip what did not change. */
    public Map<String, String> hashes(SearchHit.Kind kind) {
        Map<String, String> hashes = new HashMap<>();
        dsl.select(SEARCH_ENTRY.REF, SEARCH_ENTRY.CONTENT_HASH).from(SEARCH_ENTRY)
                .where(SEARCH_ENTRY.KIND.eq(kind.name()))
                .forEach(r -> hashes.put(r.value1(), r.value2()));
        return hashes;
    }

    public int delete(SearchHit.Kind kind, Set<String> refs) {
        return refs.isEmpty() ? 0 : dsl.deleteFrom(SEARCH_ENTRY)
                .where(SEARCH_ENTRY.KIND.eq(kind.name())).and(SEARCH_ENTRY.REF.in(refs)).execute();
    }

    public void updateFileTitle(long fileId, String title) {
        dsl.update(SEARCH_ENTRY).set(SEARCH_ENTRY.TITLE, title)
                .where(SEARCH_ENTRY.KIND.eq(SearchHit.Kind.FILE.name())).and(SEARCH_ENTRY.FILE_ID.eq(fileId))
                .execute();
    }

    /**
     * Rows matching every stem of the query that the viewer may see: activities and shipped materials for all staff,
     * files for their owner and, when shared, for the owner's school. Activities first, then shipped materials, then
     * files, each by title: the same order on both databases, and no per-row ranking work on a common word.
     */
    public List<Found> search(String query, Set<String> stems, long userId, Long schoolId, int limit) {
        if (stems.isEmpty()) {
            return List.of();
        }
        Condition visible = SEARCH_ENTRY.KIND.ne(SearchHit.Kind.FILE.name())
                .or(MATERIAL_FILE.OWNER_ID.eq(userId))
                .or(schoolId == null ? falseCondition()
                        : MATERIAL_FILE.SHARED.isTrue().and(MATERIAL_FILE.SCHOOL_ID.eq(schoolId)));
        Condition matches;
        if (dsl.dialect().family() == SQLDialect.POSTGRES) {
            matches = DSL.condition("to_tsvector('danish', {0} || ' ' || {1}) @@ plainto_tsquery('danish', {2})",
                    SEARCH_ENTRY.TITLE, SEARCH_ENTRY.BODY, DSL.val(query));
        } else {
            matches = DSL.noCondition();
            for (String stem : stems) {
                matches = matches.and(SEARCH_ENTRY.STEMS.contains(" " + stem + " "));
            }
        }
        Field<Integer> kindOrder = when(SEARCH_ENTRY.KIND.eq(SearchHit.Kind.ACTIVITY.name()), inline(0))
                .when(SEARCH_ENTRY.KIND.eq(SearchHit.Kind.SHEET.name()), inline(1)).otherwise(inline(2));
        return dsl.select(SEARCH_ENTRY.KIND, SEARCH_ENTRY.REF, SEARCH_ENTRY.ACTIVITY_ID, SEARCH_ENTRY.FILE_ID,
                        SEARCH_ENTRY.TITLE, SEARCH_ENTRY.BODY)
                .from(SEARCH_ENTRY)
                .leftJoin(MATERIAL_FILE).on(MATERIAL_FILE.ID.eq(SEARCH_ENTRY.FILE_ID))
                .where(matches).and(visible)
                .orderBy(kindOrder, SEARCH_ENTRY.TITLE)
                .limit(limit)
                .fetch(r -> new Found(SearchHit.Kind.valueOf(r.value1()), r.value2(), r.value3(), r.value4(),
                        r.value5(), r.value6()));
    }

    /** For tests and the benchmark: does PostgreSQL use the full-text index for a query? */
    public String explain(String query) {
        return dsl.fetch("EXPLAIN SELECT id FROM search_entry WHERE to_tsvector('danish', title || ' ' || body) "
                + "@@ plainto_tsquery('danish', {0})", DSL.val(query, SQLDataType.VARCHAR)).format();
    }
}
