package dk.opdag.experiment.world.turtle;

import static dk.opdag.experiment.world.StartStates.danish;

import dk.opdag.experiment.CheckOutcome;
import dk.opdag.experiment.check.GoalCheck;
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

    static String shapeName(int sides) {
        return switch (sides) {
            case 3 -> "trekant";
            case 4 -> "firkant";
            case 5 -> "femkant";
            case 6 -> "sekskant";
            case 7 -> "syvkant";
            case 8 -> "ottekant";
            case 9 -> "nikant";
            case 10 -> "tikant";
            default -> sides + "-kant";
        };
    }

    static CheckOutcome polygon(GoalCheck.Polygon c, List<Segment> drawn) {
        String type = c.type();
        String name = shapeName(c.sides());
        List<Segment> sides = merged(drawn, c.tolerance(), c.angleTolerance());
        if (sides.isEmpty()) {
            return CheckOutcome.fail(type, "Skildpadden har ikke tegnet noget endnu. Husk at sætte pennen ned.");
        }
        if (sides.size() != c.sides()) {
            return CheckOutcome.fail(type, "Du har tegnet " + sides.size() + (sides.size() == 1 ? " streg" : " streger")
                    + ", men en " + name + " har " + c.sides() + " sider.");
        }
        for (int i = 0; i < sides.size(); i++) {
            double len = sides.get(i).length();
            if (Math.abs(len - c.length()) > c.tolerance()) {
                return CheckOutcome.fail(type, "Side " + (i + 1) + " er " + danish(len)
                        + " lang, men alle sider skal være " + danish(c.length()) + " lange.");
            }
        }
        for (int i = 0; i + 1 < sides.size(); i++) {
            Segment a = sides.get(i);
            Segment b = sides.get(i + 1);
            if (!close(a.x2(), a.y2(), b.x1(), b.y1(), c.tolerance())) {
                return CheckOutcome.fail(type, "Stregerne hænger ikke sammen efter side " + (i + 1)
                        + ". Løftede du pennen?");
            }
        }
        Segment first = sides.getFirst();
        Segment last = sides.getLast();
        double gap = Math.hypot(first.x1() - last.x2(), first.y1() - last.y2());
        if (gap > c.tolerance()) {
            return CheckOutcome.fail(type, "Figuren er ikke lukket: skildpadden slutter " + danish(gap)
                    + " fra, hvor den startede.");
        }
        double expected = 360.0 / c.sides();
        double firstTurn = turn(last, first);
        for (int i = 0; i < sides.size(); i++) {
            double t = turn(sides.get(i), sides.get((i + 1) % sides.size()));
            boolean sameWay = Math.signum(t) == Math.signum(firstTurn);
            if (Math.abs(Math.abs(t) - expected) > c.angleTolerance() || !sameWay) {
                return CheckOutcome.fail(type, "Ved hjørne " + (i + 1) + " drejede skildpadden " + danish(Math.abs(t))
                        + "°, men i en " + name + " skal den dreje " + danish(expected)
                        + "° hver gang – og altid samme vej.");
            }
        }
        return CheckOutcome.pass(type, "Flot! Du har tegnet en " + name + " med sider på " + danish(c.length()) + ".");
    }

    static CheckOutcome closedShape(GoalCheck.ClosedShape c, List<Segment> drawn) {
        String type = c.type();
        List<Segment> lines = merged(drawn, c.tolerance(), 0.001);
        if (lines.size() < 2) {
            return CheckOutcome.fail(type, "Tegn mindst to streger, der hænger sammen, for at lave en lukket figur.");
        }
        for (int i = 0; i + 1 < lines.size(); i++) {
            Segment a = lines.get(i);
            Segment b = lines.get(i + 1);
            if (!close(a.x2(), a.y2(), b.x1(), b.y1(), c.tolerance())) {
                return CheckOutcome.fail(type, "Der er et hul i figuren efter streg " + (i + 1)
                        + ". Løftede du pennen?");
            }
        }
        Segment first = lines.getFirst();
        Segment last = lines.getLast();
        double gap = Math.hypot(first.x1() - last.x2(), first.y1() - last.y2());
        if (gap > c.tolerance()) {
            return CheckOutcome.fail(type, "Figuren er ikke lukket: skildpadden slutter " + danish(gap)
                    + " fra, hvor den startede.");
        }
        return CheckOutcome.pass(type, "Flot! Figuren er lukket.");
    }

    static CheckOutcome segmentCount(GoalCheck.SegmentCount c, List<Segment> drawn) {
        int n = drawn.size();
        if (n < c.min()) {
            return CheckOutcome.fail(c.type(), "Du har tegnet " + n + " streger, men der skal være mindst " + c.min()
                    + ".");
        }
        if (n > c.max()) {
            return CheckOutcome.fail(c.type(), "Du har tegnet " + n + " streger, men der må højst være " + c.max()
                    + ".");
        }
        return CheckOutcome.pass(c.type(), "Flot! Du har tegnet " + n + " streger.");
    }
}
