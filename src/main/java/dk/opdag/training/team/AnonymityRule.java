package dk.opdag.training.team;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * When a team profile may be shown. Every number shown must combine at least {@link #MIN_ANSWERS} people's answers,
 * also when two profiles are compared:
 * <ul>
 * <li>fewer than 3 answers: nothing is shown ("For få svar til at vise et billede");</li>
 * <li>a shown profile is frozen: a member who leaves later does not change it, so the old and a recomputed number
 *     can never be subtracted;</li>
 * <li>a new profile is refused while it differs from an earlier shown one in only 1 or 2 people's answers (one left,
 *     one joined, one answered again): the difference of the two would be those people's answers. It is shown once 3
 *     or more people differ, or not at all if nobody does (nothing new).</li>
 * </ul>
 * A person differs when they are in only one of the two profiles, or in both with another assessment.
 */
public final class AnonymityRule {

    public static final int MIN_ANSWERS = 3;

    public enum Decision {
        /** Show it. */
        SHOW,
        /** Fewer than 3 answers: keep the attempt, show no numbers. */
        TOO_FEW,
        /** 1 or 2 people differ from an earlier shown profile: refuse, nothing is stored or shown. */
        TOO_CLOSE,
        /** The same answers as an earlier shown profile: nothing to show that is not shown already. */
        NOTHING_NEW
    }

    private AnonymityRule() {
    }

    /**
     * @param candidate teacher id → assessment id of the answers a new profile would combine
     * @param earlier   the same for every profile shown before
     */
    public static Decision decide(Map<Long, Long> candidate, Collection<Map<Long, Long>> earlier) {
        if (candidate.size() < MIN_ANSWERS) {
            return Decision.TOO_FEW;
        }
        boolean tooClose = false;
        for (Map<Long, Long> shown : earlier) {
            int changed = changedPeople(candidate, shown);
            if (changed == 0) {
                return Decision.NOTHING_NEW;
            }
            tooClose |= changed < MIN_ANSWERS;
        }
        return tooClose ? Decision.TOO_CLOSE : Decision.SHOW;
    }

    /** People in only one of the two, or in both with different assessments. */
    static int changedPeople(Map<Long, Long> a, Map<Long, Long> b) {
        Set<Long> people = new HashSet<>(a.keySet());
        people.addAll(b.keySet());
        return (int) people.stream().filter(p -> !Objects.equals(a.get(p), b.get(p))).count();
    }
}
