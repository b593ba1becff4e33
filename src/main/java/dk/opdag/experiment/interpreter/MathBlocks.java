package dk.opdag.experiment.interpreter;

import dk.opdag.experiment.Message;
import dk.opdag.experiment.js.Js;
import dk.opdag.experiment.js.JsList;
import dk.opdag.experiment.js.JsMath;
import dk.opdag.experiment.js.JsSort;
import dk.opdag.experiment.js.JsTypeError;
import dk.opdag.experiment.js.Nil;
import dk.opdag.experiment.program.Block;
import java.util.ArrayList;
import java.util.List;

/**
 * Blockly's math blocks as the JavaScript generator writes them. Transcendental functions use StrictMath (fdlibm),
 * the same algorithms V8 uses, so results agree to the last bit.
 */
final class MathBlocks {

    private MathBlocks() {
    }

    static Object eval(Interpreter in, Block b) {
        if (b.kind() == dk.opdag.experiment.program.Kind.MATH_ARITHMETIC) {
            return arithmetic(in, b); // the common case first, without comparing type names
        }
        return switch (b.type()) {
            case "math_number" -> b.number(); // parsed once by Block; String(n) in the source turns -0 into 0
            case "math_arithmetic" -> arithmetic(in, b);
            case "math_single", "math_round", "math_trig" -> single(in, b);
            case "math_constant" -> switch (b.field("CONSTANT", "PI")) {
                case "E" -> Math.E;
                case "GOLDEN_RATIO" -> (1 + Math.sqrt(5)) / 2;
                case "SQRT2" -> Math.sqrt(2);
                case "SQRT1_2" -> Math.sqrt(0.5);
                case "INFINITY" -> Double.POSITIVE_INFINITY;
                default -> Math.PI;
            };
            case "math_number_property" -> property(in, b);
            case "math_on_list" -> onList(in, b);
            case "math_modulo" -> {
                Object a = in.value(b, "DIVIDEND", 0.0);
                Object d = in.value(b, "DIVISOR", 0.0);
                double divisor = number(in, b, d);
                if (divisor == 0) {
                    in.warn(b, Message.of("engine.math.remainder-by-zero"));
                }
                yield number(in, b, a) % divisor;
            }
            case "math_constrain" -> {
                double v = Js.toNumber(in.value(b, "VALUE", 0.0));
                double low = Js.toNumber(in.value(b, "LOW", 0.0));
                double high = Js.toNumber(in.value(b, "HIGH", Double.POSITIVE_INFINITY));
                yield Math.min(Math.max(v, low), high);
            }
            case "math_random_int" -> randomInt(in, b);
            case "math_random_float" -> in.random().next();
            case "math_atan2" -> {
                double y = Js.toNumber(in.value(b, "Y", 0.0));
                double x = Js.toNumber(in.value(b, "X", 0.0));
                yield JsMath.atan2(y, x) / Math.PI * 180;
            }
            default -> throw new IllegalStateException("Unknown math block " + b.type());
        };
    }

    /** ToNumber with a friendly warning when text that is not a number sneaks into a number slot. */
    static double number(Interpreter in, Block b, Object v) {
        double d = Js.toNumber(v);
        if (Double.isNaN(d) && v instanceof String s) {
            in.warn(b, s.isEmpty() ? Message.of("engine.math.empty-text-not-number")
                    : Message.of("engine.math.text-not-number", abbreviate(s)));
        }
        return d;
    }

    private static String abbreviate(String s) {
        return s.length() <= 20 ? s : s.substring(0, 20) + "…";
    }

    private static Object arithmetic(Interpreter in, Block b) {
        String op = b.field("OP", "ADD");
        if (op.equals("ADD")) {
            return addTerms(in, in.value(b, "A", 0.0), b.input("B"));
        }
        if (op.equals("MULTIPLY")) {
            return multiplyTerms(in, b, number(in, b, in.value(b, "A", 0.0)), b.input("B"));
        }
        Object a = in.value(b, "A", 0.0);
        Object c = in.value(b, "B", 0.0);
        return switch (op) {
            case "MINUS" -> number(in, b, a) - number(in, b, c);
            case "DIVIDE" -> {
                double x = number(in, b, a);
                double y = number(in, b, c);
                if (y == 0) {
                    in.warn(b, Message.of("engine.math.divide-by-zero"));
                }
                yield x / y;
            }
            case "POWER" -> JsMath.pow(number(in, b, a), number(in, b, c));
            default -> throw new IllegalStateException("Unknown arithmetic operator " + op);
        };
    }

