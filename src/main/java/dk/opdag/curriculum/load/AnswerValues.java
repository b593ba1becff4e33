package dk.opdag.curriculum.load;

import dk.opdag.experiment.Limits;
import dk.opdag.experiment.level.LevelRunner;
import dk.opdag.experiment.level.LevelSpec;
import dk.opdag.experiment.world.BlockDefinitions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The values that give a level's answer away, so that no hint and no worked example names them.
 *
 * <p>A <b>distinguishing value</b> is a value written in the reference solution (a number, a text, a drop-down
 * choice or a column name) that
 * <ol>
 *   <li>is not something the pupil already has: in the start program, preset in the toolbox, a drop-down's first
 *       choice (what a block comes with), or shown in the world they see (a column name, a word in the table);
 *       and it is not 0 (where counters and sums start) or a text of only spaces and punctuation,</li>
 *   <li>is not stated in the level's title or task or the experiment's title or goal (what the pupil is told is no
 *       secret either: "tegn en sekskant med sider på 60" may be repeated), and</li>
 *   <li>is needed: when it is changed everywhere in the solution (a number by one, a text by a letter, a choice to
 *       another option), the solution no longer passes.</li>
 * </ol>
 * A text names a number as digits ("-1", "2,5"), with "minus", or as a Danish number word from one to twelve ("én"
 * with its accent, "seks");
 * a text or choice by its exact words (a choice also by its Danish label, "faldende"), ignoring case.
 */
final class AnswerValues {

    enum Kind { NUMBER, TEXT, CHOICE }

    /**
     * @param label       a drop-down choice's Danish label, else null
     * @param firstChoice a drop-down's first option: what the block comes with
     */
    record Value(Kind kind, String value, String label, boolean firstChoice) {

        Value(Kind kind, String value, String label) {
            this(kind, value, label, false);
        }

        /** As the author would read it in a report. */
        String shown() {
            return kind == Kind.CHOICE && label != null ? "'" + label + "' (" + value + ")"
                    : kind == Kind.TEXT ? "\"" + value + "\"" : value;
        }
    }

    private static final String[] WORDS = {null, "én", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni", "ti",
            "elleve", "tolv"};

    private AnswerValues() {
    }

    /**
     * The distinguishing values of a level (see the class comment); runs the level once per candidate.
     *
     * @param toolbox the level's toolbox (Blockly JSON): its presets are given to the pupil
     */
    static List<Value> distinguishing(LevelSpec spec, JsonNode solution, JsonNode start, JsonNode toolbox,
                                      String told) {
        Set<Value> given = literals(start);
        given.addAll(literals(toolboxAsWorkspace(toolbox)));
        Set<String> shown = new java.util.HashSet<>();
        scalars(spec.visibleSpec().startState(), shown);
        List<Value> out = new ArrayList<>();
        for (Value v : literals(solution)) {
            if (given.contains(v) || v.firstChoice() || trivial(v) || named(told, v)
                    || v.kind() != Kind.CHOICE && shown.contains(v.value().strip().toLowerCase(Locale.ROOT))) {
                continue;
            }
            JsonNode changed = change(solution, v);
            if (!LevelRunner.run(spec, changed.toString(), Limits.DEFAULT).passed()) {
                out.add(v);
            }
        }
        return out;
    }

    /** Zero (where every counter and sum starts) and texts of only spaces and punctuation (": ", "!") are no secret. */
    static boolean trivial(Value v) {
        return v.kind() == Kind.NUMBER && Double.parseDouble(v.value()) == 0
                || v.kind() == Kind.TEXT && v.value().codePoints().noneMatch(Character::isLetterOrDigit);
    }

    /** The first of the values the text names, if any. */
    static Optional<Value> namedIn(String text, List<Value> values) {
        return values.stream().filter(v -> named(text, v)).findFirst();
    }

    /** Every value written in a workspace, in the order met. */
    static Set<Value> literals(JsonNode workspace) {
        Set<Value> found = new LinkedHashSet<>();
        visit(workspace, block -> {
            String type = block.path("type").asString("");
            JsonNode fields = block.path("fields");
            if (type.equals("math_number") && fields.has("NUM")) {
                found.add(new Value(Kind.NUMBER, number(fields.get("NUM")), null));
            } else if (type.equals("text") && !fields.path("TEXT").asString("").isBlank()) {
                found.add(new Value(Kind.TEXT, fields.get("TEXT").asString(), null));
            } else {
                BlockDefinitions.shape(type).ifPresent(shape -> shape.args().forEach(a -> {
                    String value = fields.path(a.name()).asString("");
                    if (value.isBlank()) {
                        return;
                    }
                    if (a.kind().equals("field_dropdown")) {
                        found.add(new Value(Kind.CHOICE, value, BlockDefinitions.label(type, a.name(), value)
                                .orElse(null), value.equals(a.defaultValue())));
                    } else if (a.kind().equals("field_input")) {
                        found.add(new Value(Kind.TEXT, value, null));
                    }
                }));
            }
            return block;
        });
        return found;
    }

