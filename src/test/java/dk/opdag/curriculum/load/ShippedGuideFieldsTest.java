package dk.opdag.curriculum.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped activities' review date, background, word list, answer key and evaluation levels (issue 14). Missing
 * fields are warnings until {@link GuideFieldChecks#MISSING_IS_ERROR} is flipped; an activity that has been reviewed
 * must already have all of them.
 */
class ShippedGuideFieldsTest {

    static LoadResult strict;

    @BeforeAll
    static void load() {
        strict = CurriculumLoader.loadWithGuideFieldsRequired(ShippedCurriculumTest.SHIPPED);
    }

    private static List<Problem> missingIn(String activityId) {
        return strict.errors().stream().filter(p -> p.file().equals("activities/" + activityId + ".yaml"))
                .filter(p -> p.rule().equals(Rule.GUIDE_FIELD_MISSING.id())).toList();
    }

    @Test
    void everyReviewedActivityHasEveryGuideField() {
        assertThat(strict.curriculum().activities()).filteredOn(a -> a.reviewed() != null)
                .allSatisfy(a -> assertThat(missingIn(a.id())).as(a.id()).isEmpty());
    }

    @Test
    void theNewFieldsBreakNoOtherRule() {
        assertThat(strict.errors()).filteredOn(p -> !p.rule().equals(Rule.GUIDE_FIELD_MISSING.id())).isEmpty();
    }
}
