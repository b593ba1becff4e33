package dk.opdag.curriculum.yearplan;

/** Week numbers of a school year as the sample plans use them: uge 33 to uge 52, then uge 1 to uge 26. */
public final class SchoolWeeks {

    public static final int FIRST = 33;
    public static final int LAST = 26;

    private SchoolWeeks() {
    }

    public static boolean valid(int week) {
        return week >= FIRST && week <= 52 || week >= 1 && week <= LAST;
    }

    /** Position in the school year: uge 33 is 0, uge 52 is 19, uge 1 is 20. */
    public static int order(int week) {
        return week >= FIRST ? week - FIRST : week + 19;
    }
}
