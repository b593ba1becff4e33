package dk.opdag.experiment.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The worlds' blocks files define the worlds' blocks, with the inputs and fields the worlds read. */
class BlockDefinitionsTest {

    @Test
    void definesEveryWorldBlockWorldByWorldAndNothingElse() {
        List<String> worldBlocks = new ArrayList<>();
        Worlds.all().forEach(w -> worldBlocks.addAll(w.blockTypes()));

        assertThat(BlockDefinitions.types()).containsExactlyElementsOf(worldBlocks);
        assertThat(Worlds.get("text").blockTypes()).contains("codes_caesar", "chat_reply");
        assertThat(Worlds.get("console").blockTypes()).isEmpty();
    }

    @Test
    void namesTheInputsTheWorldsRead() {
        assertThat(BlockDefinitions.shape("turtle_forward").orElseThrow().arg("DISTANCE").orElseThrow().valueInput())
                .isTrue();
        assertThat(BlockDefinitions.shape("turtle_set_colour").orElseThrow().arg("COLOUR").orElseThrow().field())
                .isTrue();
        assertThat(BlockDefinitions.shape("greenhouse_every_tick").orElseThrow().arg("DO").orElseThrow()
                .statementInput()).isTrue();
        assertThat(BlockDefinitions.shape("chat_on_message").orElseThrow().arg("DO").orElseThrow().statementInput())
                .isTrue();
        assertThat(BlockDefinitions.shape("data_filter").orElseThrow().arg("OP").orElseThrow().options())
                .containsExactly("EQ", "NEQ", "GT", "GE", "LT", "LE", "CONTAINS");
        assertThat(BlockDefinitions.shape("codes_caesar").orElseThrow().arg("ALPHABET").orElseThrow().options())
                .containsExactly("DA", "EN");
        assertThat(BlockDefinitions.shape("music_play_note").orElseThrow().arg("NOTE").orElseThrow().check())
                .isEqualTo("String");
    }

    @Test
    void everyDefinitionHasADanishTooltipAndItsWorldsColour() {
        assertThat(BlockDefinitions.json()).allSatisfy(def -> {
            assertThat(def.path("tooltip").asString()).isNotBlank();
            assertThat(def.path("colour").asString()).matches("#[0-9a-f]{6}");
        });
        assertThat(BlockDefinitions.json().get(0).path("colour").asString()).isEqualTo("#2e7d32");
        // Both halves of the text world (codes and chat) share its one colour.
        assertThat(colourOf("codes_caesar")).isEqualTo(colourOf("chat_reply")).isEqualTo("#ad1457");
        // The toolbox category keeps Blockly's hue for the world.
        assertThat(BlockDefinitions.shape("turtle_forward").orElseThrow().colour()).isEqualTo(160);
    }

    private static String colourOf(String type) {
        for (tools.jackson.databind.JsonNode def : BlockDefinitions.json()) {
            if (def.path("type").asString().equals(type)) {
                return def.path("colour").asString();
            }
        }
        throw new AssertionError(type);
    }

    @Test
    void jsonIsACopy() {
        BlockDefinitions.json().values().forEach(d -> ((tools.jackson.databind.node.ObjectNode) d).removeAll());

        assertThat(BlockDefinitions.json().get(0).path("type").asString()).isEqualTo("turtle_forward");
    }
}
