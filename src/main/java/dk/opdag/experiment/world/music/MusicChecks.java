package dk.opdag.experiment.world.music;

import dk.opdag.experiment.check.CheckFields;
import dk.opdag.experiment.check.GoalCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The music world's goal checks; {@link MusicState} evaluates them.
 */
public final class MusicChecks {

    /** A note name as the music world reads it (Pitch): C4, F#3, Bb5, H4. */
    private static final Pattern NOTE = Pattern.compile("[A-Ha-h][#b]?[0-8]");

    private MusicChecks() {
    }

    /** Reads one of the music world's checks; empty for other types. */
    static Optional<GoalCheck> read(String type, CheckFields f) {
        return Optional.ofNullable(switch (type) {
            case "notes_equal" -> notes(f);
            case "total_beats" -> new TotalBeats(f.number("beats"), f.optionalNumber("tolerance", 1e-9));
            case "repeated_motif" -> {
                int length = f.optionalInteger("length", 3);
                int times = f.optionalInteger("times", 2);
                if (length < 1 || times < 2) {
                    throw f.error("'length' skal være mindst 1 node og 'times' mindst 2 gange.");
                }
                yield new RepeatedMotif(length, times);
            }
            default -> null;
        });
    }

    /** Notes as ["C4", "D4"] or [{"note": "C4", "beats": 1}, ...]. */
    private static GoalCheck notes(CheckFields f) {
        JsonNode arr = f.present("notes");
        if (!arr.isArray() || arr.isEmpty()) {
            throw f.error("'notes' skal være en ikke-tom liste af noder, fx [\"C4\", \"E4\"].");
        }
        List<String> notes = new ArrayList<>();
        List<Double> beats = new ArrayList<>();
        boolean withBeats = true;
        for (JsonNode n : arr) {
            String name = n.isString() ? n.stringValue() : n.isObject() && n.path("note").isString()
                    ? n.path("note").stringValue() : null;
            if (name != null && !NOTE.matcher(name.trim()).matches()) {
                throw f.error("'" + name + "' er ikke en node. Skriv et bogstav fra A til H og et tal, fx \"C4\" "
                        + "eller \"F#4\".");
            }
            if (n.isString()) {
                notes.add(name);
                withBeats = false;
            } else if (name != null) {
                notes.add(name);
                if (n.path("beats").isNumber() && n.path("beats").asDouble() > 0) {
                    beats.add(n.path("beats").asDouble());
                } else if (n.has("beats")) {
                    throw f.error("'beats' for " + name + " skal være et tal større end 0.");
                } else {
                    withBeats = false;
                }
            } else {
                throw f.error("hver node skal være en tekst som \"C4\" eller {\"note\": \"C4\", \"beats\": 1}.");
            }
        }
        return new NotesEqual(notes, withBeats ? beats : null);
    }

    /** The played notes are exactly these (compared by pitch); beats compared too when given. */
    public record NotesEqual(List<String> notes, List<Double> beats) implements GoalCheck {
        public NotesEqual {
            notes = List.copyOf(notes);
            beats = beats == null ? null : List.copyOf(beats);
        }

        public String type() {
            return "notes_equal";
        }
    }

    /** The music (notes and rests) lasts this many beats. */
    public record TotalBeats(double beats, double tolerance) implements GoalCheck {
        public String type() {
            return "total_beats";
        }
    }

    /** Some motif of {@code length} notes is played at least {@code times} times. */
    public record RepeatedMotif(int length, int times) implements GoalCheck {
        public String type() {
            return "repeated_motif";
        }
    }
}
