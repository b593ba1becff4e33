package dk.opdag.experiment.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.opdag.experiment.world.fixture.FixtureWorld;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every registered world is a complete room: a blocks file with a colour readable under white text, Danish and
 * English texts for each of its blocks, a drawing module that exists and is registered in {@code opdag-world.js},
 * and no block type shared with another world. The fixture worlds show that each gap is found.
 */
class WorldRoomsTest {

    /** Vaadin's frontend folder; Maven runs tests in the project folder. */
    private static final Path FRONTEND = Path.of("frontend");
    private static final Path REGISTRY = FRONTEND.resolve("opdag-world/opdag-world.js");
    private static final Pattern IMPORT = Pattern.compile("import\\s*\\{\\s*(\\w+)\\s*}\\s*from\\s*'\\./([\\w-]+\\.js)'");
    private static final Pattern RENDERERS = Pattern.compile("const RENDERERS = \\{([^}]*)}");

    private final Properties danish = bundle("/i18n/lab.properties");
    private final Properties english = bundle("/i18n/lab_en.properties");

    @Test
    void everyRegisteredWorldHasACompleteRoom() {
        assertThat(Worlds.all()).extracting(World::id)
                .containsExactly("turtle", "robot", "greenhouse", "data", "text", "music", "console");

        assertThat(problems(Worlds.all())).isEmpty();
    }

    @Test
    void theRoomMatchesWhatTheEngineAllows() {
        for (World world : Worlds.all()) {
            List<String> inFile = WorldBlocks.read(world).orElseThrow().definitions().stream()
                    .map(d -> d.get("type").asString()).toList();
            assertThat(world.blockTypes()).as(world.id()).containsExactlyElementsOf(inFile);
        }
    }

    @Test
    void aWorldWithoutABlocksFileOrADrawingIsReported() {
        World lonely = new FixtureWorld("lonely", "lonely", Optional.of("./opdag-world/lonely.js"));

        assertThat(problems(List.of(lonely))).containsExactly(
                "lonely: no blocks file /dk/opdag/experiment/world/fixture/lonely/blocks.json",
                "lonely: drawing ./opdag-world/lonely.js does not exist under frontend/",
                "lonely: drawing ./opdag-world/lonely.js is not registered for 'lonely' in opdag-world.js");
    }

    @Test
    void aDrawingThatExistsButIsNotRegisteredForTheWorldIsReported() {
        World borrowed = new FixtureWorld("borrowed", "lonely", Optional.of("./opdag-world/turtle.js"));

        assertThat(problems(List.of(borrowed))).contains(
                "borrowed: drawing ./opdag-world/turtle.js is not registered for 'borrowed' in opdag-world.js")
                .noneMatch(p -> p.contains("does not exist"));
    }

    @Test
    void aPaleColourABorrowedBlockTypeAndMissingTextsAreReported() {
        World pale = new FixtureWorld("pale", "pale", Optional.empty());

        assertThat(problems(List.of(Worlds.get("turtle"), pale))).containsExactly(
                "pale: colour #8fbc8f has only 2.15:1 contrast to white text (needs 4.5:1)",
                "pale: lab.block.pale_glow is missing in lab.properties",
                "pale: lab.block.pale_glow is missing in lab_en.properties",
                "pale: block type turtle_forward is also defined by turtle");
    }

    @Test
    void contrastIsWcags() {
        assertThat(contrastToWhite("#ffffff")).isCloseTo(1.0, within(1e-9));
        assertThat(contrastToWhite("#000000")).isCloseTo(21.0, within(1e-9));
        assertThat(contrastToWhite("#767676")).isCloseTo(4.54, within(0.01));
    }

    /** What keeps each world's room from being complete, as readable lines; empty when all are complete. */
    private List<String> problems(Collection<World> worlds) {
        List<String> out = new ArrayList<>();
        Map<String, String> definedBy = new HashMap<>();
        for (World world : worlds) {
            String id = world.id();
            Optional<WorldBlocks> blocks = WorldBlocks.read(world);
            if (blocks.isEmpty()) {
                out.add(id + ": no blocks file " + world.blocksResource());
            } else {
                checkBlocks(id, blocks.get(), definedBy, out);
            }
            world.drawing().ifPresent(module -> checkDrawing(id, module, out));
        }
        return out;
    }

    private void checkBlocks(String id, WorldBlocks blocks, Map<String, String> definedBy, List<String> out) {
        if (!blocks.definitions().isEmpty()) {
            double contrast = contrastToWhite(blocks.colour());
            if (contrast < 4.5) {
                out.add(String.format(java.util.Locale.ROOT, "%s: colour %s has only %.2f:1 contrast to white text"
                        + " (needs 4.5:1)", id, blocks.colour(), contrast));
            }
        }
        for (JsonNode def : blocks.definitions()) {
            String type = def.get("type").asString();
            String key = "lab.block." + type;
            if (!danish.containsKey(key)) {
                out.add(id + ": " + key + " is missing in lab.properties");
            }
            if (!english.containsKey(key)) {
                out.add(id + ": " + key + " is missing in lab_en.properties");
            }
            // A tooltip is optional, but then in both languages or in neither.
            String tip = "lab.block." + type + "_tip";
            if (danish.containsKey(tip) != english.containsKey(tip)) {
                out.add(id + ": " + tip + " is in only one of lab.properties and lab_en.properties");
            }
            String other = definedBy.putIfAbsent(type, id);
            if (other != null) {
                out.add(id + ": block type " + type + " is also defined by " + other);
            }
        }
    }

    private static void checkDrawing(String id, String module, List<String> out) {
        if (!module.startsWith("./") || !Files.isRegularFile(FRONTEND.resolve(module.substring(2)))) {
            out.add(id + ": drawing " + module + " does not exist under frontend/");
        }
        if (!registered(id, module)) {
            out.add(id + ": drawing " + module + " is not registered for '" + id + "' in opdag-world.js");
        }
    }

    /** opdag-world.js imports the module's renderer and maps the world's id to it in RENDERERS. */
    private static boolean registered(String id, String module) {
        String js;
        try {
            js = Files.readString(REGISTRY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String file = module.substring(module.lastIndexOf('/') + 1);
        Matcher renderers = RENDERERS.matcher(js);
        if (!renderers.find() || !module.startsWith("./opdag-world/")) {
            return false;
        }
        Matcher imports = IMPORT.matcher(js);
        while (imports.find()) {
            if (imports.group(2).equals(file) && Pattern.compile("(^|[\\s,{])" + Pattern.quote(id) + "\\s*:\\s*"
                    + Pattern.quote(imports.group(1)) + "\\b").matcher(renderers.group(1)).find()) {
                return true;
            }
        }
        return false;
    }

    /** WCAG 2.1 contrast ratio of a {@code #rrggbb} colour against white. */
    static double contrastToWhite(String colour) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        double luminance = 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
        return 1.05 / (luminance + 0.05);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static Properties bundle(String resource) {
        Properties p = new Properties();
        try (InputStream in = WorldRoomsTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
