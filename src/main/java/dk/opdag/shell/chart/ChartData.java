package dk.opdag.shell.chart;

import java.util.List;

/**
 * What a chart shows: labels along one axis and one or more series of numbers. The same data fills the chart and
 * the table beside it, so the two cannot disagree.
 *
 * @param valueLabel what the numbers count, e.g. "forløb"; the table's unit too
 * @param stacked    bars stacked on each other instead of side by side
 * @param horizontal bars running left to right, for long labels such as class names
 * @param scaleMax   the top of the value axis, or null to let Chart.js choose (a radar of a 0–5 scale: 5)
 */
public record ChartData(Type type, List<String> labels, List<Series> series, String valueLabel, boolean stacked,
                        boolean horizontal, Integer scaleMax) {

    public enum Type {
        BAR, LINE, RADAR;

        /** Chart.js's name for the type. */
        public String js() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * @param color  a CSS colour with at least 3:1 contrast against white (WCAG 1.4.11)
     * @param dashed a dashed line, so series differ by more than colour
     */
    public record Series(String label, List<Number> values, String color, boolean dashed) {
    }

    public ChartData {
        labels = List.copyOf(labels);
        series = List.copyOf(series);
        for (Series s : series) {
            if (s.values().size() != labels.size()) {
                throw new IllegalArgumentException("series " + s.label() + " has " + s.values().size()
                        + " values for " + labels.size() + " labels");
            }
        }
    }

    public static ChartData bars(List<String> labels, List<Series> series, String valueLabel) {
        return new ChartData(Type.BAR, labels, series, valueLabel, false, false, null);
    }

    public static ChartData lines(List<String> labels, List<Series> series, String valueLabel) {
        return new ChartData(Type.LINE, labels, series, valueLabel, false, false, null);
    }

    /** A radar (spider) chart: one spoke per label, the values on a 0–{@code scaleMax} scale. */
    public static ChartData radar(List<String> labels, List<Series> series, String valueLabel, int scaleMax) {
        return new ChartData(Type.RADAR, labels, series, valueLabel, false, false, scaleMax);
    }

    public ChartData sideways() {
        return new ChartData(type, labels, series, valueLabel, stacked, true, scaleMax);
    }

    /** Colours that pass 3:1 against white and stay apart for the common colour-vision deficiencies. */
    public static final String TEAL = "#0b6e69";
    public static final String ORANGE = "#b34700";
    public static final String PURPLE = "#5e3c99";
    public static final String GREY = "#5f6b6b";
}
