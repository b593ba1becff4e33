package dk.opdag.experiment.world.data;

import dk.opdag.experiment.Message;
import dk.opdag.experiment.CheckOutcome;
import dk.opdag.experiment.check.GoalCheck;
import dk.opdag.experiment.check.RunFacts;
import dk.opdag.experiment.check.ValueMatcher;
import dk.opdag.experiment.js.Js;
import dk.opdag.experiment.js.JsList;
import dk.opdag.experiment.js.JsNumbers;
import dk.opdag.experiment.js.Nil;
import dk.opdag.experiment.program.Block;
import dk.opdag.experiment.world.BlockContext;
import dk.opdag.experiment.world.WorldState;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The tables of one run and the pupil's answer. Rows are immutable; filters and sorts make new lists. */
final class DataState implements WorldState {

    private static final Locale DANISH = Locale.of("da", "DK");
    private static final int SNAPSHOT_ROWS = 500;

    private final Map<String, Table> tables;
    private final Table main;
    private final Table catalog;
    private Object answer;

    DataState(Map<String, Table> tables, Table main, Table catalog) {
        this.tables = tables;
        this.main = main;
        this.catalog = catalog;
    }

    @Override
    public void execute(Block block, BlockContext ctx) {
        if (block.type().equals("data_answer")) {
            answer = ctx.value("VALUE", Js.UNDEFINED);
            ctx.trace("answer", ctx.newData().put("value", Js.toStr(answer)));
        } else {
            evaluate(block, ctx);
        }
    }

    @Override
    public Object evaluate(Block block, BlockContext ctx) {
        return switch (block.type()) {
            case "data_rows" -> new JsList(main.rows());
            case "data_count" -> (double) rows(ctx).size();
            case "data_filter" -> filter(ctx);
            case "data_sort" -> sort(ctx);
            case "data_column" -> {
                List<Row> rows = rows(ctx);
                int col = column(ctx, rows);
                yield new JsList(rows.stream().map(r -> r.get(col)).toList());
            }
            case "data_sum", "data_average", "data_min", "data_max" -> aggregate(block.type(), ctx);
            case "data_most_common" -> mostCommon(ctx);
            case "data_get" -> {
                Object v = ctx.value("ROW", Js.UNDEFINED);
                if (!(v instanceof Row row)) {
                    throw ctx.fail(Message.of("engine.data.get-needs-row", Js.describe(v)));
                }
                yield row.get(column(ctx, row.table()));
            }
            case "data_recommend" -> recommend(ctx);
            default -> throw ctx.fail(Message.of("engine.data.unknown-block", block.type()));
        };
    }

    /** The ROWS input: a list of rows; the main table's rows when nothing is connected. */
    private List<Row> rows(BlockContext ctx) {
        Object v = ctx.value("ROWS", null);
        if (v == null) {
            return main.rows();
        }
        if (!(v instanceof JsList list)) {
            throw ctx.fail(Message.of("engine.data.needs-rows", Js.describe(v)));
        }
        List<Row> rows = new ArrayList<>(list.size());
        for (Object o : list.values()) {
            if (!(o instanceof Row r)) {
                throw ctx.fail(Message.of("engine.data.only-rows", Js.describe(o)));
            }
            rows.add(r);
        }
        ctx.charge(rows.size());
        return rows;
    }

    private int column(BlockContext ctx, List<Row> rows) {
        return column(ctx, rows.isEmpty() ? main : rows.getFirst().table());
    }

    private int column(BlockContext ctx, Table table) {
        String name = ctx.field("COLUMN", "");
        int col = table.column(name);
        if (col < 0) {
            throw ctx.fail(Message.of("engine.data.no-column", name, table.columnList()));
        }
        return col;
    }

    private JsList filter(BlockContext ctx) {
        List<Row> rows = rows(ctx);
        int col = column(ctx, rows);
        String op = ctx.field("OP", "EQ");
        Object target = ctx.value("VALUE", "");
        List<Row> kept = new ArrayList<>();
        for (Row r : rows) {
            if (matches(r.get(col), op, target)) {
                kept.add(r);
            }
        }
        ctx.trace("filter", ctx.newData().put("column", ctx.field("COLUMN", "")).put("op", op)
                .put("value", Js.toStr(target)).put("before", rows.size()).put("after", kept.size()));
        return new JsList(kept);
    }

