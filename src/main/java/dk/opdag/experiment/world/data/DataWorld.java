package dk.opdag.experiment.world.data;

import dk.opdag.experiment.check.CheckFields;
import dk.opdag.experiment.check.GoalCheck;
import dk.opdag.experiment.world.StartStateException;
import dk.opdag.experiment.world.World;
import dk.opdag.experiment.world.WorldState;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Tables of data (a class survey, a streaming service's viewing log). Start state: one table
 * {@code {"columns": [...], "rows": [...]}}, or several
 * {@code {"tables": {"visninger": {...}, "katalog": {...}}, "main": "visninger", "catalog": "katalog"}}.
 *
 * <p>Blocks: {@code data_rows} (the main table's rows), {@code data_filter} (ROWS, fields COLUMN and
 * OP = EQ/NEQ/GT/GE/LT/LE/CONTAINS, VALUE), {@code data_sort} (ROWS, COLUMN, DIRECTION = ASC/DESC),
 * {@code data_count} (ROWS), {@code data_column} (ROWS, COLUMN → list of values), {@code data_sum},
 * {@code data_average}, {@code data_min}, {@code data_max}, {@code data_most_common} (ROWS, COLUMN),
 * {@code data_get} (ROW, COLUMN), {@code data_recommend} (COLUMN: the unseen catalogue titles of the favourite value)
 * and the statement {@code data_answer} (VALUE). ROWS defaults to the main table. Check: {@code answer_equals}.
 */
public final class DataWorld implements World {

    @Override
    public String id() {
        return "data";
    }

    @Override
    public String displayName() {
        return "Data";
    }

    @Override
    public Optional<String> drawing() {
        return Optional.of("./opdag-world/data.js");
    }

    @Override
    public Set<String> checkTypes() {
        return Set.of("answer_equals");
    }

    @Override
    public Optional<GoalCheck> readCheck(String type, CheckFields fields) {
        return DataChecks.read(type, fields);
    }

    @Override
    public WorldState create(JsonNode start, long seed) {
        Map<String, Table> tables = new LinkedHashMap<>();
        JsonNode many = start.get("tables");
        if (many == null || many.isNull()) {
            if (start.isEmpty()) {
                throw new StartStateException("Dataverdenen skal have en tabel med 'columns' og 'rows'.");
            }
            tables.put("data", Table.from("data", start));
        } else {
            if (!many.isObject() || many.isEmpty()) {
                throw new StartStateException("'tables' skal indeholde mindst én navngiven tabel.");
            }
            for (Map.Entry<String, JsonNode> e : many.properties()) {
                tables.put(e.getKey(), Table.from(e.getKey(), e.getValue()));
            }
        }
        Table main = pick(tables, start, "main", tables.values().iterator().next());
        Table catalog = pick(tables, start, "catalog", null);
        return new DataState(tables, main, catalog);
    }

    private static Table pick(Map<String, Table> tables, JsonNode start, String key, Table fallback) {
        JsonNode name = start.get(key);
        if (name == null || name.isNull()) {
            return fallback;
        }
        Table t = tables.get(name.asString(""));
        if (t == null) {
            throw new StartStateException("'" + key + "' peger på tabellen '" + name.asString("")
                    + "', som ikke findes. Tabellerne hedder: " + String.join(", ", tables.keySet()) + ".");
        }
        return t;
    }
}
