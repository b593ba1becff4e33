package dk.opdag.experiment.world.greenhouse;

import dk.opdag.experiment.check.CheckFields;
import dk.opdag.experiment.check.GoalCheck;
import dk.opdag.experiment.world.World;
import dk.opdag.experiment.world.WorldState;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A greenhouse simulated over a scripted day. Start state (all optional):
 * {@code {"temperature": [24 numbers], "light": [24 numbers], "evaporation": 3, "moisture": 60, "cooling": 8,
 * "pumpWater": 10, "lampLight": 40}}. The number of ticks is the length of {@code temperature}.
 *
 * <p>The program's {@code greenhouse_every_tick} hat block runs once per tick; other top-level blocks run once
 * before the day starts. In a tick the sensors read this hour's sun temperature (with the window closed), daylight
 * and the soil moisture at the start of the hour; then the actuators take effect: an open window cools by
 * {@code cooling} degrees, the pump adds {@code pumpWater} moisture, the lamp adds {@code lampLight} light, and
 * {@code evaporation} dries the soil.
 *
 * <p>Blocks: {@code greenhouse_every_tick} (hat, statement input DO), sensors {@code greenhouse_temperature},
 * {@code greenhouse_light}, {@code greenhouse_moisture}, {@code greenhouse_hour}, actuators
 * {@code greenhouse_open_window}, {@code greenhouse_close_window}, {@code greenhouse_lamp_on},
 * {@code greenhouse_lamp_off}, {@code greenhouse_pump_on}, {@code greenhouse_pump_off}, and states
 * {@code greenhouse_window_is_open}, {@code greenhouse_lamp_is_on}, {@code greenhouse_pump_is_on}.
 * Checks: {@code temperature_max}, {@code temperature_min}, {@code moisture_min}, {@code moisture_max},
 * {@code light_min}, {@code lamp_off_when_light_above}.
 */
public final class GreenhouseWorld implements World {

    static final String EVERY_TICK = "greenhouse_every_tick";

    @Override
    public String id() {
        return "greenhouse";
    }

    @Override
    public String displayName() {
        return "Drivhuset";
    }

    @Override
    public Optional<String> drawing() {
        return Optional.of("./opdag-world/greenhouse.js");
    }

    @Override
    public Set<String> checkTypes() {
        return Set.of("temperature_max", "temperature_min", "moisture_min", "moisture_max", "light_min",
                "lamp_off_when_light_above");
    }

    @Override
    public Optional<GoalCheck> readCheck(String type, CheckFields fields) {
        return GreenhouseChecks.read(type, fields);
    }

    @Override
    public WorldState create(JsonNode startState, long seed) {
        return new GreenhouseState(DayScript.from(startState));
    }
}
