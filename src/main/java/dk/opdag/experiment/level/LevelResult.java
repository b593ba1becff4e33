package dk.opdag.experiment.level;

import dk.opdag.experiment.Message;
import dk.opdag.experiment.RunResult;
import java.util.List;

/**
 * A level's verdict on one program. Everything here may be shown to the pupil: {@code shown} is a run of a case the
 * pupil can see, and hidden cases appear only as numbers that passed or failed.
 *
 * @param score      see {@link Grade}: below 20 fails, 20–29 passes, 30 and above is perfect
 * @param verdict    kind words for the pupil: what the verdict means and what to try next, as a message key the
 *                   lab renders in the pupil's language
 * @param shown      the run to replay: the first visible case that failed, else the first visible case
 * @param shownCase  the index of that case among the level's cases
 * @param cases      every case's outcome, in order
 * @param blockCount the blocks that count towards the ideal (no shadows, no plain values)
 * @param hardCoded  a hidden case got exactly what the shown case got: the program likely writes the answer
 *                   instead of working it out
 * @param readable   the workspace could be read (so it may also be stored: the lab then need not read it again)
 */
public record LevelResult(int score, Message verdict, RunResult shown, int shownCase, List<CaseOutcome> cases,
                          int blockCount, boolean hardCoded, boolean readable) {

    public LevelResult {
        cases = List.copyOf(cases);
    }

    /** A verdict on a workspace that could be read. */
    public LevelResult(int score, Message verdict, RunResult shown, int shownCase, List<CaseOutcome> cases,
                       int blockCount, boolean hardCoded) {
        this(score, verdict, shown, shownCase, cases, blockCount, hardCoded, true);
    }

    /** The verdict in Danish (stored runs, the CLI and content checks use this). */
    public String message() {
        return verdict.danish();
    }

    public Grade grade() {
        return Grade.of(score);
    }

    public boolean passed() {
        return grade().passed();
    }

    public boolean perfect() {
        return grade() == Grade.PERFECT;
    }
}
