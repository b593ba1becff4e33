package dk.opdag.curriculum.load;

import dk.opdag.curriculum.load.BlockScriptParser.Assign;
import dk.opdag.curriculum.load.BlockScriptParser.Binary;
import dk.opdag.curriculum.load.BlockScriptParser.BlockStmt;
import dk.opdag.curriculum.load.BlockScriptParser.Bool;
import dk.opdag.curriculum.load.BlockScriptParser.Call;
import dk.opdag.curriculum.load.BlockScriptParser.Change;
import dk.opdag.curriculum.load.BlockScriptParser.Def;
import dk.opdag.curriculum.load.BlockScriptParser.Expr;
import dk.opdag.curriculum.load.BlockScriptParser.Flow;
import dk.opdag.curriculum.load.BlockScriptParser.For;
import dk.opdag.curriculum.load.BlockScriptParser.ForEach;
import dk.opdag.curriculum.load.BlockScriptParser.If;
import dk.opdag.curriculum.load.BlockScriptParser.ListOf;
import dk.opdag.curriculum.load.BlockScriptParser.Loop;
import dk.opdag.curriculum.load.BlockScriptParser.Name;
import dk.opdag.curriculum.load.BlockScriptParser.NewStack;
import dk.opdag.curriculum.load.BlockScriptParser.Num;
import dk.opdag.curriculum.load.BlockScriptParser.Repeat;
import dk.opdag.curriculum.load.BlockScriptParser.Return;
import dk.opdag.curriculum.load.BlockScriptParser.Stmt;
import dk.opdag.curriculum.load.BlockScriptParser.Str;
import dk.opdag.curriculum.load.BlockScriptParser.Unary;
import dk.opdag.experiment.interpreter.StandardBlocks;
import dk.opdag.experiment.world.BlockDefinitions;
import java.util.ArrayList;
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

/**
 * The compact text form of a block program, for curriculum authors, and its translation into exactly the workspace
 * JSON Blockly saves ({@code Blockly.serialization.workspaces.save}). Writing 120 levels' start programs, reference
 * solutions and worked examples as Blockly JSON by hand is slow and error-prone; this form is short, readable in a
 * review, and checked line by line. Example:
 * <pre>
 * def kvadrat(side):
 *   repeat 4:
 *     turtle_forward(side)
 *     turtle_turn_right(90)
 * for størrelse from 20 to 60 by 20:
 *   kvadrat(størrelse)
 * </pre>
 * A block is its type with its inputs and fields in the order Blockly shows them ({@code codes_caesar(codes_input(),
 * -1)}), or by name ({@code data_sort(COLUMN=watt, DIRECTION=DESC)}). Control words ({@code repeat}, {@code while},
 * {@code until}, {@code for ... from ... to ... by}, {@code for ... in}, {@code if/elif/else}, {@code def},
 * {@code return}, {@code break}, {@code continue}), {@code x = ...}, {@code x += ...}, operators
 * ({@code + - * / % ^ == != < <= > >= and or not}) and lists ({@code [a, b]}) become Blockly's standard blocks.
 * Numbers, texts and true/false typed into an input become grey shadow blocks, as when a pupil types into a block
 * from the toolbox; {@code math_number(5)} gives a real number block. {@code ---} starts a new stack. The full
 * description is in {@code curriculum/README.md}.
 */
