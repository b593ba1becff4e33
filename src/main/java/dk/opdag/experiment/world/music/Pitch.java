package dk.opdag.experiment.world.music;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A note name like C4, F#3 or Bb5 (H is accepted for B, as Danish music teaching writes it). */
record Pitch(String name, int midi) {

    private static final Pattern NOTE = Pattern.compile("([A-Ha-h])([#b]?)([0-8])");
    private static final int[] SEMITONES = {9, 11, 0, 2, 4, 5, 7, 11}; // A B C D E F G H

    /** Parses a note name; null when it is not one. */
    static Pitch parse(String text) {
        Matcher m = NOTE.matcher(text.trim());
        if (!m.matches()) {
            return null;
        }
        char letter = Character.toUpperCase(m.group(1).charAt(0));
        if (letter == 'H') {
            letter = 'B';
        }
        int semitone = SEMITONES[letter - 'A'];
        int accidental = m.group(2).equals("#") ? 1 : m.group(2).equals("b") ? -1 : 0;
        int octave = Integer.parseInt(m.group(3));
        int midi = 12 * (octave + 1) + semitone + accidental;
        return new Pitch(String.valueOf(letter) + m.group(2) + octave, midi);
    }

    double frequency() {
        return 440 * Math.pow(2, (midi - 69) / 12.0);
    }

    @Override
    public String toString() {
        return name.toUpperCase(Locale.ROOT);
    }
}
