package dk.opdag.classroom.progress;

/** How far a pupil is with one experiment, as the teacher's grid shows it. Pupils never see "stuck". */
public enum CellStatus {
    NOT_STARTED,
    WORKING,
    STUCK,
    PASSED;

    /** For sorting by progress: passed first, then working, then stuck, then not started. */
    public int progressRank() {
        return switch (this) {
            case PASSED -> 3;
            case WORKING -> 2;
            case STUCK -> 1;
            case NOT_STARTED -> 0;
        };
    }
}
