package dk.opdag.experiment;

import static dk.opdag.experiment.TestBlocks.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.opdag.experiment.check.GoalCheck;
import dk.opdag.experiment.check.GoalCheckException;
import dk.opdag.experiment.check.GoalCheckParser;
import dk.opdag.experiment.world.StartStateException;
import dk.opdag.experiment.world.Worlds;
import dk.opdag.experiment.world.greenhouse.GreenhouseChecks;
import dk.opdag.experiment.world.music.MusicChecks;
import dk.opdag.experiment.world.turtle.TurtleChecks;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoalCheckParserTest {

    /** Parses checks as experiments do: the general ones, and each world's own through the registry. */
    private static List<GoalCheck> parseAll(String json) {
        return GoalCheckParser.parseAll(json(json), Worlds.checkReader());
    }

    @Test
    void parsesEveryCheckType() {
        List<GoalCheck> checks = parseAll("""
                [{"type":"polygon","sides":6,"length":50,"tolerance":1},
                 {"type":"closed_shape"},{"type":"segment_count","min":2,"max":"8"},
                 {"type":"reach_flag"},{"type":"collect_all_items"},{"type":"max_blocks","max":10},
                 {"type":"temperature_max","max":30},{"type":"moisture_min","min":40},
                 {"type":"lamp_off_when_light_above","light":60},{"type":"answer_equals","value":[1,2]},
                 {"type":"replies_equal","replies":["hej"]},{"type":"notes_equal","notes":["C4",{"note":"E4","beats":2}]},
                 {"type":"total_beats","beats":8},{"type":"repeated_motif","length":3,"times":2},
                 {"type":"output_equals","lines":["a",1]},{"type":"output_contains","text":"x"},
                 {"type":"no_error"},{"type":"max_steps","max":100},{"type":"variable_equals","variable":"x","value":3}]
                """);
        assertThat(checks).hasSize(19);
        assertThat(checks.getFirst()).isEqualTo(new TurtleChecks.Polygon(6, 50, 1, 1));
        assertThat(checks.get(2)).isEqualTo(new TurtleChecks.SegmentCount(2, 8));
        assertThat(checks.get(6)).isEqualTo(new GreenhouseChecks.SensorLimit("temperature_max", "temperature", true, 30));
        assertThat(checks.get(11)).isEqualTo(new MusicChecks.NotesEqual(List.of("C4", "E4"), null));
        assertThat(checks.get(14)).isEqualTo(new GoalCheck.OutputEquals(List.of("a", "1"), false));
        assertThat(parseAll("[{\"type\":\"output_equals\",\"lines\":[\"a\"],\"secret\":true}]"))
                .containsExactly(new GoalCheck.OutputEquals(List.of("a"), true));
        assertThatThrownBy(() -> parseAll(
                "[{\"type\":\"output_equals\",\"lines\":[\"a\"],\"secret\":\"ja\"}]"))
                .isInstanceOf(GoalCheckException.class).hasMessageContaining("'secret' skal være true eller false");
    }

    @Test
    void malformedChecksNameTheRule() {
        assertThatThrownBy(() -> parseAll("[{\"type\":\"no_error\"},{\"type\":\"polygon\",\"sides\":2,\"length\":5}]"))
                .isInstanceOf(GoalCheckException.class)
                .hasMessageContaining("Regel 2 (polygon)")
                .hasMessageContaining("sides");
        assertThatThrownBy(() -> parseAll("[{\"type\":\"polygon\",\"sides\":5}]"))
                .hasMessageContaining("mangler 'length'");
        assertThatThrownBy(() -> parseAll("[{\"type\":\"fly_to_moon\"}]"))
                .hasMessageContaining("ukendt type 'fly_to_moon'");
        assertThatThrownBy(() -> parseAll("[{\"sides\":5}]"))
                .hasMessageContaining("Regel 1: mangler 'type'");
        assertThatThrownBy(() -> parseAll("{\"type\":\"no_error\"}"))
                .hasMessageContaining("liste");
        assertThatThrownBy(() -> parseAll("[{\"type\":\"segment_count\",\"min\":5,\"max\":2}]"))
                .hasMessageContaining("'min'");
    }

    @Test
    void musicChecksNeedRealNotesAndSensibleCounts() {
        assertThatThrownBy(() -> parseAll("[{\"type\":\"notes_equal\",\"notes\":[\"C4\",\"X9\"]}]"))
                .isInstanceOf(GoalCheckException.class)
                .hasMessageContaining("Regel 1 (notes_equal): 'X9' er ikke en node");
        assertThatThrownBy(() -> parseAll(
                "[{\"type\":\"notes_equal\",\"notes\":[{\"note\":\"C4\",\"beats\":0}]}]"))
                .hasMessageContaining("'beats' for C4 skal være et tal større end 0");
        assertThatThrownBy(() -> parseAll("[{\"type\":\"repeated_motif\",\"length\":0}]"))
                .hasMessageContaining("'length' skal være mindst 1");
        assertThat(parseAll("[{\"type\":\"notes_equal\",\"notes\":[\"F#4\",\"Bb3\",\"H4\"]}]"))
                .hasSize(1);
    }

    @Test
    void specRejectsABlockLimitOrSeedThatIsNotAWholeNumber() {
        assertThatThrownBy(() -> ExperimentSpec.fromJson(json("{\"world\":\"robot\",\"maxBlocks\":\"ti\"}")))
                .isInstanceOf(GoalCheckException.class).hasMessageContaining("'maxBlocks' skal være et helt tal");
        assertThatThrownBy(() -> ExperimentSpec.fromJson(json("{\"world\":\"robot\",\"maxBlocks\":0}")))
                .hasMessageContaining("mindst 1");
        assertThatThrownBy(() -> ExperimentSpec.fromJson(json("{\"world\":\"robot\",\"seed\":1.5}")))
                .hasMessageContaining("'seed' skal være et helt tal");
    }

    @Test
    void specRejectsChecksThatTheWorldCannotEvaluate() {
        assertThatThrownBy(() -> ExperimentSpec.fromJson(json(
                "{\"world\":\"robot\",\"checks\":[{\"type\":\"no_error\"},{\"type\":\"polygon\",\"sides\":4,\"length\":5}]}")))
                .isInstanceOf(GoalCheckException.class)
                .hasMessageContaining("Regel 2 (polygon)")
                .hasMessageContaining("robot");
        assertThatThrownBy(() -> ExperimentSpec.fromJson(json("{\"world\":\"mars\"}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mars");
        assertThatThrownBy(() -> ExperimentSpec.fromJson(json("{\"world\":\"robot\",\"start\":{\"map\":[\"#..#\"]}}")))
                .isInstanceOf(StartStateException.class).hasMessageContaining("robot");
    }

    @Test
    void specFromJsonReadsAllParts() {
        ExperimentSpec spec = ExperimentSpec.fromJson(json(
                "{\"world\":\"turtle\",\"start\":{\"heading\":90},\"checks\":[{\"type\":\"closed_shape\"}],"
                        + "\"maxBlocks\":7,\"seed\":3}"));
        assertThat(spec.worldId()).isEqualTo("turtle");
        assertThat(spec.maxBlocks()).hasValue(7);
        assertThat(spec.seed()).isEqualTo(3);
        assertThat(spec.checks()).containsExactly(new TurtleChecks.ClosedShape(1));
    }
}
