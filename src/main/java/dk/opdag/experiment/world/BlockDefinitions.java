package dk.opdag.experiment.world;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * The Blockly definitions of every world block, read once from each registered world's own blocks file
 * ({@link WorldBlocks}, {@code <world package>/blocks.json}: Blockly's JSON format for
 * {@code Blockly.common.defineBlocksWithJsonArray}, with Danish texts). They name exactly the inputs and fields the
 * worlds read, so the browser, the toolboxes and the engine agree on each block's shape. A block type defined by two
 * worlds, or a world without a blocks file, stops the class from loading.
 */
public final class BlockDefinitions {

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
     * @param colour   Blockly hue of the world's toolbox category ({@code categoryHue} in the blocks file); the
     *                 blocks themselves are drawn in the world's {@code colour}
     * @param previous the block can be stacked under another (a statement); false for hat blocks and value blocks
     * @param output   the block gives a value
     */
    public record Shape(String type, int colour, List<Arg> args, boolean previous, boolean output) {

        public Optional<Arg> arg(String name) {
            return args.stream().filter(a -> a.name().equals(name)).findFirst();
        }
    }

    private static final ArrayNode JSON = JsonNodeFactory.instance.arrayNode();
    private static final Map<String, Shape> SHAPES;
    private static final Map<String, Set<String>> TYPES_BY_WORLD;

    static {
        Map<String, Shape> shapes = new LinkedHashMap<>();
        Map<String, String> worldOf = new HashMap<>();
        Map<String, Set<String>> typesByWorld = new LinkedHashMap<>();
        for (World world : Worlds.all()) {
            WorldBlocks blocks = WorldBlocks.read(world).orElseThrow(() -> new IllegalStateException(
                    world.blocksResource() + " is missing: every world has a blocks file, see " + WorldBlocks.class));
            Set<String> types = new LinkedHashSet<>();
            for (JsonNode file : blocks.definitions()) {
                ObjectNode def = (ObjectNode) file.deepCopy();
                def.put("colour", blocks.colour());
                String type = def.get("type").asString();
                String other = worldOf.putIfAbsent(type, world.id());
                if (other != null) {
                    throw new IllegalStateException("Block type '" + type + "' is defined by both " + other + " and "
                            + world.id());
                }
                types.add(type);
                shapes.put(type, shape(def, blocks.categoryHue()));
                JSON.add(def);
            }
            typesByWorld.put(world.id(), Collections.unmodifiableSet(types));
        }
        SHAPES = Collections.unmodifiableMap(shapes);
        TYPES_BY_WORLD = Map.copyOf(typesByWorld);
    }

    private static Shape shape(JsonNode def, int categoryHue) {
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
        return new Shape(type, categoryHue, List.copyOf(args), def.has("previousStatement"), def.has("output"));
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
    public static Set<String> types() {
        return SHAPES.keySet();
    }

    /** The block types a world defines in its blocks file, in file order; empty for an unknown world. */
    public static Set<String> typesOf(String worldId) {
        return TYPES_BY_WORLD.getOrDefault(worldId, Set.of());
    }

    /**
     * The definitions as Blockly reads them (a JSON array, world by world in {@link Worlds} order), each with its
     * world's colour; a deep copy, so callers may change it.
     */
    public static JsonNode json() {
        return JSON.deepCopy();
    }
}
