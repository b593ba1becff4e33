package dk.opdag.classroom;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A pupil's first name and optional initial, parsed from what a teacher typed or a school system exported.
 * Only the first name and the first letter of a surname are kept: children's data, minimum collected.
 */
public record PupilName(String firstName, String initial) {

    public static final int MAX_LENGTH = 40;
    // Letters (any alphabet), combining marks, spaces, hyphens and apostrophes: names, not markup.
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}'’ -]*");
    private static final Pattern INITIAL = Pattern.compile("\\p{L}\\.?");

    /** "Anna", "Anna B.", "Anna B", "Anna Bech Jensen" (→ Anna B.), "Ali-Reza K." */
    public static Optional<PupilName> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
        if (text.isEmpty() || text.length() > MAX_LENGTH * 2) {
            return Optional.empty();
        }
        String[] parts = text.split(" ");
        String first = parts[0];
        String initial = null;
        if (parts.length > 1) {
            String last = parts[parts.length - 1];
            if (!INITIAL.matcher(last).matches() && !NAME.matcher(last).matches()) {
                return Optional.empty();
            }
            initial = last.substring(0, 1).toUpperCase();
        }
        if (first.length() > MAX_LENGTH || !NAME.matcher(first).matches()) {
            return Optional.empty();
        }
        for (int i = 1; i < parts.length - 1; i++) {
            if (!NAME.matcher(parts[i]).matches()) {
                return Optional.empty();
            }
        }
        return Optional.of(new PupilName(capitalise(first), initial));
    }

    private static String capitalise(String name) {
        return name.substring(0, 1).toUpperCase() + name.substring(1);
    }

    public String display() {
        return initial == null ? firstName : firstName + " " + initial + ".";
    }

    public boolean sameAs(String otherFirst, String otherInitial) {
        return firstName.equalsIgnoreCase(otherFirst)
                && (initial == null ? otherInitial == null || otherInitial.isBlank()
                                    : initial.equalsIgnoreCase(otherInitial));
    }
}
