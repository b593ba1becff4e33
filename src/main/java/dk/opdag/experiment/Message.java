package dk.opdag.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A text the engine shows a pupil, as a key in the {@code engine} bundle plus its arguments, so the lab can render
 * it in the pupil's language. A message not yet moved into the bundle carries its Danish text as a literal (key
 * null) and reads the same in every language.
 *
 * @param key     key in {@code i18n/engine.properties}, or null for a literal
 * @param args    the pattern's arguments (numbers, names); never hidden test data
 * @param literal the Danish text when {@code key} is null
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

    /** A Danish text that is not yet in the bundle. */
    public static Message literal(String danish) {
        return new Message(null, List.of(), Objects.requireNonNull(danish));
    }

    /** The text in Danish, as the engine has always written it. */
    public String danish() {
        return literal != null ? literal : EngineMessages.danish(key, args.toArray());
    }

    /** The text in the given language (Danish unless English is asked for). */
    public String in(Locale locale) {
        return literal != null ? literal : EngineMessages.text(locale, key, args.toArray());
    }
}
