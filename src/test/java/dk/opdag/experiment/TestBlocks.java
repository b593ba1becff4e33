package dk.opdag.experiment;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** A tiny builder for Blockly workspace JSON in tests. Variables are referenced by id and name. */
public final class TestBlocks {

    public static final JsonNodeFactory F = JsonNodeFactory.instance;
    public static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final AtomicInteger IDS = new AtomicInteger();

    private TestBlocks() {
    }

    public static ObjectNode block(String type) {
        ObjectNode b = F.objectNode();
        b.put("type", type);
        b.put("id", type + "_" + IDS.incrementAndGet());
        return b;
    }

    public static ObjectNode field(ObjectNode b, String name, String value) {
        b.withObjectProperty("fields").put(name, value);
        return b;
    }

    public static ObjectNode field(ObjectNode b, String name, double value) {
        b.withObjectProperty("fields").put(name, value);
        return b;
    }

    public static ObjectNode input(ObjectNode b, String name, ObjectNode child) {
        if (child != null) {
            b.withObjectProperty("inputs").putObject(name).set("block", child);
        }
        return b;
    }

    /** Links statements with {@code next}; returns the first. */
    public static ObjectNode seq(ObjectNode... statements) {
        for (int i = 0; i + 1 < statements.length; i++) {
            statements[i].putObject("next").set("block", statements[i + 1]);
        }
        return statements.length == 0 ? null : statements[0];
    }

    public static ObjectNode var(ObjectNode b, String name) {
        b.withObjectProperty("fields").putObject("VAR").put("id", "var_" + name).put("name", name);
        return b;
    }

    public static ObjectNode num(double n) {
        return field(block("math_number"), "NUM", n);
    }

    public static ObjectNode txt(String s) {
        return field(block("text"), "TEXT", s);
    }

    public static ObjectNode bool(boolean v) {
        return field(block("logic_boolean"), "BOOL", v ? "TRUE" : "FALSE");
    }

    public static ObjectNode print(ObjectNode value) {
        return input(block("text_print"), "TEXT", value);
    }

    public static ObjectNode set(String name, ObjectNode value) {
        return input(var(block("variables_set"), name), "VALUE", value);
    }

    public static ObjectNode get(String name) {
        return var(block("variables_get"), name);
    }

    public static ObjectNode change(String name, ObjectNode delta) {
        return input(var(block("math_change"), name), "DELTA", delta);
    }

    public static ObjectNode arith(String op, ObjectNode a, ObjectNode b) {
        return input(input(field(block("math_arithmetic"), "OP", op), "A", a), "B", b);
    }

    public static ObjectNode compare(String op, ObjectNode a, ObjectNode b) {
        return input(input(field(block("logic_compare"), "OP", op), "A", a), "B", b);
    }

    public static ObjectNode repeat(ObjectNode times, ObjectNode... body) {
        return input(input(block("controls_repeat_ext"), "TIMES", times), "DO", seq(body));
    }

    public static ObjectNode whileTrue(ObjectNode... body) {
        return input(input(field(block("controls_whileUntil"), "MODE", "WHILE"), "BOOL", bool(true)), "DO", seq(body));
    }

    public static ObjectNode until(ObjectNode condition, ObjectNode... body) {
        return input(input(field(block("controls_whileUntil"), "MODE", "UNTIL"), "BOOL", condition), "DO", seq(body));
    }

    public static ObjectNode ifThen(ObjectNode condition, ObjectNode... body) {
        return input(input(block("controls_if"), "IF0", condition), "DO0", seq(body));
    }

    public static ObjectNode ifElse(ObjectNode condition, ObjectNode thenBody, ObjectNode elseBody) {
        ObjectNode b = input(input(block("controls_if"), "IF0", condition), "DO0", thenBody);
        b.putObject("extraState").put("hasElse", true);
        return input(b, "ELSE", elseBody);
    }

    public static ObjectNode list(ObjectNode... items) {
        ObjectNode b = block("lists_create_with");
        b.putObject("extraState").put("itemCount", items.length);
        for (int i = 0; i < items.length; i++) {
            input(b, "ADD" + i, items[i]);
        }
        return b;
    }

    public static ObjectNode join(ObjectNode... items) {
        ObjectNode b = block("text_join");
        b.putObject("extraState").put("itemCount", items.length);
        for (int i = 0; i < items.length; i++) {
            input(b, "ADD" + i, items[i]);
        }
        return b;
    }

    /** A procedure definition with parameters. */
    public static ObjectNode defReturn(String name, List<String> params, ObjectNode body, ObjectNode result) {
        ObjectNode b = field(block("procedures_defreturn"), "NAME", name);
        ArrayNode ps = b.putObject("extraState").putArray("params");
        params.forEach(p -> ps.addObject().put("name", p).put("id", "var_" + p));
        input(b, "STACK", body);
        return input(b, "RETURN", result);
    }

    public static ObjectNode callReturn(String name, List<String> params, ObjectNode... args) {
        ObjectNode b = block("procedures_callreturn");
        ObjectNode extra = b.putObject("extraState").put("name", name);
        ArrayNode ps = extra.putArray("params");
        params.forEach(ps::add);
        for (int i = 0; i < args.length; i++) {
            input(b, "ARG" + i, args[i]);
        }
        return b;
    }

    /** A statement world block with number inputs, e.g. {@code stmt("turtle_forward", "DISTANCE", num(50))}. */
    public static ObjectNode stmt(String type, Object... inputsAndValues) {
        ObjectNode b = block(type);
        for (int i = 0; i + 1 < inputsAndValues.length; i += 2) {
            input(b, (String) inputsAndValues[i], (ObjectNode) inputsAndValues[i + 1]);
        }
        return b;
    }

    /** A workspace JSON text from top-level stacks, placed top to bottom. */
    public static String workspace(ObjectNode... tops) {
        ObjectNode root = F.objectNode();
        ArrayNode blocks = root.putObject("blocks").put("languageVersion", 0).putArray("blocks");
        int y = 0;
        for (ObjectNode top : tops) {
            top.put("x", 0);
            top.put("y", y);
            y += 100;
            blocks.add(top);
        }
        return root.toString();
    }

    /** One stack of statements as a workspace. */
    public static String program(ObjectNode... statements) {
        return workspace(seq(statements));
    }

    public static JsonNode json(String text) {
        return MAPPER.readTree(text);
    }

    public static ExperimentSpec spec(String world, String startJson, String checksJson) {
        return new ExperimentSpec(world, json(startJson), dk.opdag.experiment.check.GoalCheckParser.parseAll(
                json(checksJson), dk.opdag.experiment.world.Worlds.checkReader()), java.util.OptionalInt.empty(), ExperimentSpec.DEFAULT_SEED);
    }

    public static RunResult runConsole(ObjectNode... statements) {
        return Engine.run(spec("console", "{}", "[]"), program(statements));
    }

    public static List<String> lines(String... lines) {
        return Arrays.asList(lines);
    }
}
