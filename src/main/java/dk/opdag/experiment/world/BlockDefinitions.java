package dk.opdag.experiment.world;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Blockly definitions of every world block ({@code dk/opdag/experiment/world-blocks.json}, Blockly's JSON
 * format for {@code Blockly.common.defineBlocksWithJsonArray}, with Danish texts). They name exactly the inputs and
 * fields the worlds read, so the browser, the toolboxes and the engine agree on each block's shape.
 */
public final class BlockDefinitions {

    /** Where the definitions live on the classpath. */
    public static final String RESOURCE = "/dk/opdag/experiment/world-blocks.json";

    /**
     * One input or field of a block: its Blockly argument type ({@code input_value}, {@code field_dropdown} ...).
     *
     * @param defaultValue what Blockly gives the field when nothing is set (a drop-down's first option, a text
     *                     field's text); null for inputs
     */
    public record Arg(String name, String kind, String check, List<String> options, String defaultValue) {

        public boolean valueInput() {
            return kind.equals("input_value");
        }

        public boolean statementInput() {
            return kind.equals("input_statement");
        }

        public boolean field() {
            return kind.startsWith("field_");
        }
    }

    /**
     * The shape of one block type.
     *
     * @param previous the block can be stacked under another (a statement); false for hat blocks and value blocks
     * @param output   the block gives a value
     */
    public record Shape(String type, int colour, List<Arg> args, boolean previous, boolean output) {

        public Optional<Arg> arg(String name) {
            return args.stream().filter(a -> a.name().equals(name)).findFirst();
        }
    }

    private static final JsonNode JSON;
    private static final Map<String, Shape> SHAPES;

    static {
        try (InputStream in = BlockDefinitions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            JSON = JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Shape> shapes = new LinkedHashMap<>();
        for (JsonNode def : JSON) {
            List<Arg> args = new ArrayList<>();
            for (int i = 0; def.has("args" + i); i++) {
                for (JsonNode a : def.get("args" + i)) {
                    if (a.has("name")) {
                        List<String> options = new ArrayList<>();
                        a.path("options").forEach(o -> options.add(o.path(1).asString()));
                        String defaultValue = !options.isEmpty() ? options.getFirst()
                                : a.path("text").isValueNode() ? a.get("text").asString() : null;
                        args.add(new Arg(a.get("name").asString(), a.get("type").asString(),
                                a.path("check").isString() ? a.get("check").asString() : null, List.copyOf(options),
                                defaultValue));
                    }
                }
            }
            String type = def.get("type").asString();
            shapes.put(type, new Shape(type, def.path("colour").asInt(0), List.copyOf(args), def.has("previousStatement"),
                    def.has("output")));
        }
        SHAPES = Collections.unmodifiableMap(shapes);
    }

    private BlockDefinitions() {
    }

    /** The shape of a world block; empty for standard Blockly blocks and unknown types. */
    public static Optional<Shape> shape(String type) {
        return Optional.ofNullable(SHAPES.get(type));
    }

    /** The label a drop-down shows for one of its values ("faldende" for DESC), if the block has that field. */
    public static Optional<String> label(String type, String field, String value) {
        for (JsonNode def : JSON) {
            if (!def.path("type").asString("").equals(type)) {
                continue;
            }
            for (int i = 0; def.has("args" + i); i++) {
                for (JsonNode a : def.get("args" + i)) {
                    if (field.equals(a.path("name").asString(null))) {
                        for (JsonNode o : a.path("options")) {
                            if (value.equals(o.path(1).asString(null))) {
                                return Optional.of(o.path(0).asString());
                            }
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Every defined world block type. */
    public static java.util.Set<String> types() {
        return SHAPES.keySet();
    }

    /** The definitions as Blockly reads them (a JSON array); a deep copy, so callers may change it. */
    public static JsonNode json() {
        return JSON.deepCopy();
    }
}
