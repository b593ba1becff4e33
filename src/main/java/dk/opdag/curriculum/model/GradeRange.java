package dk.opdag.curriculum.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.IntStream;

/** Klassetrin {@code from} to {@code to}, both inclusive. Not validated here: the loader reports bad ranges. */
public record GradeRange(int from, int to) {

    public boolean contains(int grade) {
        return grade >= from && grade <= to;
    }

    public boolean contains(GradeRange other) {
        return other.from >= from && other.to <= to;
    }

    public IntStream grades() {
        return IntStream.rangeClosed(from, to);
    }

    /** Bands touched by the grades 0–9 in this range (one for a valid activity). */
    public Set<GradeBand> bands() {
        EnumSet<GradeBand> bands = EnumSet.noneOf(GradeBand.class);
        grades().filter(g -> g >= 0 && g <= 9).forEach(g -> bands.add(GradeBand.of(g)));
        return Collections.unmodifiableSet(bands);
    }

    /** Danish notation: "5." or "4.–6.". */
    public String label() {
        return from == to ? from + "." : from + ".–" + to + ".";
    }
}
