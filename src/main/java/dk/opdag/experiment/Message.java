package dk.opdag.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import dk.opdag.experiment.world.StartStates;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A text the engine shows a pupil, as a key in the {@code engine} bundle plus its arguments, so the lab can render
 * it in the pupil's language. An argument may itself be a message (a part of a sentence, such as what a block
 * needs); it is rendered in the same language first. A literal (key null) reads the same in every language: it is
 * kept for texts that are not the engine's own (an activity's own hint, a teacher's YAML error).
 *
 * @param key     key in {@code i18n/engine.properties}, or null for a literal
 * @param args    the pattern's arguments (numbers, names, nested messages); never hidden test data
 * @param literal the text when {@code key} is null
 */
public record Message(String key, List<Object> args, String literal) {

    public Message {
        args = Collections.unmodifiableList(new ArrayList<>(args)); // a null argument reads "null", as it did before
        if ((key == null) == (literal == null)) {
            throw new IllegalArgumentException("a message has either a key or a literal text");
        }
    }

    /** A message from the bundle. */
    public static Message of(String key, Object... args) {
        return new Message(Objects.requireNonNull(key), Arrays.asList(args), null);
    }

    /** A text that is not the engine's own (an activity's own words); it reads the same in every language. */
    public static Message literal(String text) {
        return new Message(null, List.of(), Objects.requireNonNull(text));
    }

    /**
     * A measured number (a length, a temperature) as an argument: at most two decimals, written with a decimal comma
     * in Danish and a decimal point in English.
     */
    public record Decimal(double value) {

        /** The number in the given language. */
        public String in(Locale locale) {
            String danish = StartStates.danish(value);
            if (locale == null || !"en".equals(locale.getLanguage())) {
                return danish;
            }
            return Double.isNaN(value) ? "NaN"
                    : Double.isInfinite(value) ? (value > 0 ? "infinity" : "minus infinity")
                    : danish.replace(',', '.');
        }
    }

    /** A measured number as an argument, see {@link Decimal}. */
    public static Decimal decimal(double value) {
        return new Decimal(value);
    }

    /** The text in Danish, as the engine has always written it. */
    public String danish() {
        return in(null);
    }

    /** The text in the given language (Danish unless English is asked for). */
    public String in(Locale locale) {
        if (literal != null) {
            return literal;
        }
        Object[] values = args.toArray();
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Message part) {
                values[i] = part.in(locale);
            } else if (values[i] instanceof Decimal d) {
                values[i] = d.in(locale);
            }
        }
        return EngineMessages.text(locale, key, values);
    }

    /** The message as JSON ({@code {"key":..,"args":[..]}} or {@code {"literal":..}}), for trace events. */
    public ObjectNode toJson() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        if (literal != null) {
            return o.put("literal", literal);
        }
        o.put("key", key);
        ArrayNode a = o.putArray("args");
        for (Object arg : args) {
            switch (arg) {
                case Message m -> a.add(m.toJson());
                case Decimal d -> a.addObject().put("decimal", d.value());
                case Integer i -> a.add(i);
                case Long l -> a.add(l);
                case Double d -> a.add(d);
                case null -> a.addNull();
                default -> a.add(String.valueOf(arg));
            }
        }
        return o;
    }

    /** Reads what {@link #toJson()} wrote. */
    public static Message fromJson(JsonNode node) {
        if (node.path("literal").isString()) {
            return literal(node.get("literal").stringValue());
        }
        List<Object> args = new ArrayList<>();
        for (JsonNode a : node.path("args")) {
            args.add(a.has("decimal") ? new Decimal(a.get("decimal").asDouble())
                    : a.isObject() ? fromJson(a)
                    : a.isInt() ? (Object) a.intValue()
                    : a.isIntegralNumber() ? (Object) a.longValue()
                    : a.isNumber() ? (Object) a.doubleValue()
                    : a.isNull() ? null
                    : a.asString(""));
        }
        return new Message(node.path("key").stringValue(), args, null);
    }
}
