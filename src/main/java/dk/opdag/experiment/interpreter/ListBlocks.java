package dk.opdag.experiment.interpreter;

import dk.opdag.experiment.js.Js;
import dk.opdag.experiment.js.JsList;
import dk.opdag.experiment.js.JsSort;
import dk.opdag.experiment.js.JsStrings;
import dk.opdag.experiment.js.JsTypeError;
import dk.opdag.experiment.js.Nil;
import dk.opdag.experiment.program.Block;
import java.util.List;

/**
 * Blockly's list blocks as the JavaScript generator writes them: 1-based positions turned into JavaScript
 * indexes, {@code splice}/{@code slice} with their negative-index rules, holes, and sorting via V8's algorithm.
 */
final class ListBlocks {

    private ListBlocks() {
    }

    static Object eval(Interpreter in, Block b) {
        return switch (b.type()) {
            case "lists_create_empty" -> new JsList();
            case "lists_create_with" -> {
                int count = b.mutation().itemCount();
                JsList list = new JsList();
                for (int i = 0; i < count; i++) {
                    list.push(in.value(b, "ADD" + i, Nil.NULL));
                }
                yield list;
            }
            case "lists_repeat" -> repeat(in, b);
            case "lists_length" -> Js.length(in.value(b, "VALUE", new JsList()));
            case "lists_isEmpty" -> !Js.truthy(Js.length(in.value(b, "VALUE", new JsList())));
            case "lists_indexOf" -> TextBlocks.indexOfZeroBased(in, b) + 1.0;
            case "lists_getIndex" -> getIndex(in, b);
            case "lists_getSublist" -> {
                String where1 = b.field("WHERE1", "FROM_START");
                String where2 = b.field("WHERE2", "FROM_START");
                Object list = in.value(b, "LIST", new JsList());
                if (where1.equals("FIRST") && where2.equals("LAST")) {
                    yield slice(list, 0, Double.POSITIVE_INFINITY);
                }
                yield sublist(in, b, list, where1, where2);
            }
            case "lists_split" -> split(in, b);
            case "lists_sort" -> sort(in, b);
            case "lists_reverse" -> {
                Object list = in.value(b, "LIST", new JsList());
                JsList copy = requireList(slice(list, 0, Double.POSITIVE_INFINITY), "reverse");
                in.charge(b, copy.size());
                yield copy.reverseInPlace();
            }
            default -> throw new IllegalStateException("Unknown list block " + b.type());
        };
    }

    static JsList requireList(Object v, String purpose) { // purpose: a key under engine.js.needs.list.
        if (v instanceof JsList l) {
            return l;
        }
        throw Js.typeError(v).needs("list." + purpose);
    }

    /** {@code v.slice(start, end)} on a text or a list. */
    static Object slice(Object v, double start, double end) {
        return switch (v) {
            case String s -> JsStrings.slice(s, start, end);
            case JsList l -> l.slice(start, end);
            case Nil n -> throw new JsTypeError(Js.nothingMessage(n, "part"));
            default -> throw Js.typeError(v).needs("text-or-list");
        };
    }

    /** Shared by text_getSubstring and lists_getSublist: 1-based, inclusive positions to slice(start, end). */
    static Object sublist(Interpreter in, Block b, Object seq, String where1, String where2) {
        double at1 = where1.equals("FIRST") ? 1 : Js.toNumber(in.value(b, "AT1", 1.0));
        double at2 = where2.equals("LAST") ? 1 : Js.toNumber(in.value(b, "AT2", 1.0));
        if (!(seq instanceof String) && !(seq instanceof JsList)) {
            slice(seq, 0, 0); // throws the right error
        }
        double length = Js.toNumber(Js.length(seq));
        double start = switch (where1) {
            case "FROM_END" -> length - at1;
            case "FIRST" -> 0;
            default -> at1 - 1;
        };
        double end = switch (where2) {
            case "FROM_END" -> length - (at2 - 1);
            case "LAST" -> length;
            default -> at2;
        };
        if (seq instanceof JsList l) {
            in.charge(b, l.size());
        }
        return slice(seq, start, end);
    }

    /** Blockly's listsRepeat: {@code for (var i = 0; i < n; i++) array[i] = value;} (same value, shared). */
    private static Object repeat(Interpreter in, Block b) {
        Object item = in.value(b, "ITEM", Nil.NULL);
        Object n = in.value(b, "NUM", 0.0);
        JsList list = new JsList();
        for (double i = 0; Js.lt(i, n); i++) {
            if (list.size() >= in.maxSize()) {
                throw in.listTooLong(b);
            }
            list.push(item);
        }
        in.charge(b, list.size());
        return list;
    }

    private static Object getIndex(Interpreter in, Block b) {
        String mode = b.field("MODE", "GET");
        String where = b.field("WHERE", "FROM_START");
        Object list = in.value(b, "VALUE", new JsList());
        return switch (where) {
            case "FIRST" -> switch (mode) {
                case "GET" -> Js.index(list, 0);
                default -> mutableList(list, "remove").shift();
            };
            case "LAST" -> switch (mode) {
                case "GET" -> Js.index(slice(list, -1, Double.POSITIVE_INFINITY), 0);
                default -> mutableList(list, "remove").pop();
            };
            case "FROM_END" -> {
                double at = -Js.toNumber(in.value(b, "AT", 1.0));
                if (mode.equals("GET")) {
                    yield Js.index(slice(list, at, Double.POSITIVE_INFINITY), 0);
                }
                yield firstOrUndefined(mutableList(list, "remove").splice(at, 1));
            }
            case "RANDOM" -> {
                Object length = Js.length(list);
                double x = Math.floor(in.random().next() * Js.toNumber(length));
                if (mode.equals("GET")) {
                    yield Js.index(list, x);
                }
                yield firstOrUndefined(mutableList(list, "remove").splice(x, 1));
            }
            default -> {
                double at = Js.toNumber(in.value(b, "AT", 1.0)) - 1;
                if (mode.equals("GET")) {
                    yield Js.index(list, at);
                }
                yield firstOrUndefined(mutableList(list, "remove").splice(at, 1));
            }
        };
    }

