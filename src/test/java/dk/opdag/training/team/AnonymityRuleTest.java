package dk.opdag.training.team;

import static dk.opdag.training.team.AnonymityRule.Decision.NOTHING_NEW;
import static dk.opdag.training.team.AnonymityRule.Decision.SHOW;
import static dk.opdag.training.team.AnonymityRule.Decision.TOO_CLOSE;
import static dk.opdag.training.team.AnonymityRule.Decision.TOO_FEW;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rule alone: teacher id → assessment id. */
class AnonymityRuleTest {

    private static final Map<Long, Long> ABCD = Map.of(1L, 11L, 2L, 12L, 3L, 13L, 4L, 14L);

    @Test
    void fewerThanThreeAnswersShowNothing() {
        assertThat(AnonymityRule.decide(Map.of(), List.of())).isEqualTo(TOO_FEW);
        assertThat(AnonymityRule.decide(Map.of(1L, 11L, 2L, 12L), List.of())).isEqualTo(TOO_FEW);
        assertThat(AnonymityRule.decide(Map.of(1L, 11L, 2L, 12L, 3L, 13L), List.of())).isEqualTo(SHOW);
    }

    @Test
    void oneOrTwoPeopleDifferentFromAnEarlierProfileIsTooClose() {
        Map<Long, Long> oneLeft = Map.of(1L, 11L, 2L, 12L, 3L, 13L);
        Map<Long, Long> oneJoined = Map.of(1L, 11L, 2L, 12L, 3L, 13L, 4L, 14L, 5L, 15L);
        Map<Long, Long> oneRetook = Map.of(1L, 11L, 2L, 12L, 3L, 13L, 4L, 24L);
        Map<Long, Long> leftAndJoined = Map.of(1L, 11L, 2L, 12L, 3L, 13L, 5L, 15L);
        for (Map<Long, Long> candidate : List.of(oneLeft, oneJoined, oneRetook, leftAndJoined)) {
            assertThat(AnonymityRule.decide(candidate, List.of(ABCD))).as(candidate.toString()).isEqualTo(TOO_CLOSE);
        }
    }

    @Test
    void threeOrMorePeopleDifferentIsShownAndTheSameAnswersAreNothingNew() {
        Map<Long, Long> threeRetook = Map.of(1L, 21L, 2L, 22L, 3L, 23L, 4L, 14L);
        assertThat(AnonymityRule.decide(threeRetook, List.of(ABCD))).isEqualTo(SHOW);
        assertThat(AnonymityRule.decide(ABCD, List.of(ABCD))).isEqualTo(NOTHING_NEW);
        // Close to any earlier profile is enough to refuse, even if far from the newest.
        Map<Long, Long> nearFirst = Map.of(1L, 11L, 2L, 12L, 3L, 13L);
        assertThat(AnonymityRule.decide(nearFirst, List.of(ABCD, threeRetook))).isEqualTo(TOO_CLOSE);
        assertThat(AnonymityRule.changedPeople(ABCD, threeRetook)).isEqualTo(3);
    }
}
