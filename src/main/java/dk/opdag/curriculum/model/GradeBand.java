package dk.opdag.curriculum.model;

/** The three trin of the folkeskole; goals are set "after" the last grade of a band (3., 6., 9.). */
public enum GradeBand {
    B0_3("0-3", 0, 3),
    B4_6("4-6", 4, 6),
    B7_9("7-9", 7, 9);

    private final String label;
    private final int from;
    private final int to;

    GradeBand(String label, int from, int to) {
        this.label = label;
        this.from = from;
        this.to = to;
    }

    /** The band a grade (0–9) belongs to. */
    public static GradeBand of(int grade) {
        for (GradeBand band : values()) {
            if (band.contains(grade)) {
                return band;
            }
        }
        throw new IllegalArgumentException("grade outside 0-9: " + grade);
    }

    /** The band whose goals are reached "after" this grade: 3, 6 or 9. */
    public static GradeBand ofAfter(int after) {
        for (GradeBand band : values()) {
            if (band.to == after) {
                return band;
            }
        }
        throw new IllegalArgumentException("goals are set after 3, 6 or 9, not " + after);
    }

    public String label() {
        return label;
    }

    public int from() {
        return from;
    }

    public int to() {
        return to;
    }

    public boolean contains(int grade) {
        return grade >= from && grade <= to;
    }

    /** The band as a grade range; its {@link GradeRange#label()} is the Danish "4.–6.". */
    public GradeRange range() {
        return new GradeRange(from, to);
    }
}