    /**
     * {@code acc + <x>} as the generated code reads: Blockly drops the parentheses around an addition in the
     * right operand of + (a + (b + c) is written a + b + c), and index blocks end in {@code + 1}, so those terms
     * are added one by one from the left. This matters for text ("1" + (2 + 3) gives "15") and for rounding.
     */
    static Object addTerms(Interpreter in, Object acc, Block x) {
        if (x == null) {
            return Js.add(acc, 0.0);
        }
        if (x.type().equals("math_arithmetic") && x.field("OP", "ADD").equals("ADD")) {
            in.step(x);
            return addTerms(in, addTerms(in, acc, x.input("A")), x.input("B"));
        }
        if (x.type().equals("text_indexOf") || x.type().equals("lists_indexOf")) {
            in.step(x);
            return Js.add(Js.add(acc, TextBlocks.indexOfZeroBased(in, x)), 1.0);
        }
        return Js.add(acc, in.eval(x));
    }

    /** {@code acc * <x>}, where a multiplication in the right operand also loses its parentheses. */
    private static double multiplyTerms(Interpreter in, Block owner, double acc, Block x) {
        if (x == null) {
            return acc * 0;
        }
        if (x.type().equals("math_arithmetic") && x.field("OP", "ADD").equals("MULTIPLY")) {
            in.step(x);
            return multiplyTerms(in, x, multiplyTerms(in, x, acc, x.input("A")), x.input("B"));
        }
        return acc * number(in, owner, in.eval(x));
    }

    private static Object single(Interpreter in, Block b) {
        String op = b.field("OP", b.type().equals("math_round") ? "ROUND"
                : b.type().equals("math_trig") ? "SIN" : "ROOT");
        double x = number(in, b, in.value(b, "NUM", 0.0));
        return switch (op) {
            case "NEG" -> -x;
            case "ABS" -> Math.abs(x);
            case "ROOT" -> {
                if (x < 0) {
                    in.warn(b, Message.of("engine.math.negative-root"));
                }
                yield Math.sqrt(x);
            }
            case "LN" -> JsMath.log(x);
            case "LOG10" -> JsMath.log(x) / JsMath.log(10);
            case "EXP" -> JsMath.exp(x);
            case "POW10" -> JsMath.pow(10, x);
            case "ROUND" -> dk.opdag.experiment.js.JsNumbers.round(x);
            case "ROUNDUP" -> Math.ceil(x);
            case "ROUNDDOWN" -> Math.floor(x);
            case "SIN" -> JsMath.sin(x / 180 * Math.PI);
            case "COS" -> JsMath.cos(x / 180 * Math.PI);
            case "TAN" -> JsMath.tan(x / 180 * Math.PI);
            case "ASIN" -> JsMath.asin(x) / Math.PI * 180;
            case "ACOS" -> JsMath.acos(x) / Math.PI * 180;
            case "ATAN" -> JsMath.atan(x) / Math.PI * 180;
            default -> throw new IllegalStateException("Unknown math operator " + op);
        };
    }

    private static Object property(Interpreter in, Block b) {
        String property = b.field("PROPERTY", "EVEN");
        double n = number(in, b, in.value(b, "NUMBER_TO_CHECK", 0.0));
        return switch (property) {
            case "ODD" -> n % 2 == 1;
            case "WHOLE" -> n % 1 == 0;
            case "POSITIVE" -> n > 0;
            case "NEGATIVE" -> n < 0;
            case "DIVISIBLE_BY" -> n % number(in, b, in.value(b, "DIVISOR", 0.0)) == 0;
            case "PRIME" -> isPrime(in, b, n);
            default -> n % 2 == 0;
        };
    }

    /** Blockly's mathIsPrime, with its trial division charged as work so huge numbers cannot stall the run. */
    private static boolean isPrime(Interpreter in, Block b, double n) {
        if (n == 2 || n == 3) {
            return true;
        }
        if (Double.isNaN(n) || n <= 1 || n % 1 != 0 || n % 2 == 0 || n % 3 == 0) {
            return false;
        }
        double limit = Math.sqrt(n) + 1;
        long rounds = 0;
        for (double x = 6; x <= limit; x += 6) {
            if (n % (x - 1) == 0 || n % (x + 1) == 0) {
                return false;
            }
            if (++rounds % 1024 == 0) {
                in.charge(b, 1024);
            }
        }
        return true;
    }

    private static Object onList(Interpreter in, Block b) {
        String op = b.field("OP", "SUM");
        Object list = in.value(b, "LIST", new JsList());
        if (list instanceof JsList l) {
            in.charge(b, l.size());
        }
        return switch (op) {
            case "MIN", "MAX" -> {
                double result = op.equals("MIN") ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
                for (Object v : applyArguments(list)) {
                    double d = Js.toNumber(v);
                    result = op.equals("MIN") ? Math.min(result, d) : Math.max(result, d);
                }
                yield result;
            }
            case "AVERAGE" -> {
                JsList l = requireList(list, "average");
                yield Js.toNumber(sum(l)) / l.size();
            }
            case "MEDIAN" -> median(requireList(list, "median"));
            case "MODE" -> modes(list);
            case "STD_DEV" -> standardDeviation(list);
            case "RANDOM" -> {
                Object length = Js.length(list);
                double x = Math.floor(in.random().next() * Js.toNumber(length));
                yield Js.index(list, x);
            }
            default -> sum(requireList(list, "sum"));
        };
    }

