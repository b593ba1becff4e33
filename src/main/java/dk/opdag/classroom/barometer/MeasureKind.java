package dk.opdag.classroom.barometer;

/** The two rounds of a class's measurement: at the start of the course and at its end. */
public enum MeasureKind { START, END }
