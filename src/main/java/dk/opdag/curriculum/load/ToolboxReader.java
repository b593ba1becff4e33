package dk.opdag.curriculum.load;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads an experiment's {@code toolbox} and writes Blockly's toolbox JSON. Two forms:
 * <pre>
 * toolbox: [robot_move, robot_turn_left]           # a flyout without categories
 *
 * toolbox:                                          # categories
 *   - category: Skildpadden
 *     blocks:
 *       - turtle_forward                            # with its default grey block (gå frem 50)
 *       - turtle_turn_right: {DEGREES: 60}          # preset: a number or text input, or a field
 *       - controls_if: {extraState: {hasElse: true}}  # Blockly's mutator state
 *   - category: Variabler
 *     custom: VARIABLE                              # Blockly's own variable (or PROCEDURE) category
 * </pre>
 */
final class ToolboxReader {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final Set<String> CUSTOM = Set.of("VARIABLE", "PROCEDURE");

    /**
     * @param json      Blockly toolbox JSON ({@code categoryToolbox} or {@code flyoutToolbox})
     * @param blocks    block types offered
     * @param variables true when a variable category is offered (variables_get/set, math_change)
     * @param functions true when a function category is offered (procedures_*)
     */
    record Toolbox(JsonNode json, Set<String> blocks, boolean variables, boolean functions) {
    }

    private final FileReport report;
    private final Set<String> knownTypes;
    private final String world;
    private final Set<String> offered = new LinkedHashSet<>();
    private boolean variables;
    private boolean functions;

    private ToolboxReader(FileReport report, Set<String> knownTypes, String world) {
        this.report = report;
        this.knownTypes = knownTypes;
        this.world = world;
    }

    /**
     * @param knownTypes standard and world block types, or null when the world is unknown (then not checked)
     */
    static Toolbox read(YamlNode node, FileReport report, Set<String> knownTypes, String world) {
        return new ToolboxReader(report, knownTypes, world).read(node);
    }

    private Toolbox read(YamlNode node) {
        if (!(node instanceof YamlNode.Sequence(int line, List<YamlNode> items)) || items.isEmpty()) {
            report.broken("toolbox", Rule.WRONG_TYPE, node.line(), "'toolbox' skal være en liste med blokke "
                    + "eller kategorier, fx [robot_move, robot_turn_left]");
            return new Toolbox(F.objectNode(), Set.of(), false, false);
        }
        long categories = items.stream().filter(ToolboxReader::isCategory).count();
        ObjectNode toolbox = F.objectNode();
        ArrayNode contents;
        if (categories == 0) {
            toolbox.put("kind", "flyoutToolbox");
            contents = toolbox.putArray("contents");
            addBlocks(items, "toolbox", contents);
        } else {
            toolbox.put("kind", "categoryToolbox");
            contents = toolbox.putArray("contents");
            if (categories < items.size()) {
                report.broken("toolbox", Rule.WRONG_TYPE, line, "'toolbox' skal enten kun have kategorier "
                        + "(- category: ...) eller kun blokke, ikke begge dele");
            }
            for (int i = 0; i < items.size(); i++) {
                if (isCategory(items.get(i))) {
                    category((YamlNode.Mapping) items.get(i), "toolbox[" + (i + 1) + "]").ifPresent(contents::add);
                }
            }
        }
        return new Toolbox(toolbox, Set.copyOf(offered), variables, functions);
    }

    private static boolean isCategory(YamlNode item) {
        return item instanceof YamlNode.Mapping m && m.entries().containsKey("category");
    }

    private Optional<ObjectNode> category(YamlNode.Mapping node, String path) {
        Fields f = Fields.of(node, path, report).orElseThrow();
        f.allowOnly("category", "colour", "blocks", "custom");
        String name = f.text("category");
        ObjectNode category = F.objectNode().put("kind", "category").put("name", name == null ? "" : name);
        String custom = f.optionalText("custom");
        YamlNode blocks = node.get("blocks");
        if (custom != null) {
            if (!CUSTOM.contains(custom)) {
                report.report(Rule.WRONG_TYPE, f.lineOf("custom"), "'" + path + ".custom' er '" + custom
                        + "', men skal være VARIABLE (variabler) eller PROCEDURE (funktioner)");
            }
            variables |= custom.equals("VARIABLE");
            functions |= custom.equals("PROCEDURE");
            category.put("custom", custom);
            category.put("colour", custom.equals("PROCEDURE") ? "290" : "330");
            if (blocks != null) {
                report.report(Rule.WRONG_TYPE, f.lineOf("blocks"), "'" + path + "' har 'custom', så Blockly fylder "
                        + "den selv; fjern 'blocks'");
            }
        } else if (!(blocks instanceof YamlNode.Sequence(int l, List<YamlNode> items)) || items.isEmpty()) {
            report.report(Rule.REQUIRED_FIELD, f.lineOf("blocks"), "'" + path + "' skal have 'blocks' (en liste af "
                    + "blokke) eller 'custom' (VARIABLE eller PROCEDURE)");
        } else {
            addBlocks(items, path + ".blocks", category.putArray("contents"));
            String first = typeOf(items.getFirst());
            category.put("colour", first == null ? "0" : ToolboxPresets.colour(first));
        }
        String colour = f.optionalText("colour");
        if (colour != null) {
            category.put("colour", colour);
        }
        return Optional.of(category);
    }

    private void addBlocks(List<YamlNode> items, String path, ArrayNode contents) {
        for (int i = 0; i < items.size(); i++) {
            block(items.get(i), path + "[" + (i + 1) + "]").ifPresent(contents::add);
        }
    }

