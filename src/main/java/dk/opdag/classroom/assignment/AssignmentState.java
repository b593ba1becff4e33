package dk.opdag.classroom.assignment;

/** Open: pupils see it on "Mine opgaver". Paused: hidden from pupils for now. Closed: done, kept for history. */
public enum AssignmentState {
    OPEN,
    PAUSED,
    CLOSED
}
