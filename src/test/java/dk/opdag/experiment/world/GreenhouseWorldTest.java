package dk.opdag.experiment.world;

import static dk.opdag.experiment.TestBlocks.*;
import static org.assertj.core.api.Assertions.assertThat;

import dk.opdag.experiment.CheckOutcome;
import dk.opdag.experiment.Engine;
import dk.opdag.experiment.RunResult;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class GreenhouseWorldTest {

    private static final String CHECKS = """
            [{"type":"temperature_max","max":30},{"type":"moisture_min","min":40},
             {"type":"lamp_off_when_light_above","light":60}]
            """;

    private static ObjectNode everyTick(ObjectNode... body) {
        return input(block("greenhouse_every_tick"), "DO", seq(body));
    }

    @Test
    void aGoodRuleKeepsTheGreenhouseFineAllDay() {
        ObjectNode rule = everyTick(
                ifElse(compare("GT", block("greenhouse_temperature"), num(28)), block("greenhouse_open_window"),
                        block("greenhouse_close_window")),
                ifElse(compare("LT", block("greenhouse_moisture"), num(48)), block("greenhouse_pump_on"),
                        block("greenhouse_pump_off")),
                ifElse(compare("LT", block("greenhouse_light"), num(30)), block("greenhouse_lamp_on"),
                        block("greenhouse_lamp_off")));
        RunResult r = Engine.run(spec("greenhouse", "{}", CHECKS), workspace(rule));
        assertThat(r.checks()).allMatch(CheckOutcome::passed);
        assertThat(r.finalWorld().path("log")).hasSize(24);
        assertThat(r.trace()).filteredOn(e -> e.kind().equals("tick")).hasSize(24);
    }

    @Test
    void withoutARuleItGetsTooHotAndTooDry() {
        RunResult r = Engine.run(spec("greenhouse", "{}", CHECKS), "{}");
        assertThat(r.passed()).isFalse();
        assertThat(r.checks().get(0).message()).contains("Kl. 12").contains("32").contains("højst 30");
        assertThat(r.checks().get(1).message()).contains("mindst 40");
        assertThat(r.checks().get(2).passed()).isTrue();
    }

    @Test
    void lampLeftOnInDaylightFails() {
        RunResult r = Engine.run(spec("greenhouse", "{\"temperature\":[20,20,20],\"light\":[10,80,10]}",
                "[{\"type\":\"lamp_off_when_light_above\",\"light\":60}]"), workspace(block("greenhouse_lamp_on")));
        assertThat(r.passed()).isFalse();
        assertThat(r.checks().getFirst().message()).contains("i time 2").contains("80");
    }

    @Test
    void setupRunsOnceAndVariablesSurviveBetweenHours() {
        ObjectNode setup = set("hours", num(0));
        ObjectNode rule = everyTick(change("hours", num(1)), print(block("greenhouse_hour")));
        RunResult r = Engine.run(spec("greenhouse", "{\"temperature\":[1,2,3]}", "[{\"type\":\"variable_equals\","
                + "\"variable\":\"hours\",\"value\":3}]"), workspace(setup, rule));
        assertThat(r.output()).containsExactly("0", "1", "2");
        assertThat(r.passed()).isTrue();
    }
}