    /** {@code turtle_forward} or {@code turtle_forward: {DISTANCE: 100}}. */
    private static String typeOf(YamlNode item) {
        if (item instanceof YamlNode.Scalar(int l, String type)) {
            return type.strip();
        }
        if (item instanceof YamlNode.Mapping m && m.entries().size() == 1) {
            return m.entries().keySet().iterator().next();
        }
        return null;
    }

    private Optional<ObjectNode> block(YamlNode item, String path) {
        String type = typeOf(item);
        if (type == null || type.isEmpty()) {
            report.report(Rule.WRONG_TYPE, item.line(), "'" + path + "' skal være en bloktype, fx turtle_forward, "
                    + "eller en bloktype med forvalg, fx turtle_forward: {DISTANCE: 100}");
            return Optional.empty();
        }
        if (knownTypes != null && !knownTypes.contains(type)) {
            String hint = Spelling.closest(type, knownTypes).map(t -> " – mente du '" + t + "'?").orElse("");
            report.report(Rule.UNKNOWN_BLOCK, item.line(), "blokken '" + type + "' findes hverken blandt Blocklys "
                    + "standardblokke eller i verdenen '" + world + "'" + hint);
            return Optional.empty();
        }
        offered.add(type);
        ObjectNode block = F.objectNode().put("kind", "block").put("type", type);
        Map<String, Object> values = new java.util.LinkedHashMap<>(ToolboxPresets.defaults(type));
        if (item instanceof YamlNode.Mapping m) {
            YamlNode presets = m.entries().values().iterator().next();
            if (presets instanceof YamlNode.Mapping p) {
                values.putAll(p.entries());
            } else if (!(presets instanceof YamlNode.Scalar(int l, Object v) && v == null)) {
                report.report(Rule.WRONG_TYPE, presets.line(), "forvalgene til '" + type + "' skal være navn: værdi, "
                        + "fx {DEGREES: 60}");
            }
        }
        presets(type, values, block, path);
        return Optional.of(block);
    }

    /** Writes each preset as a field value or a grey default block in the input. */
    private void presets(String type, Map<String, Object> values, ObjectNode block, String path) {
        if (values.isEmpty()) {
            return;
        }
        Optional<Map<String, ToolboxPresets.Kind>> args = ToolboxPresets.args(type);
        for (Map.Entry<String, Object> e : values.entrySet()) {
            String name = e.getKey();
            if (name.equals("extraState") && e.getValue() instanceof YamlNode.Mapping state) {
                block.set("extraState", YamlJson.of(state)); // Blockly's mutator state, e.g. {hasElse: true}
                continue;
            }
            Integer line = e.getValue() instanceof YamlNode n ? n.line() : null;
            Object value = e.getValue() instanceof YamlNode.Scalar(int l, Object v) ? v : e.getValue();
            ToolboxPresets.Kind kind = args.map(a -> a.get(name)).orElse(null);
            if (kind == null) {
                String known = args.map(a -> a.isEmpty() ? "ingen" : String.join(", ", a.keySet()))
                        .orElse("ingen, der kan forvælges");
                report.report(Rule.TOOLBOX_PRESET, line, "blokken '" + type + "' har intet input eller felt '" + name
                        + "' (" + path + "); den har: " + known);
                continue;
            }
            if (!(value instanceof String || value instanceof Number || value instanceof Boolean)) {
                report.report(Rule.TOOLBOX_PRESET, line, "forvalget " + name + " til '" + type
                        + "' skal være et tal eller en tekst");
                continue;
            }
            switch (kind) {
                case FIELD -> field(block, name, value);
                case VARIABLE_FIELD -> block.withObjectProperty("fields").putObject(name).put("name", value.toString());
                default -> shadow(type, name, kind, value, block, line);
            }
        }
    }

    private static void field(ObjectNode block, String name, Object value) {
        ObjectNode fields = block.withObjectProperty("fields");
        if (value instanceof Number n) {
            fields.set(name, number(n));
        } else {
            fields.put(name, value.toString());
        }
    }

    private void shadow(String type, String name, ToolboxPresets.Kind kind, Object value, ObjectNode block,
                        Integer line) {
        ObjectNode shadow = F.objectNode();
        boolean fits;
        if (value instanceof Number n) {
            shadow.put("type", "math_number").putObject("fields").set("NUM", number(n));
            fits = kind == ToolboxPresets.Kind.NUMBER || kind == ToolboxPresets.Kind.ANY;
        } else if (value instanceof Boolean b) {
            shadow.put("type", "logic_boolean").putObject("fields").put("BOOL", b ? "TRUE" : "FALSE");
            fits = kind == ToolboxPresets.Kind.BOOLEAN || kind == ToolboxPresets.Kind.ANY;
        } else {
            shadow.put("type", "text").putObject("fields").put("TEXT", value.toString());
            fits = kind == ToolboxPresets.Kind.TEXT || kind == ToolboxPresets.Kind.ANY;
        }
        if (!fits) {
            report.report(Rule.TOOLBOX_PRESET, line, "inputtet " + name + " på '" + type + "' tager "
                    + describe(kind) + ", så '" + value + "' passer ikke");
            return;
        }
        block.withObjectProperty("inputs").putObject(name).set("shadow", shadow);
    }

    private static JsonNode number(Number n) {
        double d = n.doubleValue();
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? F.numberNode((long) d) : F.numberNode(d);
    }

    private static String describe(ToolboxPresets.Kind kind) {
        return switch (kind) {
            case NUMBER -> "et tal";
            case TEXT -> "en tekst";
            case BOOLEAN -> "sand/falsk";
            case LIST -> "en liste (og kan ikke forvælges)";
            default -> "en værdi";
        };
    }
}