final class BlockScript {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** Standard blocks whose arguments {@link ToolboxPresets} does not list (they cannot be preset in a toolbox). */
    private static final Map<String, List<Object>> MORE_ARGS = Map.of(
            "text_charAt", List.of("VALUE", ToolboxPresets.Kind.TEXT, "WHERE", ToolboxPresets.Kind.FIELD, "AT",
                    ToolboxPresets.Kind.NUMBER),
            "text_getSubstring", List.of("STRING", ToolboxPresets.Kind.TEXT, "WHERE1", ToolboxPresets.Kind.FIELD, "AT1",
                    ToolboxPresets.Kind.NUMBER, "WHERE2", ToolboxPresets.Kind.FIELD, "AT2", ToolboxPresets.Kind.NUMBER),
            "lists_getSublist", List.of("LIST", ToolboxPresets.Kind.LIST, "WHERE1", ToolboxPresets.Kind.FIELD, "AT1",
                    ToolboxPresets.Kind.NUMBER, "WHERE2", ToolboxPresets.Kind.FIELD, "AT2", ToolboxPresets.Kind.NUMBER),
            "lists_setIndex", List.of("MODE", ToolboxPresets.Kind.FIELD, "WHERE", ToolboxPresets.Kind.FIELD, "LIST",
                    ToolboxPresets.Kind.LIST, "AT", ToolboxPresets.Kind.NUMBER, "TO", ToolboxPresets.Kind.ANY),
            "math_atan2", List.of("X", ToolboxPresets.Kind.NUMBER, "Y", ToolboxPresets.Kind.NUMBER),
            "controls_repeat", List.of("TIMES", ToolboxPresets.Kind.FIELD),
            "procedures_ifreturn", List.of("CONDITION", ToolboxPresets.Kind.BOOLEAN, "VALUE", ToolboxPresets.Kind.ANY),
            "math_random_float", List.of(),
            "logic_null", List.of(),
            "lists_create_empty", List.of());

    /** What Blockly saves for a field nobody set. */
    private static final Map<String, Map<String, String>> FIELD_DEFAULTS = Map.ofEntries(
            Map.entry("math_arithmetic", Map.of("OP", "ADD")),
            Map.entry("logic_compare", Map.of("OP", "EQ")),
            Map.entry("logic_operation", Map.of("OP", "AND")),
            Map.entry("logic_boolean", Map.of("BOOL", "TRUE")),
            Map.entry("controls_whileUntil", Map.of("MODE", "WHILE")),
            Map.entry("controls_flow_statements", Map.of("FLOW", "BREAK")),
            Map.entry("math_single", Map.of("OP", "ROOT")),
            Map.entry("math_trig", Map.of("OP", "SIN")),
            Map.entry("math_constant", Map.of("CONSTANT", "PI")),
            Map.entry("math_number_property", Map.of("PROPERTY", "EVEN")),
            Map.entry("math_round", Map.of("OP", "ROUND")),
            Map.entry("math_on_list", Map.of("OP", "SUM")),
            Map.entry("text_changeCase", Map.of("CASE", "UPPERCASE")),
            Map.entry("text_trim", Map.of("MODE", "BOTH")),
            Map.entry("text_indexOf", Map.of("END", "FIRST")),
            Map.entry("text_charAt", Map.of("WHERE", "FROM_START")),
            Map.entry("text_getSubstring", Map.of("WHERE1", "FROM_START", "WHERE2", "FROM_START")),
            Map.entry("lists_indexOf", Map.of("END", "FIRST")),
            Map.entry("lists_getIndex", Map.of("MODE", "GET", "WHERE", "FROM_START")),
            Map.entry("lists_setIndex", Map.of("MODE", "SET", "WHERE", "FROM_START")),
            Map.entry("lists_getSublist", Map.of("WHERE1", "FROM_START", "WHERE2", "FROM_START")),
            Map.entry("lists_sort", Map.of("TYPE", "NUMERIC", "DIRECTION", "1")),
            Map.entry("lists_split", Map.of("MODE", "SPLIT")));

    /** The statement input a standard block's indented lines go into. */
    private static final Map<String, String> STANDARD_BODY = Map.of("controls_repeat_ext", "DO", "controls_repeat",
            "DO", "controls_whileUntil", "DO", "controls_for", "DO", "controls_forEach", "DO");

    private static final Set<String> LITERALS = Set.of("math_number", "text", "logic_boolean");
    private static final Set<String> VARIADIC = Set.of("text_join", "lists_create_with");

