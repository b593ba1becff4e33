package dk.opdag.training.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.opdag.account.SignedInUser;
import dk.opdag.testing.TestDatabase;
import dk.opdag.training.TrainingException;
import dk.opdag.training.TrainingWorld;
import dk.opdag.training.content.CompetenceItem;
import dk.opdag.training.content.Dimension;
import dk.opdag.training.content.Module;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The self-assessment (pausable, owner-only, deletable) and the profile report built from it. */
class SelfAssessmentAndProfileTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anAssessmentCanBePausedResumedAndFinishedOnlyWhenComplete(TestDatabase db) {
        TrainingWorld w = new TrainingWorld(db);
        SignedInUser bo = w.l.bo;
        List<CompetenceItem> items = w.catalog.content().competences().items();
        var started = w.assessments.startOrResume(bo);
        w.assessments.answer(bo, started.assessmentId(), items.get(0).id(), 2);
        w.assessments.answer(bo, started.assessmentId(), items.get(1).id(), 4);
        w.assessments.answer(bo, started.assessmentId(), items.get(1).id(), 3);

        var paused = w.assessments.paused(bo).orElseThrow();
        assertThat(paused.assessmentId()).isEqualTo(started.assessmentId());
        assertThat(paused.answered()).isEqualTo(2);
        assertThat(paused.answers()).containsEntry(items.get(1).id(), 3);
        assertThat(w.assessments.startOrResume(bo).assessmentId()).isEqualTo(started.assessmentId());
        assertThatThrownBy(() -> w.assessments.finish(bo, started.assessmentId()))
                .isInstanceOf(TrainingException.class)
                .satisfies(e -> assertThat(((TrainingException) e).params()).containsExactly((long) items.size() - 2));
        assertThatThrownBy(() -> w.assessments.answer(bo, started.assessmentId(), items.get(0).id(), 6))
                .hasMessage("training.assessment.error.rating");
        assertThatThrownBy(() -> w.assessments.answer(bo, started.assessmentId(), "findes-ikke", 2))
                .hasMessage("training.assessment.error.item");

