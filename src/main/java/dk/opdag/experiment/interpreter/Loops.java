package dk.opdag.experiment.interpreter;

import dk.opdag.experiment.js.Js;
import dk.opdag.experiment.js.JsList;
import dk.opdag.experiment.program.Block;
import java.util.regex.Pattern;

/**
 * Blockly's loop blocks, following the exact shape of the generated JavaScript: which values are read once and
 * which are re-read every round (a plain variable as the bound is re-read), how the counting direction is chosen,
 * and that {@code i += step} is JavaScript's + (so a text counter concatenates).
 */
final class Loops {

    /** Blockly's stringUtils.isNumber: what counts as a "simple number" in the generated code. */
    private static final Pattern SIMPLE_NUMBER = Pattern.compile("^\\s*-?\\d+(\\.\\d+)?\\s*$");

    private Loops() {
    }

    /** controls_repeat_ext / controls_repeat: {@code for (var count = 0; count < end; count++)}. */
    static Flow repeat(Interpreter in, Block b) {
        Block timesBlock = null;
        Object end;
        if (b.type().equals("controls_repeat")) {
            end = Js.toNumber(b.field("TIMES", "10"));
        } else {
            timesBlock = b.input("TIMES");
            end = timesBlock == null ? 0.0 : null;
        }
        // A variable as the count is read again before every round; any other expression is read once.
        boolean reread = timesBlock != null && timesBlock.type().equals("variables_get");
        if (end == null && !reread) {
            end = in.eval(timesBlock);
        }
        double count = 0;
        while (true) {
            in.step(b);
            if (reread) {
                end = in.eval(timesBlock);
            }
            if (!Js.lt(count, end)) {
                return Flow.NORMAL;
            }
            Flow f = in.loopBody(b, "DO");
            if (f == Flow.BREAK) {
                return Flow.NORMAL;
            }
            if (f == Flow.RETURN) {
                return f;
            }
            count++;
        }
    }

    /** controls_whileUntil: {@code while (cond)} or {@code while (!cond)}; an empty condition is false. */
    static Flow whileUntil(Interpreter in, Block b) {
        boolean until = "UNTIL".equals(b.field("MODE", "WHILE"));
        while (true) {
            in.step(b);
            boolean condition = Js.truthy(in.value(b, "BOOL", false));
            if (until == condition) {
                return Flow.NORMAL;
            }
            Flow f = in.loopBody(b, "DO");
            if (f == Flow.BREAK) {
                return Flow.NORMAL;
            }
            if (f == Flow.RETURN) {
                return f;
            }
        }
    }

    /** controls_for: the two shapes Blockly generates (all simple numbers, or cached bounds with a signed step). */
    static Flow countFor(Interpreter in, Block b) {
        Block fromB = b.input("FROM");
        Block toB = b.input("TO");
        Block byB = b.input("BY");
        if (isSimpleNumber(fromB) && isSimpleNumber(toB) && isSimpleNumber(byB)) {
            double from = literal(fromB, 0);
            double to = literal(toB, 0);
            double step = Math.abs(literal(byB, 1));
            boolean up = from <= to;
            in.setVar(b, from);
            while (true) {
                in.step(b);
                Object v = in.getVar(b);
                if (!(up ? Js.le(v, to) : Js.ge(v, to))) {
                    return Flow.NORMAL;
                }
                Flow f = in.loopBody(b, "DO");
                if (f == Flow.BREAK) {
                    return Flow.NORMAL;
                }
                if (f == Flow.RETURN) {
                    return f;
                }
                Object current = in.getVar(b);
                if (step == 1) {
                    in.setVar(b, Js.toNumber(current) + (up ? 1 : -1)); // i++ / i--
                } else {
                    in.setVar(b, up ? Js.add(current, step) : (Object) (Js.toNumber(current) - step));
                }
            }
        }
        Object start = fromB == null ? 0.0 : in.eval(fromB);
        boolean rereadEnd = toB != null && toB.type().equals("variables_get");
        Object end = toB == null ? 0.0 : in.eval(toB);
        double inc = byB == null ? 1 : Math.abs(Js.toNumber(in.eval(byB)));
        if (Js.gt(start, end)) {
            inc = -inc;
        }
        in.setVar(b, start);
        while (true) {
            in.step(b);
            Object endNow = rereadEnd ? in.eval(toB) : end;
            Object v = in.getVar(b);
            if (!(inc >= 0 ? Js.le(v, endNow) : Js.ge(v, endNow))) {
                return Flow.NORMAL;
            }
            Flow f = in.loopBody(b, "DO");
            if (f == Flow.BREAK) {
                return Flow.NORMAL;
            }
            if (f == Flow.RETURN) {
                return f;
            }
            in.setVar(b, Js.add(in.getVar(b), inc));
        }
    }

    /**
     * controls_forEach: {@code for (var k in list) { x = list[k]; ... }}. The keys are fixed when the loop starts,
     * removed elements are skipped, and a list held in a variable is looked up again every round.
     */
    static Flow forEach(Interpreter in, Block b) {
        Block listB = b.input("LIST");
        boolean reread = listB != null && listB.type().equals("variables_get");
        Object collection = listB == null ? new JsList() : in.eval(listB);
        int n = switch (collection) {
            case JsList l -> l.size();
            case String s -> s.length();
            default -> 0;
        };
        for (int k = 0; k < n; k++) {
            in.step(b);
            if (collection instanceof JsList l && !l.has(k)) {
                continue;
            }
            Object current = reread ? in.eval(listB) : collection;
            in.setVar(b, Js.index(current, k));
            Flow f = in.loopBody(b, "DO");
            if (f == Flow.BREAK) {
                return Flow.NORMAL;
            }
            if (f == Flow.RETURN) {
                return f;
            }
        }
        return Flow.NORMAL;
    }

    /** A missing input counts as simple (the generator's default is a number literal). */
    private static boolean isSimpleNumber(Block block) {
        if (block == null) {
            return true;
        }
        return block.type().equals("math_number") && SIMPLE_NUMBER.matcher(numberCode(block)).matches();
    }

    private static double literal(Block block, double defaultValue) {
        return block == null ? defaultValue : Js.toNumber(numberCode(block));
    }

    /** The source text math_number generates: String(Number(field)). */
    private static String numberCode(Block block) {
        return Js.toStr(Js.toNumber(block.field("NUM", "0")));
    }
}
