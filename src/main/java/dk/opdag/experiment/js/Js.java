package dk.opdag.experiment.js;

import dk.opdag.experiment.Message;

/**
 * JavaScript's value semantics for the values a block program can hold:
 * {@link Double} (number), {@link String}, {@link Boolean}, {@link Nil} (null/undefined),
 * {@link JsList} (array) and {@link JsObject} (world objects).
 * Everything here follows the ECMAScript rules the generated code relies on (ToNumber, ToString, +, ==, &lt;).
 */
public final class Js {

    public static final Nil UNDEFINED = Nil.UNDEFINED;
    public static final Nil NULL = Nil.NULL;

    /** Hard cap for any text built here; the interpreter enforces the (smaller) configured limit afterwards. */
    public static final int MAX_STRING = 1 << 24;

    private Js() {
    }

    public static String typeOf(Object v) {
        return switch (v) {
            case Double d -> "number";
            case String s -> "string";
            case Boolean b -> "boolean";
            case Nil n -> n == Nil.UNDEFINED ? "undefined" : "object";
            default -> "object";
        };
    }

    public static boolean truthy(Object v) {
        return switch (v) {
            case Double d -> !(d == 0 || d.isNaN());
            case String s -> !s.isEmpty();
            case Boolean b -> b;
            case Nil n -> false;
            default -> true;
        };
    }

    public static double toNumber(Object v) {
        return switch (v) {
            case Double d -> d;
            case String s -> JsNumbers.parse(s);
            case Boolean b -> b ? 1 : 0;
            case Nil n -> n == Nil.NULL ? 0 : Double.NaN;
            default -> JsNumbers.parse(toStr(v)); // arrays and objects go through their text
        };
    }

    /** {@code String(v)}. */
    public static String toStr(Object v) {
        return switch (v) {
            case String s -> s;
            case Double d -> JsNumbers.toString(d);
            case Boolean b -> b ? "true" : "false";
            case Nil n -> n == Nil.NULL ? "null" : "undefined";
            case JsList l -> l.join(",");
            case JsObject o -> o.jsString();
            default -> String.valueOf(v);
        };
    }

    /** ToPrimitive: arrays and objects become their text, everything else is already primitive. */
    public static Object toPrimitive(Object v) {
        return v instanceof JsList || v instanceof JsObject ? toStr(v) : v;
    }

    /** The {@code +} operator: text if either side is text after ToPrimitive, otherwise numeric addition. */
    public static Object add(Object a, Object b) {
        Object pa = toPrimitive(a);
        Object pb = toPrimitive(b);
        if (pa instanceof String || pb instanceof String) {
            return concat(toStr(pa), toStr(pb));
        }
        return toNumber(pa) + toNumber(pb);
    }

    public static String concat(String a, String b) {
        if ((long) a.length() + b.length() > MAX_STRING) {
            throw new JsLimitException(false);
        }
        return a.concat(b);
    }

