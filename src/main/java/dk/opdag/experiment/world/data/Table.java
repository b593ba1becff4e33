package dk.opdag.experiment.world.data;

import dk.opdag.experiment.js.Js;
import dk.opdag.experiment.world.StartStateException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/** A named table from the start state: column names and rows of JavaScript values. */
final class Table {

    static final int MAX_ROWS = 10_000;
    static final int MAX_COLUMNS = 50;

    private final String name;
    private final List<String> columns;
    private final List<Row> rows = new ArrayList<>();

    private Table(String name, List<String> columns) {
        this.name = name;
        this.columns = List.copyOf(columns);
    }

    String name() {
        return name;
    }

    List<String> columns() {
        return columns;
    }

    List<Row> rows() {
        return rows;
    }

    /** The column's position (case-insensitive name), or -1. */
    int column(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).equalsIgnoreCase(column.trim())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Reads {@code {"columns": ["titel", ...], "rows": [["Frost", ...], {"titel": "Up", ...}]}}: a row is a list in
     * column order or an object keyed by column name (missing cells become null).
     */
    static Table from(String name, JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new StartStateException("Tabellen '" + name + "' skal have 'columns' og 'rows'.");
        }
        JsonNode cols = node.path("columns");
        if (!cols.isArray() || cols.isEmpty() || cols.size() > MAX_COLUMNS) {
            throw new StartStateException("Tabellen '" + name + "' skal have mellem 1 og " + MAX_COLUMNS
                    + " kolonner i 'columns'.");
        }
        List<String> columns = new ArrayList<>();
        for (JsonNode c : cols) {
            String col = c.asString("").trim();
            if (col.isEmpty() || columns.stream().anyMatch(col::equalsIgnoreCase)) {
                throw new StartStateException("Kolonnerne i tabellen '" + name
                        + "' skal have hver sit navn, og ingen må være tom.");
            }
            columns.add(col);
        }
        Table table = new Table(name, columns);
        JsonNode rows = node.path("rows");
        if (!rows.isArray() || rows.size() > MAX_ROWS) {
            throw new StartStateException("Tabellen '" + name + "' skal have en liste 'rows' med højst "
                    + MAX_ROWS + " rækker.");
        }
        int n = 1;
        for (JsonNode r : rows) {
            table.rows.add(new Row(table, cells(table, r, n++)));
        }
        return table;
    }

    private static List<Object> cells(Table table, JsonNode row, int number) {
        List<Object> cells = new ArrayList<>();
        if (row.isArray()) {
            if (row.size() > table.columns.size()) {
                throw new StartStateException("Række " + number + " i tabellen '" + table.name
                        + "' har flere celler end der er kolonner.");
            }
            for (int i = 0; i < table.columns.size(); i++) {
                cells.add(value(row.get(i)));
            }
        } else if (row.isObject()) {
            for (String column : table.columns) {
                cells.add(value(row.get(column)));
            }
        } else {
            throw new StartStateException("Række " + number + " i tabellen '" + table.name
                    + "' skal være en liste eller et objekt.");
        }
        return cells;
    }

    private static Object value(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return Js.NULL;
        }
        if (v.isNumber()) {
            return v.asDouble();
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        if (!v.isValueNode()) {
            throw new StartStateException("En celle i en tabel skal være et tal, en tekst eller sand/falsk.");
        }
        return v.asString();
    }

    String columnList() {
        return String.join(", ", columns);
    }

    @Override
    public String toString() {
        return name.toLowerCase(Locale.ROOT);
    }
}
