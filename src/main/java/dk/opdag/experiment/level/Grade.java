package dk.opdag.experiment.level;

/**
 * A run's verdict on a level, in Code.org's bands: a score below 20 fails, 20–29 passes, 30 and above is perfect.
 * The scores inside a band say why, so that later tools (the barometer of real level) can tell "stopped with an
 * error" from "works only on the example".
 */
public enum Grade {
    FAIL,
    PASS,
    PERFECT;

    /** The program could not be read or stopped with an error. */
    public static final int ERROR = 0;
    /** A case the pupil can see is not solved. */
    public static final int WRONG = 10;
    /** Every case the pupil can see is solved, but a hidden one is not: the program is not general. */
    public static final int ONLY_SHOWN_CASES = 15;
    /** Every case is solved, but a block the task asks for is missing ("brug en løkke"). */
    public static final int MISSING_BLOCK = 18;
    /** Solved, with more blocks than the ideal solution needs. */
    public static final int TOO_MANY_BLOCKS = 20;
    /** Solved, and no longer than the ideal solution. */
    public static final int ALL_PASS = 30;

    /** The band a score falls in. */
    public static Grade of(int score) {
        return score >= ALL_PASS ? PERFECT : score >= TOO_MANY_BLOCKS ? PASS : FAIL;
    }

    public boolean passed() {
        return this != FAIL;
    }
}