    /** Numbers compare as numbers; everything else as text, ignoring upper and lower case. */
    private static boolean matches(Object cell, String op, Object target) {
        int cmp;
        if (cell instanceof Double c && !(target instanceof Nil) && !Double.isNaN(Js.toNumber(target))
                && !Js.toStr(target).isBlank()) {
            cmp = Double.compare(c, Js.toNumber(target));
        } else {
            String a = lower(cell);
            String b = lower(target);
            if (op.equals("CONTAINS")) {
                return a.contains(b);
            }
            cmp = a.compareTo(b);
        }
        return switch (op) {
            case "NEQ" -> cmp != 0;
            case "GT" -> cmp > 0;
            case "GE" -> cmp >= 0;
            case "LT" -> cmp < 0;
            case "LE" -> cmp <= 0;
            case "CONTAINS" -> cmp == 0;
            default -> cmp == 0;
        };
    }

    private static String lower(Object v) {
        return v instanceof Nil ? "" : Js.toStr(v).trim().toLowerCase(DANISH);
    }

    private JsList sort(BlockContext ctx) {
        List<Row> rows = new ArrayList<>(rows(ctx));
        int col = column(ctx, rows);
        Collator collator = Collator.getInstance(DANISH);
        Comparator<Object> values = (a, b) -> {
            boolean an = a instanceof Double;
            boolean bn = b instanceof Double;
            if (an && bn) {
                return Double.compare((Double) a, (Double) b);
            }
            if (an != bn) {
                return an ? -1 : 1; // numbers before text
            }
            return collator.compare(lower(a), lower(b));
        };
        Comparator<Row> order = Comparator.comparing(r -> r.get(col), values);
        boolean descending = "DESC".equals(ctx.field("DIRECTION", "ASC"));
        rows.sort(descending ? order.reversed() : order); // stable: equal rows keep their order
        ctx.charge(rows.size());
        ctx.trace("sort", ctx.newData().put("column", ctx.field("COLUMN", "")).put("descending", descending));
        return new JsList(rows);
    }

    private Object aggregate(String type, BlockContext ctx) {
        List<Row> rows = rows(ctx);
        int col = column(ctx, rows);
        List<Double> numbers = new ArrayList<>();
        for (Row r : rows) {
            Object cell = r.get(col);
            double d = cell instanceof Nil ? Double.NaN : Js.toNumber(cell);
            if (!Double.isNaN(d)) {
                numbers.add(d);
            }
        }
        if (numbers.size() < rows.size()) {
            ctx.warn(Message.of("engine.data.cells-not-numbers", ctx.field("COLUMN", "")));
        }
        if (numbers.isEmpty()) {
            if (!type.equals("data_sum")) {
                ctx.warn(Message.of("engine.data.no-numbers"));
            }
            return 0.0;
        }
        double sum = 0;
        for (double d : numbers) {
            sum += d;
        }
        return switch (type) {
            case "data_sum" -> sum;
            case "data_average" -> sum / numbers.size();
            case "data_min" -> numbers.stream().min(Double::compare).orElseThrow();
            default -> numbers.stream().max(Double::compare).orElseThrow();
        };
    }

    /** The most frequent value (ignoring case); ties go to the value seen first. Null for no rows. */
    private Object mostCommon(BlockContext ctx) {
        List<Row> rows = rows(ctx);
        int col = column(ctx, rows);
        return mostCommon(rows, col);
    }

