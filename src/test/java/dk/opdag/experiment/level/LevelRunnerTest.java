package dk.opdag.experiment.level;

import static dk.opdag.experiment.TestBlocks.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.opdag.experiment.Limits;
import dk.opdag.experiment.check.GoalCheckException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** Multi-case levels, hidden cases, required blocks, the ideal block count and the score bands. */
class LevelRunnerTest {

    /** Decode a Caesar message: one visible case, two hidden ones with other messages and other shifts back. */
    private static final LevelSpec DECODE = LevelSpec.fromJson(json("""
            {"world": "text", "start": {"text": "IFK NPS"},
             "cases": [
               {"name": "Beskeden til mor", "checks": [{"type": "output_equals", "lines": ["HEJ MOR"]}]},
               {"hidden": true, "start": {"text": "TLPMF"}, "checks": [{"type": "output_equals", "lines": ["SKOLE"]}]},
               {"hidden": true, "start": {"text": "GPEC"}, "checks": [{"type": "output_equals", "lines": ["FODB"]}]}
             ],
             "idealBlocks": 3}
            """));

    private static ObjectNode caesar(ObjectNode text, ObjectNode shift) {
        return field(input(input(block("codes_caesar"), "TEXT", text), "SHIFT", shift), "ALPHABET", "DA");
    }

    @Test
    void aGeneralProgramPassesEveryCaseAndIsPerfectAtTheIdealLength() {
        LevelResult r = LevelRunner.run(DECODE, program(print(caesar(block("codes_input"), num(-1)))), Limits.DEFAULT);
        assertThat(r.grade()).isEqualTo(Grade.PERFECT);
        assertThat(r.score()).isEqualTo(Grade.ALL_PASS);
        assertThat(r.cases()).extracting(CaseOutcome::passed).containsExactly(true, true, true);
        assertThat(r.blockCount()).isEqualTo(3); // the number -1 is a value, not a block that counts
        assertThat(r.message()).contains("Perfekt").contains("ikke kunne se");
    }

    @Test
    void aHardCodedAnswerPassesTheVisibleCaseButFailsKindlyOnTheHiddenOnes() {
        LevelResult r = LevelRunner.run(DECODE, program(print(txt("HEJ MOR"))), Limits.DEFAULT);
        assertThat(r.grade()).isEqualTo(Grade.FAIL);
        assertThat(r.score()).isEqualTo(Grade.ONLY_SHOWN_CASES);
        assertThat(r.hardCoded()).isTrue();
        assertThat(r.message()).contains("samme svar").contains("regne svaret ud");
        // The shown run is the visible case, which passed; nothing of the hidden cases is in the result.
        assertThat(r.shownCase()).isZero();
        assertThat(r.shown().passed()).isTrue();
        assertThat(r.cases()).filteredOn(CaseOutcome::hidden).allSatisfy(c -> assertThat(c.name()).isNull());
        assertThat(r.toString()).doesNotContain("TLPMF", "SKOLE", "GPEC", "FODB");
    }

    @Test
    void aVisibleFailureIsShownWithItsOwnMessagesAndHiddenOnesNever() {
        LevelResult r = LevelRunner.run(DECODE, program(print(caesar(block("codes_input"), num(1)))), Limits.DEFAULT);
        assertThat(r.score()).isEqualTo(Grade.WRONG);
        assertThat(r.shown().passed()).isFalse();
        assertThat(r.shown().output()).containsExactly("JGL OQT");
        String all = r.message() + r.shown().checks() + r.shown().output() + r.shown().finalWorld() + r.cases();
        assertThat(all).doesNotContain("TLPMF", "SKOLE", "GPEC", "FODB").doesNotContain("HEJ MOR");
        assertThat(r.shown().checks().getFirst().message()).contains("rykket i alfabetet");
    }

    @Test
    void moreBlocksThanTheIdealPassesButIsNotPerfect() {
        String longer = program(set("besked", block("codes_input")), print(caesar(get("besked"), num(-1))));
        LevelResult r = LevelRunner.run(DECODE, longer, Limits.DEFAULT);
        assertThat(r.grade()).isEqualTo(Grade.PASS);
        assertThat(r.score()).isEqualTo(Grade.TOO_MANY_BLOCKS);
        assertThat(r.blockCount()).isEqualTo(5);
        assertThat(r.message()).startsWith("Det virker! Kan du gøre det med færre blokke?").contains("5 blokke")
                .contains("med 3");
    }

