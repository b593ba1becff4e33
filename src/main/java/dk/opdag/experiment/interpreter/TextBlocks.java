package dk.opdag.experiment.interpreter;

import dk.opdag.experiment.js.Js;
import dk.opdag.experiment.js.JsList;
import dk.opdag.experiment.js.JsStrings;
import dk.opdag.experiment.js.JsTypeError;
import dk.opdag.experiment.js.Nil;
import dk.opdag.experiment.program.Block;

/** Blockly's text blocks as the JavaScript generator writes them, including what happens with non-text values. */
final class TextBlocks {

    private TextBlocks() {
    }

    static Object eval(Interpreter in, Block b) {
        return switch (b.type()) {
            case "text" -> b.field("TEXT", "");
            case "text_join" -> join(in, b);
            case "text_length" -> Js.length(in.value(b, "VALUE", ""));
            case "text_isEmpty" -> !Js.truthy(Js.length(in.value(b, "VALUE", "")));
            case "text_indexOf" -> indexOfZeroBased(in, b) + 1.0;
            case "text_charAt" -> charAt(in, b);
            case "text_getSubstring" -> substring(in, b);
            case "text_changeCase" -> {
                String s = requireText(in.value(b, "TEXT", ""), "case");
                yield switch (b.field("CASE", "UPPERCASE")) {
                    case "LOWERCASE" -> JsStrings.lower(s);
                    case "TITLECASE" -> JsStrings.titleCase(s);
                    default -> JsStrings.upper(s);
                };
            }
            case "text_trim" -> {
                String s = requireText(in.value(b, "TEXT", ""), "trim");
                yield switch (b.field("MODE", "BOTH")) {
                    case "LEFT" -> JsStrings.trimStart(s);
                    case "RIGHT" -> JsStrings.trimEnd(s);
                    default -> JsStrings.trim(s);
                };
            }
            case "text_count" -> count(in, b);
            case "text_replace" -> {
                Object text = in.value(b, "TEXT", "");
                Object from = in.value(b, "FROM", "");
                Object to = in.value(b, "TO", "");
                String needle = requireText(from, "replace");
                String haystack = requireText(text, "replace");
                in.charge(b, haystack.length());
                yield JsStrings.replaceAll(haystack, needle, Js.toStr(to));
            }
            case "text_reverse" -> JsStrings.reverseCodeUnits(requireText(in.value(b, "TEXT", ""), "reverse"));
            default -> throw new IllegalStateException("Unknown text block " + b.type());
        };
    }

    /** Fails the way calling a string method on something else fails in JavaScript. */
    static String requireText(Object v, String purpose) { // purpose: a key under engine.js.needs.text.
        if (v instanceof String s) {
            return s;
        }
        throw Js.typeError(v).needs("text." + purpose);
    }

    /** 0 items: '', 1: String(a), 2: String(a) + String(b), more: [a, b, c].join('') (null/undefined become ''). */
    private static Object join(Interpreter in, Block b) {
        int count = b.mutation().itemCount();
        if (count <= 0) {
            return "";
        }
        if (count <= 2) {
            String out = Js.toStr(in.value(b, "ADD0", ""));
            if (count == 2) {
                out = Js.concat(out, Js.toStr(in.value(b, "ADD1", "")));
            }
            return out;
        }
        JsList parts = new JsList();
        for (int i = 0; i < count; i++) {
            parts.push(in.value(b, "ADD" + i, ""));
        }
        return parts.join("");
    }

    /**
     * The {@code text.indexOf(find)} part of text_indexOf and lists_indexOf, before the generated {@code + 1}
     * (which an enclosing addition may absorb, see {@link MathBlocks}).
     */
    static double indexOfZeroBased(Interpreter in, Block b) {
        boolean first = !"LAST".equals(b.field("END", "FIRST"));
        Object text = in.value(b, "VALUE", b.type().equals("lists_indexOf") ? new JsList() : "");
        Object find = in.value(b, "FIND", "");
        return indexOf(text, find, first);
    }

    /** {@code text.indexOf(x)}: text search on texts, strict-equality search on lists. */
    static int indexOf(Object text, Object find, boolean first) {
        return switch (text) {
            case String s -> first ? s.indexOf(Js.toStr(find)) : s.lastIndexOf(Js.toStr(find));
            case JsList l -> first ? l.indexOfStrict(find) : l.lastIndexOfStrict(find);
            case Nil n -> throw new JsTypeError(Js.nothingMessage(n, "position"));
            default -> throw Js.typeError(text).needs("text-or-list-search");
        };
    }

    private static Object charAt(Interpreter in, Block b) {
        String where = b.field("WHERE", "FROM_START");
        Object text = in.value(b, "VALUE", "");
        return switch (where) {
            case "FIRST" -> JsStrings.charAt(requireText(text, "find-letter"), 0);
            case "LAST" -> ListBlocks.slice(text, -1, Double.POSITIVE_INFINITY);
            case "FROM_END" -> {
                double at = -Js.toNumber(in.value(b, "AT", 1.0));
                Object tail = ListBlocks.slice(text, at, Double.POSITIVE_INFINITY);
                yield JsStrings.charAt(requireText(tail, "find-letter"), 0);
            }
            case "RANDOM" -> {
                Object length = Js.length(text);
                double x = Math.floor(in.random().next() * Js.toNumber(length));
                yield Js.index(text, x);
            }
            default -> {
                String s = requireText(text, "find-letter");
                yield JsStrings.charAt(s, Js.toNumber(in.value(b, "AT", 1.0)) - 1);
            }
        };
    }

    /** text_getSubstring: FIRST..LAST returns the value untouched, otherwise slice with 1-based positions. */
    private static Object substring(Interpreter in, Block b) {
        String where1 = b.field("WHERE1", "FROM_START");
        String where2 = b.field("WHERE2", "FROM_START");
        Object text = in.value(b, "STRING", "");
        if (where1.equals("FIRST") && where2.equals("LAST")) {
            return text;
        }
        return ListBlocks.sublist(in, b, text, where1, where2);
    }

    private static Object count(Interpreter in, Block b) {
        Object text = in.value(b, "TEXT", "");
        Object sub = in.value(b, "SUB", "");
        Object needleLength = Js.length(sub); // needle.length === 0
        if (needleLength instanceof Double d && d == 0) {
            return Js.add(Js.length(text), 1.0);
        }
        String haystack = requireText(text, "count");
        in.charge(b, haystack.length());
        return (double) JsStrings.count(haystack, Js.toStr(sub));
    }
}
