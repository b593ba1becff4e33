package dk.opdag.curriculum.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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

    /** The activities reviewed on branch content-trust (issue 14); the others are filled in on another branch. */
    static final List<String> REVIEWED_HERE = List.of("beskeden-der-rejser", "byg-en-glosequiz",
            "design-til-en-rigtig-bruger", "doeren-der-ved-du-kommer", "drivhuset-der-passer-sig-selv",
            "hvad-kan-en-chatbot", "hvem-fisker-efter-dit-kodeord", "hvem-foelger-efter-dig-paa-nettet",
            "hvem-skal-have-pladsen", "hvor-meget-stroem-bruger-skolen", "hvorfor-fylder-billedet", "knaek-koden",
            "kodeord-er-hemmelige", "laer-computeren-katte", "maa-chatbotten-skrive-din-opgave",
            "madpakke-instruktionen", "naar-maskinen-laerer-skaevt", "opskriften-er-en-algoritme",
            "pakker-paa-nettet", "skolebussens-vej", "svindlerens-vaerktoejskasse", "tegn-med-pixels",
            "hvem-kan-se-hvad-i-aula");

    @Test
    void theActivitiesReviewedHereHaveEveryGuideField() {
        assertThat(REVIEWED_HERE).allSatisfy(id -> {
            assertThat(strict.curriculum().activity(id)).as(id).hasValueSatisfying(a -> {
                assertThat(a.reviewed()).isNotNull();
                assertThat(a.guide().evaluation()).allSatisfy(e -> assertThat(e.emerging()).isNotNull());
            });
            assertThat(missingIn(id)).as(id).isEmpty();
        });
    }

    @Test
    void everyReviewedActivityHasEveryGuideField() {
        assertThat(strict.curriculum().activities()).filteredOn(a -> a.reviewed() != null)
                .allSatisfy(a -> assertThat(missingIn(a.id())).as(a.id()).isEmpty());
    }

    @Test
    void reviewedActivitiesMeetTheLengthAndReadabilityRules() {
        Set<String> rules = Set.of(Rule.BACKGROUND_LENGTH.id(), Rule.VOCABULARY_LIX.id(), Rule.REVIEW_OVERDUE.id());
        List<Problem> found = strict.warnings().stream().filter(p -> rules.contains(p.rule())).toList();
        assertThat(found).as(found.stream().map(Problem::format).collect(Collectors.joining("\n"))).isEmpty();
    }

    @Test
    void theNewFieldsBreakNoOtherRule() {
        List<Problem> other = strict.errors().stream()
                .filter(p -> !p.rule().equals(Rule.GUIDE_FIELD_MISSING.id())).toList();
        assertThat(other).as(other.stream().map(Problem::format).collect(Collectors.joining("\n"))).isEmpty();
    }
}
