package dk.opdag.experiment.world.greenhouse;

import dk.opdag.experiment.world.StartStateException;
import dk.opdag.experiment.world.StartStates;
import tools.jackson.databind.JsonNode;

/**
 * The scripted day: per tick the temperature the sun would give the greenhouse with the window closed,
 * the daylight and the evaporation, plus the strength of the window, pump and lamp.
 */
record DayScript(double[] temperature, double[] daylight, double[] evaporation, double startMoisture,
                 double cooling, double pumpWater, double lampLight) {

    static final double[] DEFAULT_TEMPERATURE = {14, 13, 13, 12, 12, 13, 15, 18, 21, 24, 27, 30, 32, 34, 35, 34, 32,
        29, 26, 23, 20, 18, 16, 15};
    static final double[] DEFAULT_LIGHT = {0, 0, 0, 0, 0, 5, 20, 40, 60, 75, 85, 90, 95, 95, 90, 80, 65, 45, 25, 10,
        0, 0, 0, 0};

    private static final int MAX_TICKS = 500;

    int ticks() {
        return temperature.length;
    }

    static DayScript from(JsonNode start) {
        double[] temperature = series(start, "temperature", DEFAULT_TEMPERATURE, -1);
        int n = temperature.length;
        double[] light = series(start, "light", n == DEFAULT_LIGHT.length ? DEFAULT_LIGHT : new double[n], n);
        double[] evaporation;
        JsonNode evap = start.get("evaporation");
        if (evap != null && evap.isArray()) {
            evaporation = series(start, "evaporation", null, n);
        } else {
            evaporation = new double[n];
            java.util.Arrays.fill(evaporation, StartStates.number(start, "evaporation", 3));
        }
        return new DayScript(temperature, light, evaporation, StartStates.number(start, "moisture", 60),
                StartStates.number(start, "cooling", 8), StartStates.number(start, "pumpWater", 10),
                StartStates.number(start, "lampLight", 40));
    }

    /** A list of numbers; length must equal {@code expected} unless it is -1. */
    private static double[] series(JsonNode start, String name, double[] defaults, int expected) {
        JsonNode v = start.get(name);
        if (v == null || v.isNull()) {
            if (defaults == null) {
                throw new StartStateException("Startværdien '" + name + "' mangler.");
            }
            return defaults.clone();
        }
        if (!v.isArray() || v.isEmpty() || v.size() > MAX_TICKS) {
            throw new StartStateException("'" + name + "' skal være en liste med 1 til " + MAX_TICKS + " tal.");
        }
        if (expected >= 0 && v.size() != expected) {
            throw new StartStateException("'" + name + "' skal have " + expected + " tal, ét for hver time.");
        }
        double[] out = new double[v.size()];
        for (int i = 0; i < out.length; i++) {
            if (!v.get(i).isNumber()) {
                throw new StartStateException("'" + name + "' må kun indeholde tal.");
            }
            out[i] = v.get(i).asDouble();
        }
        return out;
    }
}
