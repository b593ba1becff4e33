package dk.opdag.experiment.world;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One world's blocks file, {@code blocks.json} in the world's own package ({@link World#blocksResource()}):
 * <pre>{"colour": "#2e7d32", "categoryHue": 160, "blocks": [ ...Blockly JSON definitions, Danish texts... ]}</pre>
 * The colour is the one place the world's block colour is written (it must hold 4.5:1 contrast to the white block
 * text); {@code categoryHue} is Blockly's hue for the world's category in generated toolboxes. A world without
 * blocks of its own (console) has {@code {"blocks": []}} and no colour.
 *
 * @param colour      the blocks' colour ({@code #rrggbb}); null when the world has no blocks
 * @param categoryHue Blockly hue (0–360) of the world's toolbox category; 0 when not given
 * @param definitions the Blockly definitions as in the file, without colour
 */
public record WorldBlocks(String colour, int categoryHue, List<JsonNode> definitions) {

    /** The file name every world's room uses. */
    public static final String FILE = "blocks.json";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public WorldBlocks {
        definitions = List.copyOf(definitions);
    }

    /**
     * Reads the blocks file of a world from the classpath (next to the world's class).
     *
     * @return empty when the world has no blocks file
     * @throws IllegalStateException when the file is there but not a blocks file
     */
    public static Optional<WorldBlocks> read(World world) {
        String resource = world.blocksResource();
        try (InputStream in = world.getClass().getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(parse(JSON.readTree(in), resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static WorldBlocks parse(JsonNode root, String resource) {
        JsonNode blocks = root.path("blocks");
        if (!blocks.isArray()) {
            throw new IllegalStateException(resource + " must have a \"blocks\" array");
        }
        List<JsonNode> definitions = new ArrayList<>();
        for (JsonNode def : blocks) {
            if (!def.path("type").isString()) {
                throw new IllegalStateException(resource + ": every block needs a \"type\"");
            }
            if (def.has("colour")) {
                throw new IllegalStateException(resource + ": '" + def.get("type").asString()
                        + "' has its own colour; the world's colour at the top of the file is the only one");
            }
            definitions.add(def);
        }
        String colour = root.path("colour").isString() ? root.get("colour").asString() : null;
        if (!definitions.isEmpty() && (colour == null || !colour.matches("#[0-9a-f]{6}"))) {
            throw new IllegalStateException(resource + " needs a \"colour\" like \"#2e7d32\" for its blocks");
        }
        return new WorldBlocks(colour, root.path("categoryHue").asInt(0), definitions);
    }
}