    @Test
    void aRequiredBlockMissingFailsWithTheTasksOwnWords() {
        LevelSpec square = LevelSpec.fromJson(json("""
                {"world": "turtle", "checks": [{"type": "polygon", "sides": 4, "length": 50}],
                 "required": [{"blocks": ["controls_repeat_ext", "controls_for"], "message": "Brug en løkke."}]}
                """));
        ObjectNode side = stmt("turtle_forward", "DISTANCE", num(50));
        String written = program(side, stmt("turtle_turn_right", "DEGREES", num(90)),
                stmt("turtle_forward", "DISTANCE", num(50)), stmt("turtle_turn_right", "DEGREES", num(90)),
                stmt("turtle_forward", "DISTANCE", num(50)), stmt("turtle_turn_right", "DEGREES", num(90)),
                stmt("turtle_forward", "DISTANCE", num(50)), stmt("turtle_turn_right", "DEGREES", num(90)));
        LevelResult r = LevelRunner.run(square, written, Limits.DEFAULT);
        assertThat(r.score()).isEqualTo(Grade.MISSING_BLOCK);
        assertThat(r.passed()).isFalse();
        assertThat(r.message()).contains("Brug en løkke.");

        String looped = program(repeat(num(4), stmt("turtle_forward", "DISTANCE", num(50)),
                stmt("turtle_turn_right", "DEGREES", num(90))));
        assertThat(LevelRunner.run(square, looped, Limits.DEFAULT).grade()).isEqualTo(Grade.PERFECT);
        // A disabled loop does not count as using one.
        ObjectNode off = repeat(num(4), stmt("turtle_forward", "DISTANCE", num(50)));
        off.put("enabled", false);
        assertThat(LevelRunner.run(square, workspace(seq(off), seq(side)), Limits.DEFAULT).passed()).isFalse();
    }

    @Test
    void aProgramThatStopsWithAnErrorScoresZero() {
        LevelResult r = LevelRunner.run(DECODE, "ikke et program", Limits.DEFAULT);
        assertThat(r.score()).isEqualTo(Grade.ERROR);
        assertThat(r.shown().error()).isPresent();
    }

    @Test
    void casesLayTheirStartOverTheLevelsStartFieldByField() {
        LevelSpec day = LevelSpec.fromJson(json("""
                {"world": "greenhouse", "start": {"temperature": [20, 20], "light": [50, 50], "cooling": 5},
                 "checks": [{"type": "temperature_max", "max": 25}],
                 "cases": [{}, {"hidden": true, "start": {"temperature": [28, 29]}}]}
                """));
        assertThat(day.specs().get(1).startState().get("cooling").asInt()).isEqualTo(5);
        assertThat(day.specs().get(1).startState().get("temperature").get(1).asInt()).isEqualTo(29);
        LevelResult nothing = LevelRunner.run(day, workspace(), Limits.DEFAULT);
        assertThat(nothing.score()).isEqualTo(Grade.ONLY_SHOWN_CASES);
        assertThat(nothing.hardCoded()).isFalse();
        assertThat(nothing.message()).contains("ikke kan se");
    }

    @Test
    void aLevelNeedsAVisibleCaseAndKnownBlocks() {
        assertThatThrownBy(() -> LevelSpec.fromJson(json(
                "{\"world\": \"text\", \"cases\": [{\"hidden\": true}]}"))).isInstanceOf(GoalCheckException.class)
                .hasMessageContaining("synligt");
        assertThatThrownBy(() -> LevelSpec.fromJson(json(
                "{\"world\": \"text\", \"required\": [\"turtle_forward\"]}"))).hasMessageContaining("turtle_forward");
        assertThatThrownBy(() -> LevelSpec.fromJson(json(
                "{\"world\": \"text\", \"idealBlocks\": 0}"))).hasMessageContaining("idealBlocks");
        assertThatThrownBy(() -> LevelSpec.fromJson(json(
                "{\"world\": \"robot\", \"cases\": [{\"start\": {\"map\": [\"###\"]}}]}")))
                .hasMessageContaining("Eksempel 1");
    }

    @Test
    void saysWhetherTheWorkspaceCouldBeReadSoTheLabNeedNotReadItAgain() {
        assertThat(LevelRunner.run(DECODE, program(print(txt("HEJ MOR"))), Limits.DEFAULT).readable()).isTrue();
        LevelResult broken = LevelRunner.run(DECODE, "{\"blocks\":", Limits.DEFAULT);
        assertThat(broken.readable()).isFalse();
        assertThat(broken.shown().error()).isPresent();
        LevelResult foreign = LevelRunner.run(DECODE, program(block("robot_move")), Limits.DEFAULT);
        assertThat(foreign.readable()).isFalse(); // a robot block in the text world: the lab refuses to store it
    }

    @Test
    void theAllowedBlockSetIsMadeOnceAndIsTheSameForEveryone() {
        java.util.Set<String> text = dk.opdag.experiment.Engine.allowedBlockTypes("text");
        assertThat(text).contains("codes_caesar", "controls_repeat_ext").doesNotContain("robot_move");
        assertThat(dk.opdag.experiment.Engine.allowedBlockTypes("text")).isSameAs(text);
        assertThatThrownBy(() -> dk.opdag.experiment.Engine.allowedBlockTypes("mars"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