    /** The toolbox's blocks (with their presets) as if they were top blocks of a workspace. */
    private static JsonNode toolboxAsWorkspace(JsonNode toolbox) {
        tools.jackson.databind.node.ArrayNode blocks = tools.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        List<JsonNode> todo = new ArrayList<>();
        todo.add(toolbox == null ? tools.jackson.databind.node.MissingNode.getInstance() : toolbox);
        while (!todo.isEmpty()) {
            JsonNode n = todo.removeLast();
            if ("block".equals(n.path("kind").asString(""))) {
                blocks.add(n);
            }
            n.path("contents").forEach(todo::add);
        }
        ObjectNode ws = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        ws.putObject("blocks").set("blocks", blocks);
        return ws;
    }

    /** Every text and number in a start state, lower-cased: what the world shows the pupil. */
    private static void scalars(JsonNode node, Set<String> out) {
        if (node == null) {
            return;
        }
        if (node.isValueNode()) {
            String text = node.isNumber() ? number(node) : node.asString("");
            out.add(text.strip().toLowerCase(Locale.ROOT));
        }
        node.forEach(child -> scalars(child, out));
    }

    /** A copy of the workspace with the value changed everywhere it is written. */
    static JsonNode change(JsonNode workspace, Value v) {
        JsonNode copy = workspace.deepCopy();
        visit(copy, block -> {
            String type = block.path("type").asString("");
            ObjectNode fields = block.path("fields") instanceof ObjectNode o ? o : null;
            if (fields == null) {
                return block;
            }
            if (v.kind() == Kind.NUMBER && type.equals("math_number") && number(fields.get("NUM")).equals(v.value())) {
                fields.put("NUM", Double.parseDouble(v.value()) + 1);
            } else if (v.kind() == Kind.TEXT && type.equals("text") && v.value().equals(fields.path("TEXT").asString(""))) {
                fields.put("TEXT", v.value() + "x");
            } else {
                BlockDefinitions.shape(type).ifPresent(shape -> shape.args().forEach(a -> {
                    if (!v.value().equals(fields.path(a.name()).asString(null))) {
                        return;
                    }
                    if (v.kind() == Kind.CHOICE && a.kind().equals("field_dropdown")) {
                        a.options().stream().filter(o -> !o.equals(v.value())).findFirst()
                                .ifPresent(other -> fields.put(a.name(), other));
                    } else if (v.kind() == Kind.TEXT && a.kind().equals("field_input")) {
                        fields.put(a.name(), v.value() + "x");
                    }
                }));
            }
            return block;
        });
        return copy;
    }

    /** Whether the text names the value (see the class comment). */
    static boolean named(String text, Value v) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String t = text.replace('−', '-').replace('–', '-').toLowerCase(Locale.ROOT);
        return switch (v.kind()) {
            case NUMBER -> namesNumber(t, Double.parseDouble(v.value()));
            case TEXT -> words(t, v.value());
            case CHOICE -> words(t, v.value()) || v.label() != null && words(t, v.label());
        };
    }

    private static boolean namesNumber(String t, double d) {
        double abs = Math.abs(d);
        List<String> spellings = new ArrayList<>();
        if (abs == Math.rint(abs) && abs < 1e15) {
            spellings.add(Long.toString((long) abs));
        } else {
            String plain = java.math.BigDecimal.valueOf(abs).stripTrailingZeros().toPlainString();
            spellings.add(plain);
            spellings.add(plain.replace('.', ','));
        }
        List<String> words = new ArrayList<>();
        if (abs == Math.rint(abs) && abs >= 1 && abs < WORDS.length) {
            words.add(WORDS[(int) abs]); // one is only "én" with its accent: the article "en" is everywhere
        }
        for (String s : spellings) {
            String digits = "(?<![\\p{L}\\d.,])" + Pattern.quote(s) + "(?!\\d|[.,]\\d)";
            String pattern = d < 0 ? "(?:-\\s*|minus\\s+)" + digits.replace("(?<![\\p{L}\\d.,])", "") : digits;
            if (Pattern.compile(pattern).matcher(t).find()) {
                return true;
            }
        }
        for (String w : words) {
            String pattern = (d < 0 ? "minus\\s+" : "(?<!\\p{L})") + Pattern.quote(w) + "(?!\\p{L})";
            if (Pattern.compile(pattern).matcher(t).find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean words(String lowerText, String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.isEmpty()) {
            return false;
        }
        return Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(v) + "(?![\\p{L}\\d])").matcher(lowerText).find();
    }

    private static String number(JsonNode n) {
        double d = n == null ? 0 : n.isNumber() ? n.asDouble() : Double.parseDouble(n.asString("0").strip());
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d)
                : java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    /** Calls the visitor on every block of a workspace (inputs, shadows and next blocks included). */
    private static void visit(JsonNode workspace, UnaryOperator<JsonNode> visitor) {
        JsonNode blocks = workspace.path("blocks");
        List<JsonNode> todo = new ArrayList<>();
        (blocks.isArray() ? blocks : blocks.path("blocks")).forEach(todo::add);
        while (!todo.isEmpty()) {
            JsonNode b = todo.removeLast();
            if (!b.isObject()) {
                continue;
            }
            visitor.apply(b);
            for (Map.Entry<String, JsonNode> in : b.path("inputs").properties()) {
                addIfBlock(todo, in.getValue().get("block"));
                addIfBlock(todo, in.getValue().get("shadow"));
            }
            addIfBlock(todo, b.path("next").get("block"));
        }
    }

    private static void addIfBlock(List<JsonNode> todo, JsonNode b) {
        if (b != null && b.isObject()) {
            todo.add(b);
        }
    }
}
