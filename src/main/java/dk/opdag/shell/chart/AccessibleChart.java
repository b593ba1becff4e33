package dk.opdag.shell.chart;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * A chart with its text alternatives (WCAG 1.1.1): a sentence that says what the chart shows, visible and as the
 * chart's accessible name, and the numbers as a table in a details element that keyboard and screen-reader users
 * can open. The table is made from the same {@link ChartData} as the chart.
 */
public class AccessibleChart extends Composite<AccessibleChart.Figure> {

    /** The {@code <figure>} element, which Vaadin has no class for. */
    @Tag("figure")
    public static class Figure extends HtmlContainer {
    }

    private final Chart chart;

    /**
     * @param sentence     what the chart shows, in one or two sentences
     * @param tableSummary the label of the details element, e.g. "Se tallene som tabel"
     * @param labelHeader  the header of the first column (what the labels are)
     */
    public AccessibleChart(ChartData data, String sentence, String tableSummary, String labelHeader,
                           Locale locale) {
        chart = new Chart(data, sentence);
        Paragraph caption = new Paragraph(sentence);
        caption.addClassName("opdag-chart-sentence");
        NativeDetails numbers = new NativeDetails(tableSummary, table(data, labelHeader, locale));
        numbers.addClassName("opdag-chart-numbers");
        getContent().addClassName("opdag-chart");
        getContent().add(chart, caption, numbers);
    }

    public Chart chart() {
        return chart;
    }

    static NativeTable table(ChartData data, String labelHeader, Locale locale) {
        NumberFormat numbers = NumberFormat.getNumberInstance(locale);
        NativeTable table = new NativeTable();
        table.addClassName("opdag-table");
        NativeTableRow head = table.getHead().addRow();
        head.add(header(labelHeader));
        data.series().forEach(s -> head.add(header(s.label())));
        for (int i = 0; i < data.labels().size(); i++) {
            NativeTableRow row = table.getBody().addRow();
            NativeTableHeaderCell label = header(data.labels().get(i));
            label.getElement().setAttribute("scope", "row");
            row.add(label);
            for (ChartData.Series s : data.series()) {
                Number value = s.values().get(i);
                row.add(new NativeTableCell(value == null ? "–" : numbers.format(value)));
            }
        }
        return table;
    }

    private static NativeTableHeaderCell header(String text) {
        NativeTableHeaderCell cell = new NativeTableHeaderCell();
        cell.setText(text);
        return cell;
    }
}