    private final Set<String> knownTypes;
    private final String idPrefix;
    private final Map<String, Def> functions = new LinkedHashMap<>();
    /** Lower-cased name → name as first written (Blockly matches variable names without regard to case). */
    private final Map<String, String> variables = new LinkedHashMap<>();
    private int ids;

    private BlockScript(Set<String> knownTypes, String idPrefix) {
        this.knownTypes = knownTypes;
        this.idPrefix = idPrefix;
    }

    /**
     * The workspace JSON of a program ({@code {}} for an empty one, as Blockly saves an empty workspace).
     *
     * @param knownTypes standard and world block types that may be used
     * @param idPrefix   block ids become prefix1, prefix2, ... (stable, so the same text gives the same JSON)
     * @throws BlockScriptException with the line and a Danish reason
     */
    static ObjectNode compile(String source, Set<String> knownTypes, String idPrefix) {
        return new BlockScript(knownTypes, idPrefix).compile(BlockScriptParser.parse(source));
    }

    private ObjectNode compile(List<Stmt> program) {
        for (Stmt s : program) {
            if (s instanceof Def d && functions.put(d.name().toLowerCase(Locale.ROOT), d) != null) {
                throw new BlockScriptException(d.line(), "der er to funktioner, der hedder '" + d.name() + "'");
            }
        }
        List<ObjectNode> tops = new ArrayList<>();
        List<Integer> heights = new ArrayList<>();
        List<Stmt> current = new ArrayList<>();
        for (Stmt s : program) {
            boolean alone = s instanceof Def || s instanceof BlockStmt b && !connectsAbove(b.call());
            if (s instanceof NewStack || alone) {
                addStack(current, tops, heights);
                current = new ArrayList<>();
            }
            if (s instanceof NewStack) {
                continue;
            }
            current.add(s);
            if (alone) {
                addStack(current, tops, heights);
                current = new ArrayList<>();
            }
        }
        addStack(current, tops, heights);
        ObjectNode root = F.objectNode();
        if (tops.isEmpty()) {
            return root;
        }
        ArrayNode blocks = root.putObject("blocks").put("languageVersion", 0).putArray("blocks");
        int y = 40;
        for (int i = 0; i < tops.size(); i++) {
            ObjectNode top = tops.get(i);
            ObjectNode placed = F.objectNode().put("type", top.get("type").asString()).put("id",
                    top.get("id").asString()).put("x", 40).put("y", y);
            top.properties().forEach(e -> {
                if (!e.getKey().equals("type") && !e.getKey().equals("id")) {
                    placed.set(e.getKey(), e.getValue());
                }
            });
            blocks.add(placed);
            y += heights.get(i);
        }
        if (!variables.isEmpty()) {
            ArrayNode vars = root.putArray("variables");
            variables.values().forEach(name -> vars.addObject().put("name", name).put("id", variableId(name)));
        }
        return root;
    }

    private void addStack(List<Stmt> stack, List<ObjectNode> tops, List<Integer> heights) {
        if (stack.isEmpty()) {
            return;
        }
        if (stack.getFirst() instanceof BlockStmt b && !connectsAbove(b.call()) && !isStatement(b.call())
                && stack.size() == 1 && b.body().isEmpty() && !isHat(b.call())) {
            tops.add(value(b.call())); // a loose value block, e.g. a part the pupil should fit in somewhere
        } else {
            tops.add(chain(stack, true));
        }
        heights.add(60 + 40 * lines(stack));
    }

