package dk.opdag.experiment.interpreter;

/** How a statement finished: normally, or by break/continue/return jumping out of the enclosing construct. */
enum Flow {
    NORMAL,
    BREAK,
    CONTINUE,
    RETURN
}
