package dk.opdag.lab;

import static org.assertj.core.api.Assertions.assertThat;

import dk.opdag.experiment.interpreter.StandardBlocks;
import dk.opdag.experiment.world.BlockDefinitions;
import dk.opdag.experiment.world.World;
import dk.opdag.experiment.world.Worlds;
import dk.opdag.shell.OpdagI18nProvider;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The world blocks the browser gets: the engine's shapes, our texts in both languages, readable colours. */
class LabBlocksTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern SLOT = Pattern.compile("%(\\d+)");
    private final LabBlocks blocks = new LabBlocks();

    private static Map<String, JsonNode> byType(String definitions) {
        Map<String, JsonNode> out = new HashMap<>();
        JSON.readTree(definitions).forEach(d -> out.put(d.get("type").asString(), d));
        return out;
    }

    private static Set<String> slots(String message) {
        Set<String> out = new TreeSet<>();
        Matcher m = SLOT.matcher(message);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void everyWorldBlockHasTextsInBothLanguagesWithTheEnginesSlots() {
        Map<String, JsonNode> engine = byType(BlockDefinitions.json().toString());
        for (World world : Worlds.all()) {
            assertThat(engine.keySet()).as(world.id()).containsAll(world.blockTypes());
        }
        for (Locale locale : new Locale[] {OpdagI18nProvider.DANISH, OpdagI18nProvider.ENGLISH}) {
            Map<String, JsonNode> ours = byType(blocks.definitions(locale));
            assertThat(ours.keySet()).isEqualTo(engine.keySet());
            for (String type : engine.keySet()) {
                String key = "lab.block." + type;
                String text = OpdagI18nProvider.translate(key, locale);
                assertThat(text).as(key + " " + locale).doesNotStartWith("!");
                assertThat(ours.get(type).get("message0").asString()).isEqualTo(text);
                assertThat(slots(text)).as(key + " " + locale)
                        .isEqualTo(slots(engine.get(type).get("message0").asString()));
                // Shapes are untouched: same arguments in the same order.
                assertThat(ours.get(type).path("args0").findValuesAsString("name"))
                        .isEqualTo(engine.get(type).path("args0").findValuesAsString("name"));
                assertThat(ours.get(type).get("colour").asString()).matches("#[0-9a-f]{6}");
            }
        }
    }

    @Test
    void dropDownLabelsAreTranslatedButValuesStay() {
        JsonNode colour = byType(blocks.definitions(Locale.ENGLISH)).get("turtle_set_colour");
        JsonNode options = colour.get("args0").get(0).get("options");
        assertThat(options.get(1).get(0).asString()).isEqualTo("red");
        assertThat(options.get(1).get(1).asString()).isEqualTo("rød");
        JsonNode danish = byType(blocks.definitions(Locale.of("da"))).get("data_sort").get("args0").get(2).get("options");
        assertThat(danish.get(1).get(0).asString()).isEqualTo("faldende");
        assertThat(danish.get(1).get(1).asString()).isEqualTo("DESC");
        assertThat(LabBlocks.optionKey("lyserød")).isEqualTo("lyseroed");
    }

    @Test
    void theFreeToolboxHasOnlyBlocksTheEngineRunsAndNamedCategories() {
        JsonNode toolbox = JSON.readTree(blocks.standardToolbox());
        Set<String> types = new TreeSet<>(toolbox.findValuesAsString("type"));
        types.removeAll(Set.of("math_number", "text")); // also shadows
        assertThat(StandardBlocks.ALL).containsAll(types);
        assertThat(types).contains("controls_repeat_ext", "text_print", "lists_sort", "math_random_int");
        for (Locale locale : new Locale[] {OpdagI18nProvider.DANISH, OpdagI18nProvider.ENGLISH}) {
            Map<String, String> messages = blocks.messages(locale);
            for (JsonNode category : toolbox.get("contents")) {
                if (category.has("name")) {
                    String ref = category.get("name").asString();
                    assertThat(messages).containsKey(ref.substring("%{BKY_".length(), ref.length() - 1));
                }
            }
        }
        assertThat(blocks.messages(Locale.ENGLISH)).containsEntry("LAB_CATEGORY_LOOPS", "Loops");
    }
}