    private static int lines(List<Stmt> stmts) {
        int n = 0;
        for (Stmt s : stmts) {
            n++;
            switch (s) {
                case BlockStmt b -> n += lines(b.body());
                case Repeat r -> n += lines(r.body());
                case Loop l -> n += lines(l.body());
                case For f -> n += lines(f.body());
                case ForEach f -> n += lines(f.body());
                case If i -> {
                    n += i.bodies().stream().mapToInt(BlockScript::lines).sum() + i.bodies().size();
                    n += i.otherwise() == null ? 0 : lines(i.otherwise()) + 1;
                }
                case Def d -> n += lines(d.body()) + 1;
                default -> {
                }
            }
        }
        return n;
    }

    // ---- statements -----------------------------------------------------------------------------------------------

    /** Statements joined by {@code next}; returns the first block. */
    private ObjectNode chain(List<Stmt> stmts, boolean topLevel) {
        ObjectNode first = null;
        ObjectNode last = null;
        for (Stmt s : stmts) {
            ObjectNode b = statement(s, topLevel);
            if (first == null) {
                first = b;
            } else {
                last.putObject("next").set("block", b);
            }
            last = b;
        }
        return first;
    }

    private ObjectNode statement(Stmt s, boolean topLevel) {
        return switch (s) {
            case Repeat r -> {
                ObjectNode b = block("controls_repeat_ext");
                input(b, "TIMES", r.times());
                body(b, "DO", r.body());
                yield b;
            }
            case Loop l -> {
                ObjectNode b = block("controls_whileUntil");
                b.putObject("fields").put("MODE", l.until() ? "UNTIL" : "WHILE");
                input(b, "BOOL", l.condition());
                body(b, "DO", l.body());
                yield b;
            }
            case For f -> {
                ObjectNode b = block("controls_for");
                b.putObject("fields").set("VAR", variable(f.variable()));
                input(b, "FROM", f.from());
                input(b, "TO", f.to());
                input(b, "BY", f.by());
                body(b, "DO", f.body());
                yield b;
            }
            case ForEach f -> {
                ObjectNode b = block("controls_forEach");
                b.putObject("fields").set("VAR", variable(f.variable()));
                input(b, "LIST", f.list());
                body(b, "DO", f.body());
                yield b;
            }
            case If i -> ifBlock(i);
            case Def d -> {
                if (!topLevel) {
                    throw new BlockScriptException(d.line(), "en funktion (def) skal stå helt ude til venstre, ikke "
                            + "inde i andre blokke");
                }
                yield def(d);
            }
            case Assign a -> {
                ObjectNode b = block("variables_set");
                b.putObject("fields").set("VAR", variable(a.variable()));
                input(b, "VALUE", a.value());
                yield b;
            }
            case Change c -> {
                ObjectNode b = block("math_change");
                b.putObject("fields").set("VAR", variable(c.variable()));
                input(b, "DELTA", c.delta());
                yield b;
            }
            case Flow f -> {
                ObjectNode b = block("controls_flow_statements");
                b.putObject("fields").put("FLOW", f.breakOut() ? "BREAK" : "CONTINUE");
                yield b;
            }
            case Return r -> throw new BlockScriptException(r.line(), "'return' kan kun stå som sidste linje i en "
                    + "funktion; brug procedures_ifreturn(betingelse, værdi) for at returnere før");
            case NewStack n -> throw new BlockScriptException(n.line(), "'---' kan kun stå helt ude til venstre");
            case BlockStmt b -> blockStatement(b, topLevel);
        };
    }

    private ObjectNode blockStatement(BlockStmt s, boolean topLevel) {
        Call call = s.call();
        if (!isFunction(call)) {
            arguments(call.name(), s.line()); // an unknown block is reported as unknown, not as a misplaced one
        }
        if (isHat(call) && !topLevel) {
            throw new BlockScriptException(s.line(), "blokken " + call.name() + " skal stå helt ude til venstre, ikke "
                    + "inde i andre blokke");
        }
        if (!isStatement(call) && !isHat(call)) {
            throw new BlockScriptException(s.line(), describe(call) + " giver en værdi og kan ikke stå alene på en "
                    + "linje; sæt den ind i en anden blok, fx text_print(" + call.name() + "(...))");
        }
        ObjectNode b = call(call, true);
        if (!s.body().isEmpty()) {
            String input = bodyInput(call.name()).orElseThrow(() -> new BlockScriptException(s.line(),
                    "blokken " + call.name() + " har ikke plads til blokke inden i sig, så linjen må ikke slutte "
                            + "med ':'"));
            body(b, input, s.body());
        }
        return b;
    }