    private static Object firstOrUndefined(JsList removed) {
        return removed.size() > 0 ? removed.get(0) : Nil.UNDEFINED;
    }

    /** Lists are the only values with shift/pop/splice/push; texts cannot be changed in place. */
    private static JsList mutableList(Object v, String purpose) {
        if (v instanceof JsList l) {
            return l;
        }
        if (v instanceof Nil n) {
            throw new JsTypeError(Js.nothingMessage(n, "item"));
        }
        throw Js.typeError(v).needs("list-to." + purpose);
    }

    /** lists_setIndex: SET assigns (setting past the end leaves holes), INSERT splices in. */
    static void setIndex(Interpreter in, Block b) {
        Object list = in.value(b, "LIST", new JsList());
        String mode = b.field("MODE", "SET");
        String where = b.field("WHERE", "FROM_START");
        boolean insert = mode.equals("INSERT");
        double at = switch (where) {
            case "FROM_START" -> Js.toNumber(in.value(b, "AT", 1.0)) - 1;
            case "FROM_END" -> Js.toNumber(in.value(b, "AT", 1.0));
            default -> 0;
        };
        if (where.equals("RANDOM")) {
            Object length = Js.length(list);
            at = Math.floor(in.random().next() * Js.toNumber(length));
        }
        Object value = in.value(b, "TO", Nil.NULL);
        if (list instanceof Nil n) {
            throw new JsTypeError(Js.nothingMessage(n, "item"));
        }
        if (!(list instanceof JsList l)) {
            if (insert) {
                throw Js.typeError(list).needs("list-to.insert");
            }
            return; // assigning list[i] on a text or number does nothing in JavaScript
        }
        switch (where) {
            case "FIRST" -> {
                if (insert) {
                    l.unshift(value);
                } else {
                    l.setAt(0, value);
                }
            }
            case "LAST" -> {
                if (insert) {
                    l.push(value);
                } else {
                    l.setAt(l.size() - 1.0, value);
                }
            }
            case "FROM_END" -> {
                double index = l.size() - at;
                if (insert) {
                    l.splice(index, 0, value);
                } else {
                    setChecked(in, b, l, index, value);
                }
            }
            default -> {
                if (insert) {
                    l.splice(at, 0, value);
                } else {
                    setChecked(in, b, l, at, value);
                }
            }
        }
        in.checkList(b, l);
    }

    private static void setChecked(Interpreter in, Block b, JsList l, double index, Object value) {
        if (index >= in.maxSize() && index == Math.floor(index) && index < 4294967295.0) {
            throw in.listTooLong(b); // check before growing: list[10^9] = x would otherwise allocate the holes
        }
        l.setAt(index, value);
    }

    private static Object split(Interpreter in, Block b) {
        String mode = b.field("MODE", "SPLIT");
        if (mode.equals("JOIN")) {
            Object input = in.value(b, "INPUT", new JsList());
            Object delimiter = in.value(b, "DELIM", "");
            JsList list = requireList(input, "join");
            in.charge(b, list.size());
            return list.join(delimiter == Nil.UNDEFINED ? "," : Js.toStr(delimiter));
        }
        Object input = in.value(b, "INPUT", "");
        Object delimiter = in.value(b, "DELIM", "");
        String text = TextBlocks.requireText(input, "split");
        in.charge(b, text.length());
        if (delimiter == Nil.UNDEFINED) {
            return JsList.of(text);
        }
        List<String> parts = JsStrings.split(text, Js.toStr(delimiter));
        return new JsList(parts);
    }

    /** Blockly's listsGetSortCompare on a copy: NUMERIC subtracts, TEXT/IGNORE_CASE never return 0. */
    private static Object sort(Interpreter in, Block b) {
        Object list = in.value(b, "LIST", new JsList());
        String type = b.field("TYPE", "NUMERIC");
        double direction = "-1".equals(b.field("DIRECTION", "1")) ? -1 : 1;
        JsList copy = requireList(slice(list, 0, Double.POSITIVE_INFINITY), "sort");
        long[] comparisons = {0};
        JsSort.CompareFn compare = switch (type) {
            case "TEXT" -> (x, y) -> (Js.toStr(x).compareTo(Js.toStr(y)) > 0 ? 1 : -1) * direction;
            case "IGNORE_CASE" -> (x, y) ->
                    (JsStrings.lower(Js.toStr(x)).compareTo(JsStrings.lower(Js.toStr(y))) > 0 ? 1 : -1) * direction;
            default -> (x, y) -> (Js.toNumber(x) - Js.toNumber(y)) * direction;
        };
        JsSort.sort(copy, (x, y) -> {
            if (++comparisons[0] % 256 == 0) {
                in.charge(b, 256);
            }
            return compare.compare(x, y);
        });
        return copy;
    }
}
