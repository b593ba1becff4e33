package dk.opdag.experiment.world.greenhouse;

import dk.opdag.experiment.check.CheckFields;
import dk.opdag.experiment.check.GoalCheck;
import java.util.Map;
import java.util.Optional;

/**
 * The greenhouse's goal checks; {@link GreenhouseState} evaluates them.
 */
public final class GreenhouseChecks {

    private static final Map<String, String[]> SENSOR_LIMITS = Map.of(
            "temperature_max", new String[] {"temperature", "max"},
            "temperature_min", new String[] {"temperature", "min"},
            "moisture_max", new String[] {"moisture", "max"},
            "moisture_min", new String[] {"moisture", "min"},
            "light_min", new String[] {"light", "min"});

    private GreenhouseChecks() {
    }

    /** Reads one of the greenhouse's checks; empty for other types. */
    static Optional<GoalCheck> read(String type, CheckFields f) {
        if (SENSOR_LIMITS.containsKey(type)) {
            String[] spec = SENSOR_LIMITS.get(type);
            return Optional.of(new SensorLimit(type, spec[0], spec[1].equals("max"), f.number(spec[1])));
        }
        return Optional.ofNullable(switch (type) {
            case "lamp_off_when_light_above" -> new LampOffWhenBright(f.number("light"));
            default -> null;
        });
    }

    /**
     * A sensor stays on one side of a limit for the whole day.
     *
     * @param type   temperature_max, temperature_min, moisture_max, moisture_min or light_min
     * @param sensor temperature, moisture or light
     * @param upper  true when the value must stay at or below the limit
     */
    public record SensorLimit(String type, String sensor, boolean upper, double limit) implements GoalCheck {
    }

    /** The lamp is never on in an hour where daylight is above {@code light}. */
    public record LampOffWhenBright(double light) implements GoalCheck {
        public String type() {
            return "lamp_off_when_light_above";
        }
    }
}