    private ObjectNode ifBlock(If i) {
        ObjectNode b = block("controls_if");
        int elseIfs = i.conditions().size() - 1;
        if (elseIfs > 0 || i.otherwise() != null) {
            ObjectNode extra = b.putObject("extraState");
            if (elseIfs > 0) {
                extra.put("elseIfCount", elseIfs);
            }
            if (i.otherwise() != null) {
                extra.put("hasElse", true);
            }
        }
        for (int n = 0; n < i.conditions().size(); n++) {
            input(b, "IF" + n, i.conditions().get(n));
            body(b, "DO" + n, i.bodies().get(n));
        }
        if (i.otherwise() != null) {
            body(b, "ELSE", i.otherwise());
        }
        return b;
    }

    private ObjectNode def(Def d) {
        ObjectNode b = block(d.result() == null ? "procedures_defnoreturn" : "procedures_defreturn");
        if (!d.params().isEmpty()) {
            ArrayNode params = b.putObject("extraState").putArray("params");
            for (String p : d.params()) {
                params.addObject().put("name", p).put("id", variableId(declare(p)));
            }
        }
        b.putObject("fields").put("NAME", d.name());
        body(b, "STACK", d.body());
        if (d.result() != null) {
            input(b, "RETURN", d.result());
        }
        return b;
    }

    private void body(ObjectNode b, String input, List<Stmt> stmts) {
        if (!stmts.isEmpty()) {
            b.withObjectProperty("inputs").putObject(input).set("block", chain(stmts, false));
        }
    }

    // ---- blocks and values ----------------------------------------------------------------------------------------

    private ObjectNode block(String type) {
        ObjectNode b = F.objectNode();
        b.put("type", type);
        b.put("id", idPrefix + (++ids));
        return b;
    }

    /** A value: literals, variables, operators, lists, value blocks and function calls. */
    private ObjectNode value(Expr e) {
        return switch (e) {
            case Num n -> {
                ObjectNode b = block("math_number");
                b.putObject("fields").set("NUM", number(n.value()));
                yield b;
            }
            case Str t -> {
                ObjectNode b = block("text");
                b.putObject("fields").put("TEXT", t.value());
                yield b;
            }
            case Bool v -> {
                ObjectNode b = block("logic_boolean");
                b.putObject("fields").put("BOOL", v.value() ? "TRUE" : "FALSE");
                yield b;
            }
            case Name n -> {
                ObjectNode b = block("variables_get");
                b.putObject("fields").set("VAR", variable(n.name()));
                yield b;
            }
            case ListOf l -> variadic("lists_create_with", l.items());
            case Binary bin -> binary(bin);
            case Unary u -> {
                if (u.op().equals("not")) {
                    ObjectNode b = block("logic_negate");
                    input(b, "BOOL", u.operand());
                    yield b;
                }
                ObjectNode b = block("math_single");
                b.putObject("fields").put("OP", "NEG");
                input(b, "NUM", u.operand());
                yield b;
            }
            case Call c -> {
                if (!gives(c)) {
                    throw new BlockScriptException(c.line(), describe(c) + " giver ikke en værdi, så den kan ikke "
                            + "sættes ind i en anden blok");
                }
                yield call(c, false);
            }
        };
    }

