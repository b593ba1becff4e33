package dk.opdag.experiment.world.turtle;

import static dk.opdag.experiment.Message.decimal;

import dk.opdag.experiment.CheckOutcome;
import dk.opdag.experiment.Message;
import java.util.ArrayList;
import java.util.List;

/** Goal checks on the turtle's drawing, independent of where it started and which way it faced. */
final class ShapeAnalysis {

    private ShapeAnalysis() {
    }

    /** Joins lines drawn straight on from each other (forward 25 twice is one side of 50); drops zero-length lines. */
    static List<Segment> merged(List<Segment> segments, double tolerance, double angleTolerance) {
        List<Segment> out = new ArrayList<>();
        for (Segment s : segments) {
            if (s.length() <= 1e-9) {
                continue;
            }
            if (!out.isEmpty()) {
                Segment last = out.getLast();
                if (close(last.x2(), last.y2(), s.x1(), s.y1(), tolerance)
                        && Math.abs(turn(last, s)) <= angleTolerance) {
                    out.set(out.size() - 1, new Segment(last.x1(), last.y1(), s.x2(), s.y2(), last.colour(),
                            last.blockId()));
                    continue;
                }
            }
            out.add(s);
        }
        return out;
    }

    static boolean close(double x1, double y1, double x2, double y2, double tolerance) {
        return Math.hypot(x2 - x1, y2 - y1) <= tolerance;
    }

    /** Signed turn from a to b in degrees, in (-180, 180]; positive is a left turn. */
    static double turn(Segment a, Segment b) {
        double t = b.direction() - a.direction();
        while (t <= -180) {
            t += 360;
        }
        while (t > 180) {
            t -= 360;
        }
        return t;
    }

    /** The shape's name with its article: "en trekant", "en 12-kant". */
    static Message shapeName(int sides) {
        return sides >= 3 && sides <= 10 ? Message.of("engine.turtle.shape." + sides)
                : Message.of("engine.turtle.shape.n", String.valueOf(sides));
    }

    static CheckOutcome polygon(TurtleChecks.Polygon c, List<Segment> drawn) {
        String type = c.type();
        Message name = shapeName(c.sides());
        List<Segment> sides = merged(drawn, c.tolerance(), c.angleTolerance());
        if (sides.isEmpty()) {
            return CheckOutcome.fail(type, Message.of("engine.turtle.nothing-drawn"));
        }
        if (sides.size() != c.sides()) {
            return CheckOutcome.fail(type, Message.of("engine.turtle.wrong-side-count", sides.size(),
                    String.valueOf(sides.size()), name, String.valueOf(c.sides())));
        }
        for (int i = 0; i < sides.size(); i++) {
            double len = sides.get(i).length();
            if (Math.abs(len - c.length()) > c.tolerance()) {
                return CheckOutcome.fail(type, Message.of("engine.turtle.wrong-side-length", String.valueOf(i + 1),
                        decimal(len), decimal(c.length())));
            }
        }
        for (int i = 0; i + 1 < sides.size(); i++) {
            Segment a = sides.get(i);
            Segment b = sides.get(i + 1);
            if (!close(a.x2(), a.y2(), b.x1(), b.y1(), c.tolerance())) {
                return CheckOutcome.fail(type, Message.of("engine.turtle.gap-after-side", String.valueOf(i + 1)));
            }
        }
        Segment first = sides.getFirst();
        Segment last = sides.getLast();
        double gap = Math.hypot(first.x1() - last.x2(), first.y1() - last.y2());
        if (gap > c.tolerance()) {
            return CheckOutcome.fail(type, Message.of("engine.turtle.not-closed", decimal(gap)));
        }
        double expected = 360.0 / c.sides();
        double firstTurn = turn(last, first);
        for (int i = 0; i < sides.size(); i++) {
            double t = turn(sides.get(i), sides.get((i + 1) % sides.size()));
            boolean sameWay = Math.signum(t) == Math.signum(firstTurn);
            if (Math.abs(Math.abs(t) - expected) > c.angleTolerance() || !sameWay) {
                return CheckOutcome.fail(type, Message.of("engine.turtle.wrong-turn", String.valueOf(i + 1),
                        decimal(Math.abs(t)), name, decimal(expected)));
            }
        }
        return CheckOutcome.pass(type, Message.of("engine.turtle.polygon-ok", name, decimal(c.length())));
    }

    static CheckOutcome closedShape(TurtleChecks.ClosedShape c, List<Segment> drawn) {
        String type = c.type();
        List<Segment> lines = merged(drawn, c.tolerance(), 0.001);
        if (lines.size() < 2) {
            return CheckOutcome.fail(type, Message.of("engine.turtle.too-few-lines"));
        }
        for (int i = 0; i + 1 < lines.size(); i++) {
            Segment a = lines.get(i);
            Segment b = lines.get(i + 1);
            if (!close(a.x2(), a.y2(), b.x1(), b.y1(), c.tolerance())) {
                return CheckOutcome.fail(type, Message.of("engine.turtle.gap-after-line", String.valueOf(i + 1)));
            }
        }
        Segment first = lines.getFirst();
        Segment last = lines.getLast();
        double gap = Math.hypot(first.x1() - last.x2(), first.y1() - last.y2());
        if (gap > c.tolerance()) {
            return CheckOutcome.fail(type, Message.of("engine.turtle.not-closed", decimal(gap)));
        }
        return CheckOutcome.pass(type, Message.of("engine.turtle.closed-ok"));
    }

    static CheckOutcome segmentCount(TurtleChecks.SegmentCount c, List<Segment> drawn) {
        int n = drawn.size();
        if (n < c.min()) {
            return CheckOutcome.fail(c.type(), Message.of("engine.turtle.too-few-segments", String.valueOf(n),
                    String.valueOf(c.min())));
        }
        if (n > c.max()) {
            return CheckOutcome.fail(c.type(), Message.of("engine.turtle.too-many-segments", String.valueOf(n),
                    String.valueOf(c.max())));
        }
        return CheckOutcome.pass(c.type(), Message.of("engine.turtle.segments-ok", String.valueOf(n)));
    }
}