    private static JsList requireList(Object v, String what) { // what: a key under engine.js.needs.list-find.
        if (v instanceof JsList l) {
            return l;
        }
        throw Js.typeError(v).needs("list-find." + what);
    }

    /** {@code list.reduce(function(x, y) {return x + y;}, 0)}: JavaScript +, holes skipped. */
    private static Object sum(JsList l) {
        Object acc = 0.0;
        for (int i = 0; i < l.size(); i++) {
            if (l.has(i)) {
                acc = Js.add(acc, l.get(i));
            }
        }
        return acc;
    }

    /** The argument list {@code Math.min.apply(null, list)} sees: null/undefined give no arguments. */
    private static List<Object> applyArguments(Object list) {
        return switch (list) {
            case JsList l -> l.values();
            case Nil n -> List.of();
            default -> throw new JsTypeError(Message.of("engine.js.needs-got", Message.of("engine.js.needs.numbers"), Js.describe(list)));
        };
    }

    private static Object median(JsList l) {
        JsList numbers = new JsList();
        for (int i = 0; i < l.size(); i++) {
            if (l.has(i) && l.get(i) instanceof Double) {
                numbers.push(l.get(i));
            }
        }
        if (numbers.size() == 0) {
            return Nil.NULL;
        }
        JsSort.sort(numbers, (x, y) -> Js.toNumber(y) - Js.toNumber(x));
        int n = numbers.size();
        if (n % 2 == 0) {
            return (Js.toNumber(numbers.get(n / 2 - 1)) + Js.toNumber(numbers.get(n / 2))) / 2;
        }
        return numbers.get((n - 1) / 2);
    }

    /** Blockly's mathModes: counts by ===, keeps first-seen order, returns every value with the top count. */
    private static Object modes(Object values) {
        List<Object> items = new ArrayList<>();
        switch (values) {
            case JsList l -> items.addAll(l.values());
            case String s -> {
                for (int i = 0; i < s.length(); i++) {
                    items.add(String.valueOf(s.charAt(i)));
                }
            }
            case Nil n -> throw new JsTypeError(Js.nothingMessage(n, "mode"));
            default -> {
                // numbers and booleans have no length: the loop never runs
            }
        }
        List<Object> seen = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        int max = 0;
        for (Object v : items) {
            int at = -1;
            for (int j = 0; j < seen.size(); j++) {
                if (Js.strictEquals(seen.get(j), v)) {
                    at = j;
                    break;
                }
            }
            int count;
            if (at >= 0) {
                count = counts.get(at) + 1;
                counts.set(at, count);
            } else {
                seen.add(v);
                counts.add(1);
                count = 1;
            }
            max = Math.max(max, count);
        }
        JsList modes = new JsList();
        for (int j = 0; j < seen.size(); j++) {
            if (counts.get(j) == max) {
                modes.push(seen.get(j));
            }
        }
        return modes;
    }

    /** Blockly's mathStandardDeviation (note: reduce without a start value, so the first element is not added to 0). */
    private static Object standardDeviation(Object numbers) {
        Object n = Js.length(numbers);
        if (!Js.truthy(n)) {
            return Nil.NULL;
        }
        JsList l = requireList(numbers, "spread");
        Object acc = null;
        for (int i = 0; i < l.size(); i++) {
            if (l.has(i)) {
                acc = acc == null ? l.get(i) : Js.add(acc, l.get(i));
            }
        }
        if (acc == null) {
            throw new JsTypeError(Message.of("engine.math.no-numbers-for-spread"));
        }
        double count = Js.toNumber(n);
        double mean = Js.toNumber(acc) / count;
        double variance = 0;
        for (int j = 0; j < count; j++) {
            variance += JsMath.pow(Js.toNumber(l.get(j)) - mean, 2);
        }
        variance /= count;
        return Math.sqrt(variance);
    }

    /** Blockly's mathRandomInt: swap if a > b, then Math.floor(Math.random() * (b - a + 1) + a). */
    private static Object randomInt(Interpreter in, Block b) {
        Object from = in.value(b, "FROM", 0.0);
        Object to = in.value(b, "TO", 0.0);
        if (Js.gt(from, to)) {
            Object c = from;
            from = to;
            to = c;
        }
        double r = in.random().next();
        double span = Js.toNumber(to) - Js.toNumber(from) + 1;
        return Math.floor(Js.toNumber(Js.add(r * span, from)));
    }
}
