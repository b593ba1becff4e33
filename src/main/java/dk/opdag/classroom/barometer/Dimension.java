package dk.opdag.classroom.barometer;

import java.util.List;

/**
 * The three things pupils rate themselves on: using technology (brug), understanding what it does to us
 * (forståelse) and exploring what it can do (opdagelse). Each is compared with the pupil's work in the competence
 * areas closest to it: using with teknologisk handleevne; understanding with computationel tankegang and digital
 * myndiggørelse; exploring with digital design.
 */
public enum Dimension {
    BRUG(List.of("th")),
    FORSTAAELSE(List.of("ct", "dm")),
    OPDAGELSE(List.of("dd"));

    private final List<String> areas;

    Dimension(List<String> areas) {
        this.areas = areas;
    }

    /** Competence area codes of the goal framework. */
    public List<String> areas() {
        return areas;
    }
}
