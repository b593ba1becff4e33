package dk.opdag.experiment.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** world-blocks.json defines exactly the worlds' blocks, with the inputs and fields the worlds read. */
class BlockDefinitionsTest {

    @Test
    void definesEveryWorldBlockAndNothingElse() {
        Set<String> worldBlocks = new HashSet<>();
        Worlds.all().forEach(w -> worldBlocks.addAll(w.blockTypes()));

        assertThat(BlockDefinitions.types()).containsExactlyInAnyOrderElementsOf(worldBlocks);
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
    void everyDefinitionHasADanishTooltipAndAColour() {
        assertThat(BlockDefinitions.json()).allSatisfy(def -> {
            assertThat(def.path("tooltip").asString()).isNotBlank();
            assertThat(def.path("colour").isNumber()).isTrue();
        });
    }

    @Test
    void jsonIsACopy() {
        BlockDefinitions.json().values().forEach(d -> ((tools.jackson.databind.node.ObjectNode) d).removeAll());

        assertThat(BlockDefinitions.json().get(0).path("type").asString()).isEqualTo("turtle_forward");
    }
}