    /** {@code ===}. */
    public static boolean strictEquals(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) {
            return x.doubleValue() == y.doubleValue();
        }
        if (a instanceof String x && b instanceof String y) {
            return x.equals(y);
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return x.booleanValue() == y.booleanValue();
        }
        return a == b;
    }

    /** {@code ==} (IsLooselyEqual). */
    public static boolean looseEquals(Object a, Object b) {
        if (sameType(a, b)) {
            return strictEquals(a, b);
        }
        if (a instanceof Nil || b instanceof Nil) {
            return a instanceof Nil && b instanceof Nil;
        }
        if (a instanceof Double x && b instanceof String s) {
            return x == JsNumbers.parse(s);
        }
        if (a instanceof String s && b instanceof Double y) {
            return JsNumbers.parse(s) == y;
        }
        if (a instanceof Boolean x) {
            return looseEquals(x ? 1.0 : 0.0, b);
        }
        if (b instanceof Boolean y) {
            return looseEquals(a, y ? 1.0 : 0.0);
        }
        boolean aObject = a instanceof JsList || a instanceof JsObject;
        boolean bObject = b instanceof JsList || b instanceof JsObject;
        if (aObject && !bObject) {
            return looseEquals(toPrimitive(a), b);
        }
        if (bObject && !aObject) {
            return looseEquals(a, toPrimitive(b));
        }
        return false;
    }

    private static boolean sameType(Object a, Object b) {
        if (a instanceof Nil && b instanceof Nil) {
            return a == b; // null and undefined are different types
        }
        boolean aObject = a instanceof JsList || a instanceof JsObject;
        boolean bObject = b instanceof JsList || b instanceof JsObject;
        if (aObject || bObject) {
            return aObject && bObject;
        }
        return a.getClass() == b.getClass();
    }

    /** IsLessThan: TRUE, FALSE, or null for "undefined" (a NaN was involved). */
    private static Boolean lessThan(Object a, Object b) {
        Object pa = toPrimitive(a);
        Object pb = toPrimitive(b);
        if (pa instanceof String x && pb instanceof String y) {
            return x.compareTo(y) < 0; // UTF-16 code unit order, as in JavaScript
        }
        double x = toNumber(pa);
        double y = toNumber(pb);
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return null;
        }
        return x < y;
    }

    public static boolean lt(Object a, Object b) {
        return Boolean.TRUE.equals(lessThan(a, b));
    }

    public static boolean gt(Object a, Object b) {
        return Boolean.TRUE.equals(lessThan(b, a));
    }

    public static boolean le(Object a, Object b) {
        return Boolean.FALSE.equals(lessThan(b, a));
    }

    public static boolean ge(Object a, Object b) {
        return Boolean.FALSE.equals(lessThan(a, b));
    }

    /** Reads {@code v.length}: texts and lists have one, null/undefined throw, anything else gives undefined. */
    public static Object length(Object v) {
        return switch (v) {
            case String s -> (double) s.length();
            case JsList l -> (double) l.size();
            case Nil n -> throw new JsTypeError(nothingMessage(n, "length"));
            default -> UNDEFINED;
        };
    }

    /** {@code v[key]} for a numeric key. */
    public static Object index(Object v, double key) {
        return switch (v) {
            case JsList l -> l.getAt(key);
            case String s -> {
                if (key >= 0 && key < s.length() && key == Math.floor(key)) {
                    yield String.valueOf(s.charAt((int) key));
                }
                yield UNDEFINED;
            }
            case Nil n -> throw new JsTypeError(nothingMessage(n, "item"));
            default -> UNDEFINED;
        };
    }

    /** Explanation of reading something ({@code engine.js.what.<what>}) from null or undefined. */
    public static Message nothingMessage(Nil n, String what) {
        return Message.of(n == Nil.NULL ? "engine.js.nothing.null" : "engine.js.nothing.undefined",
                Message.of("engine.js.what." + what));
    }

    /** Explanation of calling a text or list operation on the wrong kind of value. */
    public static TypeErrorBuilder typeError(Object v) {
        return new TypeErrorBuilder(v);
    }

    /** Builds the TypeError text for "this operation needs a text/list, but got X". */
    public static final class TypeErrorBuilder {
        private final Object value;

        private TypeErrorBuilder(Object value) {
            this.value = value;
        }

        /** {@code kind} is a key under {@code engine.js.needs.}, e.g. {@code text.count}. */
        public JsTypeError needs(String kind) {
            Message what = Message.of("engine.js.needs." + kind);
            if (value instanceof Nil n) {
                return new JsTypeError(Message.of(n == Nil.NULL ? "engine.js.needs-got-null"
                        : "engine.js.needs-got-undefined", what));
            }
            return new JsTypeError(Message.of("engine.js.needs-got", what, describe(value)));
        }
    }

    /** Child-friendly description of a value's kind, for messages. */
    public static Message describe(Object v) {
        return switch (v) {
            case Double d -> Message.of("engine.js.value.number", JsNumbers.toString(d));
            case String s -> s.length() <= 30 ? Message.of("engine.js.value.text", s) : Message.of("engine.js.value.long-text");
            case Boolean b -> Message.of("engine.js.value.boolean", String.valueOf(b));
            case Nil n -> Message.of(n == Nil.NULL ? "engine.js.value.null" : "engine.js.value.undefined");
            case JsList l -> Message.of("engine.js.value.list");
            default -> Message.of("engine.js.value.other", v.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT));
        };
    }
}
