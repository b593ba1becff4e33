package dk.opdag.experiment.world;

import java.math.BigDecimal;
import java.math.RoundingMode;
import tools.jackson.databind.JsonNode;

/** Helpers for reading start states and writing numbers for pupils and snapshots. */
public final class StartStates {

    private StartStates() {
    }

    /** A finite number field, or the default when absent. */
    public static double number(JsonNode state, String name, double defaultValue) {
        JsonNode v = state.get(name);
        if (v == null || v.isNull() || v.isMissingNode()) {
            return defaultValue;
        }
        if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
            throw new StartStateException("Startværdien '" + name + "' skal være et tal.");
        }
        return v.asDouble();
    }

    /** A text field, or the default when absent. */
    public static String text(JsonNode state, String name, String defaultValue) {
        JsonNode v = state.get(name);
        if (v == null || v.isNull() || v.isMissingNode()) {
            return defaultValue;
        }
        if (!v.isValueNode()) {
            throw new StartStateException("Startværdien '" + name + "' skal være en tekst.");
        }
        return v.asString();
    }

    /** Rounds away floating-point noise (like 6.1e-17 after turning 90°) for snapshots and value blocks. */
    public static double clean(double d) {
        if (!Double.isFinite(d)) {
            return d;
        }
        double r = Math.round(d * 1e9) / 1e9;
        return r == 0 ? 0 : r;
    }

    /** A number the Danish way for messages: at most two decimals and a decimal comma ("12,5"). */
    public static String danish(double d) {
        if (!Double.isFinite(d)) {
            return Double.isNaN(d) ? "NaN" : (d > 0 ? "uendelig" : "minus uendelig");
        }
        BigDecimal bd = BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        String s = bd.scale() < 0 ? bd.setScale(0).toPlainString() : bd.toPlainString();
        return s.equals("-0") ? "0" : s.replace('.', ',');
    }
}