        for (CompetenceItem item : items) {
            w.assessments.answer(bo, started.assessmentId(), item.id(), 2);
        }
        w.assessments.finish(bo, started.assessmentId());
        assertThat(w.assessments.paused(bo)).isEmpty();
        assertThatThrownBy(() -> w.assessments.answer(bo, started.assessmentId(), items.get(0).id(), 1))
                .hasMessage("training.assessment.error.finished");
        assertThat(w.assessments.startOrResume(bo).assessmentId()).isNotEqualTo(started.assessmentId());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void onlyTheOwnerAnswersReadsOrDeletesAnAssessment(TestDatabase db) {
        TrainingWorld w = new TrainingWorld(db);
        long mine = w.assessAll(w.l.bo, 3);
        long open = w.assessments.startOrResume(w.l.bo).assessmentId();
        SignedInUser anne = w.l.anne;
        String item = w.catalog.content().competences().items().getFirst().id();

        assertThatThrownBy(() -> w.assessments.answer(anne, open, item, 1))
                .hasMessage("training.assessment.error.not-found");
        assertThatThrownBy(() -> w.assessments.delete(anne, mine)).hasMessage("training.assessment.error.not-found");
        assertThatThrownBy(() -> w.assessments.startOrResume(w.l.pupil(w.l.asta, "Asta")))
                .hasMessage("training.error.staff-only");
        assertThat(w.profiles.report(anne).assessed()).isFalse();
        assertThat(w.profiles.report(w.l.bo).assessed()).isTrue();

        w.assessments.delete(w.l.bo, mine);
        assertThat(w.profiles.report(w.l.bo).assessed()).isFalse();
        w.assessAll(w.l.bo, 2); // finishes the open one
        w.assessments.startOrResume(w.l.bo);
        w.assessments.setPersonalTarget(w.l.bo, Dimension.DIDAKTIK, 4);
        assertThat(w.assessments.deleteAll(w.l.bo)).isEqualTo(2);
        assertThat(w.assessments.paused(w.l.bo)).isEmpty();
        assertThat(w.profiles.report(w.l.bo).history()).isEmpty();
        assertThat(w.assessments.personalTargets(w.l.bo)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theReportHasTargetVsActualStrongestWeakestGapsAndHistory(TestDatabase db) {
        TrainingWorld w = new TrainingWorld(db);
        SignedInUser bo = w.l.bo;
        w.assessAll(bo, 1);
        w.l.clock.advance(Duration.ofDays(60));
        // Strong in everything but two items of technology understanding.
        w.assess(bo, id -> id.equals("tek-variabler") ? 0 : id.equals("tek-fejl") ? 1 : 4);

        ProfileReport r = w.profiles.report(bo);
        assertThat(r.targetsAssumed()).isTrue();
        assertThat(r.history()).hasSize(2);
        assertThat(r.history().get(0).means()).containsEntry(Dimension.ANVENDELSE, 1.0);
        assertThat(r.history().get(1).means()).containsEntry(Dimension.ANVENDELSE, 4.0);
        ProfileReport.DimensionRow tek = r.dimensions().stream()
                .filter(d -> d.dimension() == Dimension.TEKNOLOGIFORSTAAELSE).findFirst().orElseThrow();
        assertThat(tek.actual()).isEqualTo(Math.round((4 * 4 + 0 + 1) / 6.0 * 10) / 10.0);
        assertThat(tek.target()).isEqualTo(ProfileReport.DEFAULT_TARGET);
        assertThat(tek.source()).isEqualTo(ProfileReport.TargetSource.DEFAULT);
        assertThat(r.weakest()).extracting(i -> i.item().id()).startsWith("tek-variabler", "tek-fejl");
        assertThat(r.strongest()).allMatch(i -> i.rating() == 4);
        assertThat(r.weakest().getFirst().descriptor()).isEqualTo(
                w.catalog.content().competences().item("tek-variabler").orElseThrow().levels().get(0));
        // The largest gap is tek-variabler (3 − 0): the first module that trains it comes first.
        Module first = r.recommendations().getFirst().module();
        assertThat(first.goals()).anyMatch(g -> g.itemId().equals("tek-variabler"));
        assertThat(r.recommendations()).hasSizeLessThanOrEqualTo(3)
                .allMatch(rec -> rec.because().stream().allMatch(i -> i.id().startsWith("tek-")));

        w.assessments.setPersonalTarget(bo, Dimension.TEKNOLOGIFORSTAAELSE, 5);
        ProfileReport withTarget = w.profiles.report(bo);
        assertThat(withTarget.targetsAssumed()).isFalse();
        assertThat(withTarget.dimensions()).filteredOn(d -> d.dimension() == Dimension.TEKNOLOGIFORSTAAELSE)
                .singleElement().satisfies(d -> {
                    assertThat(d.target()).isEqualTo(5);
                    assertThat(d.source()).isEqualTo(ProfileReport.TargetSource.PERSONAL);
                });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void knowledgeCheckResultsStandBesideTheSelfRatingAndCompletedModulesAreNotRecommended(TestDatabase db) {
        TrainingWorld w = new TrainingWorld(db);
        SignedInUser bo = w.l.bo;
        w.assess(bo, id -> id.equals("tek-algoritmer") ? 0 : 4);
        Module sekvens = w.catalog.module("sekvens").orElseThrow();
        List<Integer> answers = new ArrayList<>();
        sekvens.check().forEach(q -> answers.add(q.correctIndex()));
        answers.set(0, answers.get(0) == 0 ? 1 : 0); // one wrong
        var outcome = w.modules.submitCheck(bo, "sekvens", answers);
        assertThat(outcome.correct()).isEqualTo(sekvens.check().size() - 1);

        ProfileReport r = w.profiles.report(bo);
        ProfileReport.DimensionRow tek = r.dimensions().stream()
                .filter(d -> d.dimension() == Dimension.TEKNOLOGIFORSTAAELSE).findFirst().orElseThrow();
        assertThat(tek.checkCorrect()).isEqualTo(sekvens.check().size() - 1);
        assertThat(tek.checkTotal()).isEqualTo(sekvens.check().size());
        assertThat(r.dimensions()).filteredOn(d -> d.dimension() == Dimension.DIDAKTIK).singleElement()
                .satisfies(d -> assertThat(d.checkPercent()).isEqualTo(-1));

        List<String> before = r.recommendations().stream().map(x -> x.module().id()).toList();
        assertThat(before).contains("sekvens");
        w.modules.complete(bo, "sekvens");
        List<String> after = w.profiles.report(bo).recommendations().stream().map(x -> x.module().id()).toList();
        assertThat(after).doesNotContain("sekvens").isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aTeamTargetIsUsedWhenTheTeacherHasNone(TestDatabase db) {
        TrainingWorld w = new TrainingWorld(db);
        long team = w.teams.create(w.leader, "Mellemtrinnet");
        w.teams.addMember(w.leader, team, w.l.bo.id());
        w.teams.setTargets(w.leader, team, java.util.Map.of(Dimension.UDVIKLING, 4, Dimension.ANVENDELSE, 0));
        w.assessAll(w.l.bo, 2);

        ProfileReport r = w.profiles.report(w.l.bo);
        assertThat(r.dimensions()).filteredOn(d -> d.dimension() == Dimension.UDVIKLING).singleElement()
                .satisfies(d -> {
                    assertThat(d.target()).isEqualTo(4);
                    assertThat(d.source()).isEqualTo(ProfileReport.TargetSource.TEAM);
                });
        // Target 0 means "not in focus": no gap there, so nothing is recommended for it.
        assertThat(r.recommendations()).noneMatch(rec -> rec.because().stream()
                .allMatch(i -> i.dimension() == Dimension.ANVENDELSE));
        assertThat(Collections.frequency(r.dimensions().stream().map(ProfileReport.DimensionRow::source).toList(),
                ProfileReport.TargetSource.TEAM)).isEqualTo(2);
    }
}
