package dk.opdag.experiment.world.turtle;

/** A line the turtle drew, from (x1, y1) to (x2, y2). */
record Segment(double x1, double y1, double x2, double y2, String colour, String blockId) {

    double length() {
        return Math.hypot(x2 - x1, y2 - y1);
    }

    /** Direction in degrees, counter-clockwise from the x axis. */
    double direction() {
        return Math.toDegrees(Math.atan2(y2 - y1, x2 - x1));
    }
}
