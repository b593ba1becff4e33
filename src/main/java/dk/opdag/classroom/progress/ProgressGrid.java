package dk.opdag.classroom.progress;

import dk.opdag.classroom.assignment.Assignment;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The teacher's live grid for one assignment: its pupils × its experiments. The column counts are computed from
 * the rows, so they always agree with the cells.
 *
 * @param asOfEvent the class's newest progress event when the grid was read (0 for none): everything up to it is
 *                  in the rows, so a live view only needs to refresh for later events
 */
public record ProgressGrid(Assignment assignment, String className, List<Column> columns, List<Row> rows,
                           long asOfEvent) {

    public ProgressGrid {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public record Column(String experimentId, String title) {
    }

    /** One pupil; {@code cells} are in column order. */
    public record Row(long pupilId, String name, List<Cell> cells) {

        public Row {
            cells = List.copyOf(cells);
        }

        public long count(CellStatus status) {
            return cells.stream().filter(c -> c.status() == status).count();
        }

        /** Passed experiments weigh most, then passed levels, then working, then stuck: higher is further along. */
        public int progressScore() {
            return (int) count(CellStatus.PASSED) * 1_000_000 + cells.stream().mapToInt(Cell::levelsPassed).sum() * 1000
                    + (int) count(CellStatus.WORKING) * 10 + (int) count(CellStatus.STUCK);
        }

        public int runs() {
            return cells.stream().mapToInt(Cell::runs).sum();
        }
    }

    /**
     * One pupil on one experiment.
     *
     * @param lastChange   null when nothing happened yet
     * @param levelReached 1-based: the first level not passed, or the last when all are
     * @param bestScores   the best score per level, in order (null for a level without runs); see
     *                     {@code dk.opdag.experiment.level.Grade}
     * @param hints        how many hints the pupil's teachers sent on this experiment
     */
    public record Cell(String experimentId, CellStatus status, int runs, OffsetDateTime lastChange, int levelReached,
                       List<Integer> bestScores, int hints) {

        public Cell {
            bestScores = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(bestScores));
        }

        public int levelCount() {
            return bestScores.size();
        }

        public int levelsPassed() {
            return (int) bestScores.stream().filter(s -> s != null && s >= PASS).count();
        }

        public int levelsPerfect() {
            return (int) bestScores.stream().filter(s -> s != null && s >= PERFECT).count();
        }
    }

    private static final int PASS = dk.opdag.experiment.level.Grade.TOO_MANY_BLOCKS;
    private static final int PERFECT = dk.opdag.experiment.level.Grade.ALL_PASS;

    /** How many pupils are in each state for one experiment. */
    public record Counts(int notStarted, int working, int stuck, int passed) {

        public int of(CellStatus status) {
            return switch (status) {
                case NOT_STARTED -> notStarted;
                case WORKING -> working;
                case STUCK -> stuck;
                case PASSED -> passed;
            };
        }
    }

    public Counts counts(int column) {
        int[] n = new int[CellStatus.values().length];
        for (Row row : rows) {
            n[row.cells().get(column).status().ordinal()]++;
        }
        return new Counts(n[CellStatus.NOT_STARTED.ordinal()], n[CellStatus.WORKING.ordinal()],
                n[CellStatus.STUCK.ordinal()], n[CellStatus.PASSED.ordinal()]);
    }
}