    private static Object mostCommon(List<Row> rows, int col) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Object> firstSpelling = new LinkedHashMap<>();
        for (Row r : rows) {
            Object cell = r.get(col);
            if (cell instanceof Nil) {
                continue;
            }
            String key = lower(cell);
            counts.merge(key, 1, Integer::sum);
            firstSpelling.putIfAbsent(key, cell);
        }
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)) {
                best = e.getKey();
            }
        }
        return best == null ? Js.NULL : firstSpelling.get(best);
    }

    /**
     * A simple recommendation rule: find the favourite value of COLUMN in what was watched (the main table), and
     * suggest the catalogue's titles with that value that were not watched yet. Titles are the first column.
     */
    private JsList recommend(BlockContext ctx) {
        if (catalog == null) {
            throw ctx.fail(Message.of("engine.data.no-catalog"));
        }
        int col = column(ctx, main);
        int catalogCol = column(ctx, catalog);
        Object favourite = mostCommon(main.rows(), col);
        String titleColumn = main.columns().getFirst();
        int catalogTitle = Math.max(0, catalog.column(titleColumn));
        Set<String> seen = new HashSet<>();
        for (Row r : main.rows()) {
            seen.add(lower(r.get(0)));
        }
        JsList suggestions = new JsList();
        for (Row r : catalog.rows()) {
            if (lower(r.get(catalogCol)).equals(lower(favourite)) && !seen.contains(lower(r.get(catalogTitle)))) {
                suggestions.push(r.get(catalogTitle));
            }
        }
        ctx.charge(main.rows().size() + catalog.rows().size());
        ObjectNode data = ctx.newData().put("column", ctx.field("COLUMN", "")).put("favourite", Js.toStr(favourite));
        ArrayNode list = data.putArray("suggestions");
        suggestions.values().forEach(v -> list.add(Js.toStr(v)));
        ctx.trace("recommend", data);
        return suggestions;
    }

    @Override
    public JsonNode snapshot() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("world", "data").put("main", main.name());
        if (catalog != null) {
            root.put("catalog", catalog.name());
        }
        ArrayNode list = root.putArray("tables");
        for (Table t : tables.values()) {
            ObjectNode tn = list.addObject().put("name", t.name()).put("rowCount", t.rows().size());
            ArrayNode cols = tn.putArray("columns");
            t.columns().forEach(cols::add);
            ArrayNode rows = tn.putArray("rows");
            for (Row r : t.rows().subList(0, Math.min(SNAPSHOT_ROWS, t.rows().size()))) {
                ArrayNode cells = rows.addArray();
                r.cells().forEach(c -> cells.add(json(c)));
            }
        }
        if (answer != null) {
            root.set("answer", json(answer));
        }
        return root;
    }

    private static JsonNode json(Object v) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (v) {
            case Double d when d == Math.rint(d) && Math.abs(d) < 1e15 -> f.numberNode(d.longValue());
            case Double d when Double.isFinite(d) -> f.numberNode(d);
            case Double d -> f.stringNode(JsNumbers.toString(d));
            case Boolean b -> f.booleanNode(b);
            case Nil n -> f.nullNode();
            case JsList l -> {
                ArrayNode a = f.arrayNode();
                l.values().forEach(e -> a.add(json(e)));
                yield a;
            }
            default -> f.stringNode(Js.toStr(v));
        };
    }

    @Override
    public Optional<CheckOutcome> check(GoalCheck check, RunFacts facts) {
        if (!(check instanceof DataChecks.AnswerEquals c)) {
            return Optional.empty();
        }
        if (answer == null) {
            return Optional.of(CheckOutcome.fail(c.type(),
                    Message.of("engine.data.no-answer")));
        }
        boolean loose = c.match() == dk.opdag.experiment.check.TextMatch.LOOSE;
        if (ValueMatcher.matches(c.value(), answer, c.tolerance(), c.anyOrder(), c.match())) {
            return Optional.of(CheckOutcome.pass(c.type(), Message.of("engine.data.answer-ok")));
        }
        // Never reveal the expected value: the pupil should find it in the data. Say what differs, if anything does.
        Message how = ValueMatcher.difference(c.value(), answer, loose);
        return Optional.of(CheckOutcome.fail(c.type(), dk.opdag.experiment.check.Differences.sentence(
                "engine.data.answer-wrong", how, Js.toStr(answer))));
    }
}
