package dk.opdag.training.module;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.opdag.account.SignedInUser;
import dk.opdag.testing.TestDatabase;
import dk.opdag.training.TrainingWorld;
import dk.opdag.training.content.Module;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Modules: the knowledge check, completing, the private logbook and the practice task in one's own class. */
class ModuleServiceTest {

    private static List<Integer> rightAnswers(Module m) {
        List<Integer> answers = new ArrayList<>();
        m.check().forEach(q -> answers.add(q.correctIndex()));
        return answers;
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theCheckIsMarkedWithExplanationsAndTheModuleCompletesAfterIt(TestDatabase db) {
        TrainingWorld w = new TrainingWorld(db);
        SignedInUser bo = w.l.bo;
        Module m = w.catalog.module("loekker").orElseThrow();
        assertThatThrownBy(() -> w.modules.complete(bo, m.id())).hasMessage("training.module.error.check-first");
        List<Integer> unanswered = new ArrayList<>(rightAnswers(m));
        unanswered.set(1, null);
        assertThatThrownBy(() -> w.modules.submitCheck(bo, m.id(), unanswered))
                .hasMessage("training.check.error.unanswered");
        assertThatThrownBy(() -> w.modules.submitCheck(bo, m.id(), List.of(0)))
                .hasMessage("training.check.error.unanswered");

        List<Integer> oneWrong = rightAnswers(m);
        oneWrong.set(2, (oneWrong.get(2) + 1) % m.check().get(2).options().size());
        var outcome = w.modules.submitCheck(bo, m.id(), oneWrong);
        assertThat(outcome.correct()).isEqualTo(m.check().size() - 1);
        assertThat(outcome.questions().get(2).right()).isFalse();
        assertThat(outcome.questions().get(2).explanation()).isEqualTo(m.check().get(2).explanation());
        assertThat(w.modules.state(bo, m.id()).status()).isEqualTo(ModuleService.Status.STARTED);

        w.modules.complete(bo, m.id());
        var state = w.modules.state(bo, m.id());
        assertThat(state.status()).isEqualTo(ModuleService.Status.COMPLETED);
        assertThat(state.check().correct()).isEqualTo(m.check().size() - 1);
        assertThat(w.modules.overview(bo).stream().filter(t -> t.track().id().equals("programmering"))
                .findFirst().orElseThrow().completed()).isEqualTo(1);
        assertThat(w.modules.overview(w.l.anne).stream().mapToLong(ModuleService.TrackEntry::completed).sum())
                .isZero();
        assertThatThrownBy(() -> w.modules.state(bo, "findes-ikke")).hasMessage("training.module.error.not-found");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theLogbookIsPrivateAndItsOwnerCanDeleteIt(TestDatabase db) {
        TrainingWorld w = new TrainingWorld(db);
        SignedInUser bo = w.l.bo;
        w.modules.saveEntry(bo, "sekvens", 0, "Robot-legen virkede.");
        w.modules.saveEntry(bo, "sekvens", 0, "Robot-legen virkede godt.");
        w.modules.saveEntry(bo, "loekker", 1, "Dans i matematik.");
        assertThat(w.modules.logbook(bo)).hasSize(2).extracting(ModuleRepository.LogbookEntry::entry)
                .contains("Robot-legen virkede godt.", "Dans i matematik.");
        assertThat(w.modules.logbook(bo).stream().filter(e -> e.moduleId().equals("sekvens")).findFirst()
                .orElseThrow().prompt()).isEqualTo(w.catalog.module("sekvens").orElseThrow().reflection().get(0));
        assertThat(w.modules.logbook(w.l.anne)).isEmpty();
        assertThat(w.modules.state(w.l.anne, "sekvens").logbook()).isEmpty();

        long boEntry = w.modules.logbook(bo).getFirst().id();
        assertThatThrownBy(() -> w.modules.deleteEntry(w.l.anne, boEntry))
                .hasMessage("training.logbook.error.not-found");
        assertThatThrownBy(() -> w.modules.saveEntry(bo, "sekvens", 9, "x"))
                .hasMessage("training.logbook.error.prompt");
        assertThatThrownBy(() -> w.modules.saveEntry(bo, "sekvens", 0, "x".repeat(ModuleService.MAX_ENTRY + 1)))
                .hasMessage("training.logbook.error.long");

        w.modules.saveEntry(bo, "loekker", 1, "  ");
        assertThat(w.modules.logbook(bo)).hasSize(1);
        w.modules.deleteEntry(bo, w.modules.logbook(bo).getFirst().id());
        assertThat(w.modules.logbook(bo)).isEmpty();
        w.modules.saveEntry(bo, "sekvens", 1, "Igen.");
        assertThat(w.modules.deleteLogbook(bo)).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void thePracticeTaskIsGivenThroughTheClassroomAndTheModuleSeesWhenTheClassHasDoneIt(TestDatabase db) {
        TrainingWorld w = new TrainingWorld(db);
        SignedInUser bo = w.l.bo;
        // "Løkker" gives the dance activity; the module for the turtle gives "skildpadden-tegner".
        Module m = w.catalog.module("din-foerste-lektion").orElseThrow();
        assertThat(m.inClass().activityId()).isEqualTo("skildpadden-tegner");
        assertThat(w.modules.practiceClasses(bo)).extracting(c -> c.name()).containsExactly("5.B");
        assertThat(w.modules.state(bo, m.id()).practice()).isEmpty();

        var status = w.modules.assignPractice(bo, m.id(), w.l.fiveB, List.of(w.l.asta, w.l.magnus));
        assertThat(status.className()).isEqualTo("5.B");
        assertThat(status.pupilsTotal()).isEqualTo(2);
        assertThat(status.pupilsDone()).isZero();
        assertThat(status.done()).isFalse();
        assertThat(w.l.assignments.ofClass(bo, w.l.fiveB)).singleElement()
                .satisfies(a -> assertThat(a.activityId()).isEqualTo("skildpadden-tegner"));

        w.l.passEveryLevel(w.l.asta, "skildpadde-sekskant");
        var half = w.modules.state(bo, m.id()).practice().orElseThrow();
        assertThat(half.pupilsDone()).isEqualTo(1);
        assertThat(half.done()).isTrue();
        assertThat(w.modules.state(bo, m.id()).status()).isEqualTo(ModuleService.Status.STARTED);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void practiceOnlyInTheTeachersOwnClasses(TestDatabase db) {
        TrainingWorld w = new TrainingWorld(db);
        assertThatThrownBy(() -> w.modules.assignPractice(w.l.anne, "din-foerste-lektion", w.l.fiveB, List.of()))
                .hasMessage("class.error.no-access");
        assertThatThrownBy(() -> w.modules.practiceClasses(w.leader)).hasMessage("training.error.teachers-only");
        assertThatThrownBy(() -> w.modules.pupils(w.l.anne, w.l.fiveB)).hasMessage("class.error.no-access");
        assertThat(w.l.assignments.ofClass(w.l.bo, w.l.fiveB)).isEmpty();
    }
}