    private ObjectNode binary(Binary bin) {
        String op = bin.op();
        ObjectNode b;
        switch (op) {
            case "+", "-", "*", "/", "^" -> {
                b = block("math_arithmetic");
                b.putObject("fields").put("OP", switch (op) {
                    case "+" -> "ADD";
                    case "-" -> "MINUS";
                    case "*" -> "MULTIPLY";
                    case "/" -> "DIVIDE";
                    default -> "POWER";
                });
                input(b, "A", bin.a());
                input(b, "B", bin.b());
            }
            case "%" -> {
                b = block("math_modulo");
                input(b, "DIVIDEND", bin.a());
                input(b, "DIVISOR", bin.b());
            }
            case "and", "or" -> {
                b = block("logic_operation");
                b.putObject("fields").put("OP", op.equals("and") ? "AND" : "OR");
                input(b, "A", bin.a());
                input(b, "B", bin.b());
            }
            default -> {
                b = block("logic_compare");
                b.putObject("fields").put("OP", switch (op) {
                    case "==" -> "EQ";
                    case "!=" -> "NEQ";
                    case "<" -> "LT";
                    case "<=" -> "LTE";
                    case ">" -> "GT";
                    default -> "GTE";
                });
                input(b, "A", bin.a());
                input(b, "B", bin.b());
            }
        }
        return b;
    }

    /** An input holding a value: a typed literal becomes a grey shadow block, anything else a real block. */
    private void input(ObjectNode b, String name, Expr e) {
        boolean literal = e instanceof Num || e instanceof Str || e instanceof Bool;
        b.withObjectProperty("inputs").putObject(name).set(literal ? "shadow" : "block", value(e));
    }

    private ObjectNode variadic(String type, List<Expr> items) {
        ObjectNode b = block(type);
        b.putObject("extraState").put("itemCount", items.size());
        for (int i = 0; i < items.size(); i++) {
            input(b, "ADD" + i, items.get(i));
        }
        return b;
    }

