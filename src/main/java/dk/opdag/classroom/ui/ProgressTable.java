package dk.opdag.classroom.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import dk.opdag.classroom.progress.CellStatus;
import dk.opdag.classroom.progress.ProgressGrid;
import java.text.Collator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The grid of the teacher's dashboard (Vaadin Grid): a row per pupil, a column per experiment with a button per
 * cell that opens the pupil's work, the counts per experiment in a second header row, and a total that sorts by
 * progress. {@link #update} changes only the rows whose cells changed, so a live update sends little.
 */
public class ProgressTable extends Grid<ProgressTable.LiveRow> {

    /** Opens one pupil's work on one experiment. */
    @FunctionalInterface
    public interface Opener {
        void open(long pupilId, String experimentId);
    }

    /** A grid item that keeps its identity (the pupil) while its content changes. */
    public static final class LiveRow {
        private final long pupilId;
        private ProgressGrid.Row row;

        LiveRow(ProgressGrid.Row row) {
            this.pupilId = row.pupilId();
            this.row = row;
        }

        public ProgressGrid.Row row() {
            return row;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof LiveRow other && other.pupilId == pupilId;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(pupilId);
        }
    }

    /** How the teacher wants the rows ordered. */
    public enum Sorting { NAME, STUCK_FIRST, MOST_DONE, LEAST_DONE }

    private static final Collator DANISH = Collator.getInstance(Locale.of("da"));

    private final Map<Long, LiveRow> rows = new LinkedHashMap<>();
    /** The four status words, looked up once rather than for every cell. */
    private final Map<CellStatus, String> statusWords = new java.util.EnumMap<>(CellStatus.class);
    private final List<Span> counts = new ArrayList<>();
    private final Column<LiveRow> nameColumn;
    /** What "most/least done" sorts by: the total, or the only experiment when there is one. */
    private Column<LiveRow> progressColumn;
    private GridListDataView<LiveRow> view;
    private Sorting sorting = Sorting.NAME;
    /** Most stuck experiments first, then fewest passed, then by name: who needs the teacher now. */
    private static final com.vaadin.flow.function.SerializableComparator<LiveRow> STUCK_FIRST =
            (a, b) -> {
                int stuck = Long.compare(b.row.count(CellStatus.STUCK), a.row.count(CellStatus.STUCK));
                if (stuck != 0) {
                    return stuck;
                }
                int done = Integer.compare(a.row.progressScore(), b.row.progressScore());
                return done != 0 ? done : DANISH.compare(a.row.name(), b.row.name());
            };
    private ProgressGrid model;

    public ProgressTable(ProgressGrid model, Opener opener) {
        this.model = model;
        for (CellStatus status : CellStatus.values()) {
            statusWords.put(status, getTranslation("teaching.status." + status.name()));
        }
        addClassName("opdag-progress-grid");
        addThemeVariants(GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        setSelectionMode(SelectionMode.NONE);
        setAriaLabel(getTranslation("teaching.grid.label", model.assignment().activityTitle()));

        nameColumn = addColumn(r -> r.row.name())
                .setHeader(getTranslation("teaching.grid.pupil"))
                .setComparator((a, b) -> DANISH.compare(a.row.name(), b.row.name()))
                .setFrozen(true).setAutoWidth(true).setFlexGrow(0).setKey("name");
        for (int i = 0; i < model.columns().size(); i++) {
            int column = i;
            ProgressGrid.Column c = model.columns().get(i);
            progressColumn = addColumn(LitRenderer.<LiveRow>of(
                            "<button class=\"opdag-cell opdag-cell-${item.css}\" aria-label=\"${item.label}\""
                                    + " @click=\"${open}\"><span aria-hidden=\"true\">${item.symbol}</span>"
                                    + " ${item.text}<span class=\"opdag-cell-hint\" aria-hidden=\"true\""
                                    + " ?hidden=\"${!item.hint}\">${item.hint}</span>"
                                    + "<span class=\"opdag-cell-levels\" aria-hidden=\"true\""
                                    + " ?hidden=\"${!item.levels}\">${item.levels}</span></button>")
                    .withProperty("hint", r -> cell(r, column).hints() > 0 ? HINT_MARK : "")
                    .withProperty("css", r -> cell(r, column).status().name().toLowerCase())
                    .withProperty("symbol", r -> symbol(cell(r, column).status()))
                    .withProperty("text", r -> cellText(cell(r, column)))
                    .withProperty("levels", r -> levelText(cell(r, column)))
                    .withProperty("label", r -> cellLabel(r, c, cell(r, column)))
                    .withFunction("open", r -> opener.open(r.pupilId, c.experimentId())))
                    .setHeader(header(c.title()))
                    .setComparator(r -> cell(r, column).status().progressRank() * 100
                            + cell(r, column).levelsPassed())
                    .setAutoWidth(true).setFlexGrow(0).setKey("e" + i);
        }
        // A total beside a single experiment would only repeat its cell (and a column keeps some 5 KB on the server).
        if (model.columns().size() > 1) {
            progressColumn = addColumn(r -> getTranslation("teaching.grid.total-value",
                            r.row.count(CellStatus.PASSED), r.row.cells().size(), r.row.runs()))
                    .setHeader(getTranslation("teaching.grid.total"))
                    .setComparator(r -> r.row.progressScore())
                    .setAutoWidth(true).setFlexGrow(1).setKey("total");
        }

        model.rows().forEach(r -> rows.put(r.pupilId(), new LiveRow(r)));
        view = setItems(new ArrayList<>(rows.values()));
        showCounts();
    }

    /**
     * An experiment's header: its title with the class's counts under it. A second header row would wrap every
     * column in a column group, which keeps some 4 KB of server state per column for as long as the grid is open.
     */
    private Span header(String title) {
        Span counted = new Span();
        counted.addClassName("opdag-counts");
        counts.add(counted);
        Span header = new Span(title);
        header.addClassName("opdag-column-header");
        header.add(counted);
        return header;
    }

    private static ProgressGrid.Cell cell(LiveRow r, int column) {
        return r.row.cells().get(column);
    }

    private String cellText(ProgressGrid.Cell cell) {
        String status = statusWords.get(cell.status());
        return cell.runs() == 0 ? status : getTranslation("teaching.grid.cell-runs", status, cell.runs());
    }

    /**
     * For an experiment with levels: the level reached and a mark per level, best first in mind: "Niv. 3/6 ★✓·····"
     * (★ perfect, ✓ passed, · not yet). Empty for a single level.
     */
    private String levelText(ProgressGrid.Cell cell) {
        if (cell.levelCount() <= 1) {
            return "";
        }
        StringBuilder marks = new StringBuilder();
        for (Integer best : cell.bestScores()) {
            marks.append(best == null || best < dk.opdag.experiment.level.Grade.TOO_MANY_BLOCKS ? "·"
                    : best >= dk.opdag.experiment.level.Grade.ALL_PASS ? "★" : "✓");
        }
        return getTranslation("teaching.grid.levels", cell.levelReached(), cell.levelCount(), marks.toString());
    }

    private String cellLabel(LiveRow r, ProgressGrid.Column c, ProgressGrid.Cell cell) {
        String label = plainLabel(r, c, cell);
        return cell.hints() == 0 ? label : label + ". " + getTranslation("lesson.grid.hinted", cell.hints());
    }

    private String plainLabel(LiveRow r, ProgressGrid.Column c, ProgressGrid.Cell cell) {
        String base = getTranslation("teaching.grid.cell-label", r.row.name(), c.title(),
                statusWords.get(cell.status()), cell.runs());
        if (cell.levelCount() <= 1) {
            return base;
        }
        return getTranslation("teaching.grid.cell-label-levels", r.row.name(), c.title(),
                statusWords.get(cell.status()), cell.levelReached(), cell.levelCount(), cell.levelsPerfect(),
                cell.levelsPassed() - cell.levelsPerfect(), cell.runs());
    }

    /** Marks a cell whose pupil already got a hint from a teacher. */
    static final String HINT_MARK = "💡";

    static String symbol(CellStatus status) {
        return switch (status) {
            case PASSED -> "✓";
            case WORKING -> "●";
            case STUCK -> "!";
            case NOT_STARTED -> "–";
        };
    }

    private void showCounts() {
        for (int i = 0; i < counts.size(); i++) {
            ProgressGrid.Counts c = model.counts(i);
            counts.get(i).setText(getTranslation("teaching.grid.count-value", c.passed(), c.working(), c.stuck(),
                    c.notStarted()));
            counts.get(i).getElement().setAttribute("title", getTranslation("teaching.grid.count-title",
                    c.passed(), c.working(), c.stuck(), c.notStarted()));
        }
    }

    /** Shows a newer grid: changed rows are refreshed one by one; a changed set of pupils replaces the items. */
    public void update(ProgressGrid next) {
        boolean samePupils = next.rows().size() == rows.size()
                && next.rows().stream().allMatch(r -> rows.containsKey(r.pupilId()));
        model = next;
        if (!samePupils) {
            rows.clear();
            next.rows().forEach(r -> rows.put(r.pupilId(), new LiveRow(r)));
            view = setItems(new ArrayList<>(rows.values()));
            if (sorting == Sorting.STUCK_FIRST) {
                view.setSortComparator(STUCK_FIRST);
            }
        } else {
            for (ProgressGrid.Row r : next.rows()) {
                LiveRow live = rows.get(r.pupilId());
                if (!Objects.equals(live.row, r)) {
                    live.row = r;
                    view.refreshItem(live);
                }
            }
        }
        showCounts();
    }

    /** A choice of order next to the grid (the column headers sort too). */
    public Select<Sorting> sortChoice() {
        Select<Sorting> select = new Select<>();
        select.setLabel(getTranslation("teaching.grid.sort"));
        select.setItems(Sorting.values());
        select.setItemLabelGenerator(s -> getTranslation("teaching.grid.sort." + s.name()));
        select.setValue(Sorting.NAME);
        select.addValueChangeListener(e -> sortBy(e.getValue()));
        return select;
    }

    public void sortBy(Sorting sorting) {
        this.sorting = sorting;
        view.removeSorting();
        switch (sorting) {
            case STUCK_FIRST -> {
                sort(List.of());
                view.setSortComparator(STUCK_FIRST);
            }
            case NAME -> sort(List.of(new GridSortOrder<>(nameColumn, SortDirection.ASCENDING)));
            case MOST_DONE -> sort(List.of(new GridSortOrder<>(progressColumn, SortDirection.DESCENDING)));
            case LEAST_DONE -> sort(List.of(new GridSortOrder<>(progressColumn, SortDirection.ASCENDING)));
        }
    }
}
