package dk.opdag.shell.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A chart drawn in the browser by Chart.js (npm {@code chart.js}, MIT licence, pinned) through the
 * {@code <opdag-chart>} web component in {@code frontend/}. On its own it is an image with a sentence for screen
 * readers; use {@link AccessibleChart} to put the numbers beside it as a table.
 */
@Tag("opdag-chart")
@NpmPackage(value = "chart.js", version = "4.6.1")
@JsModule("./opdag-chart.ts")
public class Chart extends Component implements HasSize {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public Chart(ChartData data, String sentence) {
        getElement().setAttribute("role", "img");
        setData(data, sentence);
    }

    public final void setData(ChartData data, String sentence) {
        getElement().setAttribute("aria-label", sentence);
        getElement().setProperty("config", JSON.writeValueAsString(spec(data)));
    }

    static Map<String, Object> spec(ChartData data) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("type", data.type().js());
        spec.put("labels", data.labels());
        spec.put("series", data.series().stream().map(s -> Map.of("label", s.label(), "values", s.values(),
                "color", s.color(), "dashed", s.dashed())).toList());
        spec.put("valueLabel", data.valueLabel() == null ? "" : data.valueLabel());
        spec.put("stacked", data.stacked());
        spec.put("horizontal", data.horizontal());
        if (data.scaleMax() != null) {
            spec.put("scaleMax", data.scaleMax());
        }
        return spec;
    }

    /** The chart's height (CSS length); the width follows its container. */
    public void setChartHeight(String height) {
        getElement().getStyle().set("--opdag-chart-height", height);
    }
}