    /** A block (or a call of the program's own function) with its arguments. */
    private ObjectNode call(Call c, boolean statement) {
        Def function = functions.get(c.name().toLowerCase(Locale.ROOT));
        if (function != null && !knownTypes.contains(c.name())) {
            return functionCall(c, function, statement);
        }
        String type = c.name();
        if (LITERALS.contains(type) && c.args().size() == 1 && c.named().isEmpty()) {
            return value(c.args().getFirst()); // math_number(5): a real number block, not a shadow
        }
        if (VARIADIC.contains(type)) {
            if (!c.named().isEmpty()) {
                throw new BlockScriptException(c.line(), type + "(...) tager kun værdier uden navn");
            }
            return variadic(type, c.args());
        }
        List<Object> args = arguments(type, c.line());
        ObjectNode b = block(type);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < args.size(); i += 2) {
            names.add((String) args.get(i));
        }
        if (c.args().size() > names.size()) {
            throw new BlockScriptException(c.line(), type + " tager højst " + names.size() + " værdier"
                    + (names.isEmpty() ? "" : " (" + String.join(", ", names) + ")") + ", men fik " + c.args().size());
        }
        Map<String, Expr> given = new LinkedHashMap<>();
        for (int i = 0; i < c.args().size(); i++) {
            given.put(names.get(i), c.args().get(i));
        }
        for (Map.Entry<String, Expr> e : c.named().entrySet()) {
            if (!names.contains(e.getKey())) {
                throw new BlockScriptException(c.line(), type + " har intet input eller felt '" + e.getKey()
                        + "'; den har: " + (names.isEmpty() ? "ingen" : String.join(", ", names)));
            }
            if (given.put(e.getKey(), e.getValue()) != null) {
                throw new BlockScriptException(c.line(), "'" + e.getKey() + "' er givet to gange i " + type + "(...)");
            }
        }
        Map<String, String> defaults = fieldDefaults(type);
        for (int i = 0; i < args.size(); i += 2) {
            String name = (String) args.get(i);
            ToolboxPresets.Kind kind = (ToolboxPresets.Kind) args.get(i + 1);
            Expr v = given.get(name);
            if (kind == ToolboxPresets.Kind.FIELD) {
                if (v != null) {
                    field(b, type, name, v);
                } else if (defaults.containsKey(name)) {
                    b.withObjectProperty("fields").put(name, defaults.get(name));
                }
            } else if (kind == ToolboxPresets.Kind.VARIABLE_FIELD) {
                if (!(v instanceof Name n)) {
                    throw new BlockScriptException(c.line(), type + " skal have et variabelnavn i " + name);
                }
                b.withObjectProperty("fields").set(name, variable(n.name()));
            } else if (v != null) {
                input(b, name, v);
            }
        }
        if (type.equals("lists_getIndex") && statement) {
            b.putObject("extraState").put("isStatement", true);
        }
        mutation(b, type);
        return b;
    }

    /** The old-style mutations a few standard blocks still save as XML text. */
    private static void mutation(ObjectNode b, String type) {
        JsonNode fields = b.path("fields");
        JsonNode inputs = b.path("inputs");
        String xml = switch (type) {
            case "math_number_property" -> "<mutation divisor_input=\""
                    + fields.path("PROPERTY").asString("").equals("DIVISIBLE_BY") + "\"></mutation>";
            case "math_on_list" -> "<mutation op=\"" + fields.path("OP").asString("SUM") + "\"></mutation>";
            case "text_charAt" -> "<mutation at=\"" + at(fields.path("WHERE").asString("")) + "\"></mutation>";
            case "text_getSubstring" -> "<mutation at1=\"" + at(fields.path("WHERE1").asString("")) + "\" at2=\""
                    + at(fields.path("WHERE2").asString("")) + "\"></mutation>";
            case "procedures_ifreturn" -> "<mutation value=\"" + (inputs.has("VALUE") ? 1 : 0) + "\"></mutation>";
            default -> null;
        };
        if (xml != null) {
            b.put("extraState", xml);
        }
    }

    private static boolean at(String where) {
        return where.equals("FROM_START") || where.equals("FROM_END");
    }

    private ObjectNode functionCall(Call c, Def function, boolean statement) {
        if (!c.named().isEmpty()) {
            throw new BlockScriptException(c.line(), "funktionen " + function.name() + " tager kun værdier uden navn");
        }
        if (c.args().size() != function.params().size()) {
            throw new BlockScriptException(c.line(), "funktionen " + function.name() + " skal have "
                    + function.params().size() + " værdier (" + String.join(", ", function.params()) + "), men fik "
                    + c.args().size());
        }
        ObjectNode b = block(statement ? "procedures_callnoreturn" : "procedures_callreturn");
        ObjectNode extra = b.putObject("extraState").put("name", function.name());
        if (!function.params().isEmpty()) {
            ArrayNode params = extra.putArray("params");
            function.params().forEach(params::add);
        }
        for (int i = 0; i < c.args().size(); i++) {
            input(b, "ARG" + i, c.args().get(i));
        }
        return b;
    }

    private void field(ObjectNode b, String type, String name, Expr v) {
        ObjectNode fields = b.withObjectProperty("fields");
        switch (v) {
            case Num n -> {
                if (type.equals("math_number")) {
                    fields.set(name, number(n.value()));
                } else {
                    fields.put(name, number(n.value()).asString());
                }
            }
            case Str s -> fields.put(name, s.value());
            case Name n -> fields.put(name, n.name());
            case Bool x -> fields.put(name, x.value() ? "TRUE" : "FALSE");
            default -> throw new BlockScriptException(v.line(), "feltet " + name + " i " + type + " skal have en "
                    + "værdi som et ord, en tekst eller et tal, ikke en blok");
        }
    }

    /** Names and kinds, alternating, in the order Blockly shows them (statement inputs left out). */
    private List<Object> arguments(String type, int line) {
        if (!knownTypes.contains(type)) {
            String hint = Spelling.closest(type, knownTypes).map(t -> " – mente du '" + t + "'?").orElse("");
            throw new BlockScriptException(line, "'" + type + "' er hverken en blok i denne verden eller en funktion "
                    + "i programmet" + hint);
        }
        Optional<BlockDefinitions.Shape> shape = BlockDefinitions.shape(type);
        List<Object> out = new ArrayList<>();
        if (shape.isPresent()) {
            for (BlockDefinitions.Arg a : shape.get().args()) {
                if (a.field()) {
                    out.add(a.name());
                    out.add(a.kind().equals("field_variable") ? ToolboxPresets.Kind.VARIABLE_FIELD
                            : ToolboxPresets.Kind.FIELD);
                } else if (a.valueInput()) {
                    out.add(a.name());
                    out.add(ToolboxPresets.Kind.ANY);
                }
            }
            return out;
        }
        if (MORE_ARGS.containsKey(type)) {
            return MORE_ARGS.get(type);
        }
        ToolboxPresets.args(type).ifPresent(args -> args.forEach((name, kind) -> {
            out.add(name);
            out.add(kind);
        }));
        return out;
    }

    private static Map<String, String> fieldDefaults(String type) {
        Optional<BlockDefinitions.Shape> shape = BlockDefinitions.shape(type);
        if (shape.isPresent()) {
            Map<String, String> out = new LinkedHashMap<>();
            shape.get().args().stream().filter(a -> a.field() && a.defaultValue() != null)
                    .forEach(a -> out.put(a.name(), a.defaultValue()));
            return out;
        }
        return FIELD_DEFAULTS.getOrDefault(type, Map.of());
    }

    private Optional<String> bodyInput(String type) {
        Optional<BlockDefinitions.Shape> shape = BlockDefinitions.shape(type);
        if (shape.isPresent()) {
            return shape.get().args().stream().filter(BlockDefinitions.Arg::statementInput)
                    .map(BlockDefinitions.Arg::name).findFirst();
        }
        return Optional.ofNullable(STANDARD_BODY.get(type));
    }

    // ---- what kind of block ---------------------------------------------------------------------------------------

    private boolean isFunction(Call c) {
        return functions.containsKey(c.name().toLowerCase(Locale.ROOT)) && !knownTypes.contains(c.name());
    }

    /** Can be stacked under another block. */
    private boolean connectsAbove(Call c) {
        if (isFunction(c)) {
            return true;
        }
        return BlockDefinitions.shape(c.name()).map(BlockDefinitions.Shape::previous)
                .orElse(StandardBlocks.STATEMENT_TYPES.contains(c.name()) || c.name().equals("lists_getIndex"));
    }

    private boolean isStatement(Call c) {
        return connectsAbove(c);
    }

    private boolean isHat(Call c) {
        return BlockDefinitions.shape(c.name()).map(s -> !s.previous() && !s.output()).orElse(false);
    }

    private boolean gives(Call c) {
        if (isFunction(c)) {
            return functions.get(c.name().toLowerCase(Locale.ROOT)).result() != null;
        }
        return BlockDefinitions.shape(c.name()).map(BlockDefinitions.Shape::output)
                .orElse(StandardBlocks.VALUE_TYPES.contains(c.name()) || !knownTypes.contains(c.name()));
    }

    private String describe(Call c) {
        return isFunction(c) ? "funktionen " + c.name() : "blokken " + c.name();
    }

    // ---- variables and numbers ------------------------------------------------------------------------------------

    private String declare(String name) {
        return variables.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> name);
    }

    private ObjectNode variable(String name) {
        return F.objectNode().put("id", variableId(declare(name)));
    }

    private static String variableId(String name) {
        return "var-" + name;
    }

    private static JsonNode number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 && !(d == 0 && 1 / d < 0) ? F.numberNode((long) d)
                : F.numberNode(d);
    }
}
