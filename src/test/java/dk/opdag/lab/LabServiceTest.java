package dk.opdag.lab;

import static dk.opdag.experiment.TestBlocks.*;
import static dk.opdag.lab.LabTestSetup.HEXAGON;
import static dk.opdag.lab.LabTestSetup.MAZE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.opdag.testing.TestDatabase;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Autosave, revisions, versions, runs and events of the lab, on H2 and on embedded PostgreSQL. */
class LabServiceTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void opensTheStartWorkspaceThenTheSavedWork(TestDatabase db) {
        LabTestSetup t = new LabTestSetup(db);
        LabService.Opened first = t.lab.open(t.asta, HEXAGON);
        assertThat(first.workspace()).isEqualTo("{}");
        assertThat(first.revision()).isZero();
        assertThat(first.stored()).isTrue();

        SaveResult saved = t.lab.save(t.asta, HEXAGON, 0, LabTestSetup.step(10));
        assertThat(saved).isInstanceOf(SaveResult.Saved.class);
        assertThat(((SaveResult.Saved) saved).revision()).isEqualTo(1);

        LabService.Opened again = t.lab.open(t.asta, HEXAGON);
        assertThat(again.workspace()).isEqualTo(LabTestSetup.step(10));
        assertThat(again.revision()).isEqualTo(1);
        assertThat(again.savedAt()).isNotNull();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void autosaveCountsRevisionsIgnoresRepeatsAndKeepsAVersionEveryFewMinutes(TestDatabase db) {
        LabTestSetup t = new LabTestSetup(db);
        assertThat(t.lab.save(t.asta, HEXAGON, 0, "{}")).isInstanceOf(SaveResult.Unchanged.class);
        assertThat(t.lab.save(t.asta, HEXAGON, 0, LabTestSetup.step(1))).isEqualTo(
                new SaveResult.Saved(1, java.time.OffsetDateTime.now(t.clock)));
        t.clock.advance(Duration.ofSeconds(20));
        assertThat(t.lab.save(t.asta, HEXAGON, 1, LabTestSetup.step(2))).isInstanceOf(SaveResult.Saved.class);
        // The same content again (the page-leave beacon after an autosave that got through) changes nothing.
        SaveResult repeat = t.lab.save(t.asta, HEXAGON, 1, LabTestSetup.step(2));
        assertThat(repeat).isInstanceOf(SaveResult.Unchanged.class);
        assertThat(((SaveResult.Unchanged) repeat).revision()).isEqualTo(2);

        assertThat(t.lab.versions(t.asta, HEXAGON)).extracting(LabRepository.Version::revision).containsExactly(1);
        t.clock.advance(LabService.VERSION_EVERY);
        assertThat(t.lab.save(t.asta, HEXAGON, 2, LabTestSetup.step(3))).isInstanceOf(SaveResult.Saved.class);
        assertThat(t.lab.versions(t.asta, HEXAGON)).extracting(LabRepository.Version::revision).containsExactly(3, 1);
        assertThat(t.events).extracting(s -> s.event().kind()).containsOnly(LabProgressEvent.Kind.SAVED).hasSize(3);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aSecondTabNeverOverwritesSilently(TestDatabase db) {
        LabTestSetup t = new LabTestSetup(db);
        t.lab.save(t.asta, HEXAGON, 0, LabTestSetup.step(1));
        // Both tabs opened revision 1. Tab A saves first.
        assertThat(t.lab.save(t.asta, HEXAGON, 1, LabTestSetup.step(2))).isInstanceOf(SaveResult.Saved.class);
        SaveResult b = t.lab.save(t.asta, HEXAGON, 1, LabTestSetup.step(99));
        assertThat(b).isInstanceOf(SaveResult.Conflict.class);
        SaveResult.Conflict conflict = (SaveResult.Conflict) b;
        assertThat(conflict.theirRevision()).isEqualTo(2);
        assertThat(conflict.theirWorkspace()).isEqualTo(LabTestSetup.step(2));
        assertThat(t.lab.open(t.asta, HEXAGON).workspace()).isEqualTo(LabTestSetup.step(2));

        // Tab B decides to keep its own: tab A's work becomes a version, nothing is lost.
        SaveResult kept = t.lab.keepMine(t.asta, HEXAGON, conflict.theirRevision(), LabTestSetup.step(99));
        assertThat(kept).isEqualTo(new SaveResult.Saved(3, java.time.OffsetDateTime.now(t.clock)));
        assertThat(t.lab.open(t.asta, HEXAGON).workspace()).isEqualTo(LabTestSetup.step(99));
        long tabAVersion = t.lab.versions(t.asta, HEXAGON).stream().filter(v -> v.revision() == 2).findFirst()
                .orElseThrow().id();
        assertThat(t.repository.version(t.asta.id(), HEXAGON.id(), "", tabAVersion)).contains(LabTestSetup.step(2));

        // Two first saves at once: the second insert is a conflict too, not an error.
        assertThat(t.lab.save(t.asta, MAZE, 0, program(block("robot_move")))).isInstanceOf(SaveResult.Saved.class);
        assertThat(t.lab.save(t.asta, MAZE, 0, program(block("robot_turn_left"))))
                .isInstanceOf(SaveResult.Conflict.class);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void restoresOwnVersionsOnlyAndKeepsTheWorkItReplaces(TestDatabase db) {
        LabTestSetup t = new LabTestSetup(db);
        t.lab.save(t.asta, HEXAGON, 0, LabTestSetup.step(1));
        t.clock.advance(Duration.ofMinutes(5));
        t.lab.save(t.asta, HEXAGON, 1, LabTestSetup.step(2));
        t.clock.advance(Duration.ofSeconds(30));
        t.lab.save(t.asta, HEXAGON, 2, LabTestSetup.step(3)); // not a version yet (too soon)
        long first = t.lab.versions(t.asta, HEXAGON).getLast().id();

        LabService.Restored restored = t.lab.restore(t.asta, HEXAGON, first, 3).orElseThrow();
        assertThat(restored.workspace()).isEqualTo(LabTestSetup.step(1));
        assertThat(restored.save()).isInstanceOf(SaveResult.Saved.class);
        assertThat(t.lab.open(t.asta, HEXAGON).workspace()).isEqualTo(LabTestSetup.step(1));
        // Revision 3 was only in the current workspace; restoring kept it as a version.
        assertThat(t.lab.versions(t.asta, HEXAGON)).extracting(LabRepository.Version::revision).contains(3);

        // Another pupil cannot restore Asta's version, and nothing of Asta's shows for Bo.
        assertThat(t.lab.restore(t.bo, HEXAGON, first, 0)).isEmpty();
        assertThat(t.lab.open(t.bo, HEXAGON).workspace()).isEqualTo("{}");
        assertThat(t.lab.versions(t.bo, HEXAGON)).isEmpty();
        assertThat(t.lab.runs(t.bo, HEXAGON, 10)).isEmpty();
        // A version of one experiment cannot be restored into another.
        assertThat(t.lab.restore(t.asta, MAZE, first, 0)).isEmpty();

        LabService.Restored over = t.lab.startOver(t.asta, HEXAGON, 4);
        assertThat(over.workspace()).isEqualTo("{}");
        assertThat(t.lab.open(t.asta, HEXAGON).workspace()).isEqualTo("{}");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void everyRunIsStoredWithItsOutcome(TestDatabase db) {
        LabTestSetup t = new LabTestSetup(db);
        LabService.RunOutcome wrong = t.lab.run(t.asta, HEXAGON, 0, LabTestSetup.square());
        assertThat(wrong.result().passed()).isFalse();
        assertThat(wrong.save()).isInstanceOf(SaveResult.Saved.class);
        t.clock.advance(Duration.ofSeconds(5));
        LabService.RunOutcome right = t.lab.run(t.asta, HEXAGON, 1, LabTestSetup.hexagon());
        assertThat(right.result().passed()).isTrue();
        t.clock.advance(Duration.ofSeconds(5));
        LabService.RunOutcome endless = t.lab.run(t.asta, HEXAGON, 2,
                program(whileTrue(stmt("turtle_turn_right", "DEGREES", num(1)))));
        assertThat(endless.result().error()).isPresent();

        List<LabRepository.Run> runs = t.lab.runs(t.asta, HEXAGON, 10);
        assertThat(runs).hasSize(3);
        assertThat(runs.get(0).error()).isEqualTo(endless.result().error().get());
        assertThat(runs.get(0).passed()).isFalse();
        assertThat(runs.get(1).passed()).isTrue();
        assertThat(runs.get(1).failedChecks()).isNull();
        assertThat(runs.get(1).steps()).isEqualTo(right.result().steps()).isPositive();
        assertThat(runs.get(2).failedChecks()).contains("\"type\":\"polygon\"").contains("sekskant");
        // A teacher reading the runs in English sees the engine's messages in English; Danish stays as stored.
        java.util.Locale english = java.util.Locale.ENGLISH;
        java.util.Locale danish = java.util.Locale.of("da");
        assertThat(LabReadService.errorMessage(runs.get(0), danish)).isEqualTo(runs.get(0).error());
        assertThat(LabReadService.errorMessage(runs.get(0), english)).isNotBlank()
                .isNotEqualTo(runs.get(0).error());
        assertThat(LabReadService.failedCheckMessages(runs.get(2).failedChecks(), danish))
                .isEqualTo(LabReadService.failedCheckMessages(runs.get(2).failedChecks()));
        assertThat(String.join(" ", LabReadService.failedCheckMessages(runs.get(2).failedChecks(), english)))
                .contains("hexagon").doesNotContain("sekskant");
        // Each program that ran can be found again as a version.
        assertThat(t.lab.versions(t.asta, HEXAGON)).extracting(LabRepository.Version::revision)
                .contains(1, 2, 3);

        List<LabTestSetup.Seen> ran = t.events.stream()
                .filter(s -> s.event().kind() == LabProgressEvent.Kind.RAN).toList();
        assertThat(ran).extracting(s -> s.event().passed()).containsExactly(false, true, false);
        assertThat(ran).extracting(s -> s.event().revision()).containsExactly(1, 2, 3);
        assertThat(ran).allMatch(LabTestSetup.Seen::inTransaction);
        assertThat(ran).allMatch(s -> s.event().pupilId() == t.asta.id()
                && s.event().experimentId().equals(HEXAGON.id()));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void badWorkspacesGetAClearMessageAndLeaveTheSavedWorkUntouched(TestDatabase db) {
        LabTestSetup t = new LabTestSetup(db);
        t.lab.save(t.asta, HEXAGON, 0, LabTestSetup.hexagon());
        String huge = program(stmt("turtle_forward", "DISTANCE", txt("x".repeat(5 * 1024 * 1024))));
        String unknownBlock = program(block("robot_move"));
        for (String bad : new String[] {huge, "{\"blocks\": {\"blocks\": [", "   ", unknownBlock, "[1, 2]"}) {
            SaveResult result = t.lab.save(t.asta, HEXAGON, 1, bad);
            assertThat(result).isInstanceOf(SaveResult.Refused.class);
            LabService.RunOutcome run = t.lab.run(t.asta, HEXAGON, 1, bad);
            assertThat(run.result().error()).isPresent();
            assertThat(run.save()).isInstanceOf(SaveResult.Refused.class);
        }
        assertThat(((SaveResult.Refused) t.lab.save(t.asta, HEXAGON, 1, huge)).messageKey())
                .isEqualTo("lab.refused.too-large");
        SaveResult.Refused unknown = (SaveResult.Refused) t.lab.save(t.asta, HEXAGON, 1, unknownBlock);
        assertThat(unknown.messageKey()).isEqualTo("lab.refused.broken");
        assertThat(unknown.detail()).contains("robot_move");

        LabService.Opened after = t.lab.open(t.asta, HEXAGON);
        assertThat(after.workspace()).isEqualTo(LabTestSetup.hexagon());
        assertThat(after.revision()).isEqualTo(1);
        assertThat(t.lab.runs(t.asta, HEXAGON, 20)).hasSize(5).allMatch(r -> r.error() != null && !r.passed());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void eventsAreSentInsideTheStoringTransaction(TestDatabase db) {
        LabTestSetup t = new LabTestSetup(db);
        t.lab.save(t.asta, HEXAGON, 0, LabTestSetup.step(1));
        assertThat(t.events).singleElement().satisfies(s -> {
            assertThat(s.inTransaction()).isTrue();
            assertThat(s.event()).extracting(LabProgressEvent::kind, LabProgressEvent::revision, LabProgressEvent::passed)
                    .containsExactly(LabProgressEvent.Kind.SAVED, 1, false);
        });
        // A listener that fails (say the classroom's outbox write) rolls the save back with it.
        t.failListener = new IllegalStateException("outbox down");
        assertThatThrownBy(() -> t.lab.save(t.asta, HEXAGON, 1, LabTestSetup.step(2)))
                .hasMessage("outbox down");
        assertThatThrownBy(() -> t.lab.run(t.asta, HEXAGON, 1, LabTestSetup.hexagon())).hasMessage("outbox down");
        assertThat(t.lab.open(t.asta, HEXAGON).workspace()).isEqualTo(LabTestSetup.step(1));
        assertThat(t.lab.runs(t.asta, HEXAGON, 10)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theFreeExperimentIsStoredButIsNoProgress(TestDatabase db) {
        LabTestSetup t = new LabTestSetup(db);
        LabExperiment free = new LabExperiment(LabExperiment.FREE_ID, "Frit eksperiment", "",
                LabTestSetup.spec("console", "{}", "[]"), "{}", "{}", List.of());
        String hello = program(print(txt("Hej")));
        LabService.RunOutcome run = t.lab.run(t.asta, free, 0, hello);
        assertThat(run.result().output()).containsExactly("Hej");
        assertThat(t.lab.open(t.asta, free).workspace()).isEqualTo(hello);
        assertThat(t.lab.runs(t.asta, free, 5)).hasSize(1);
        assertThat(t.events).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void staffPreviewStoresNothing(TestDatabase db) {
        LabTestSetup t = new LabTestSetup(db);
        LabService.Opened opened = t.lab.open(t.teacher, HEXAGON);
        assertThat(opened.stored()).isFalse();
        assertThat(t.lab.save(t.teacher, HEXAGON, 0, LabTestSetup.hexagon())).isInstanceOf(SaveResult.NotStored.class);
        LabService.RunOutcome run = t.lab.run(t.teacher, HEXAGON, 0, LabTestSetup.hexagon());
        assertThat(run.result().passed()).isTrue();
        assertThat(run.save()).isInstanceOf(SaveResult.NotStored.class);
        assertThat(t.repository.current(t.teacher.id(), HEXAGON.id(), "")).isEmpty();
        assertThat(t.repository.runs(t.teacher.id(), HEXAGON.id(), "", 5)).isEmpty();
        assertThat(t.events).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void revealedHintsAreRememberedNeverLoweredAndNeverMoreThanThereAre(TestDatabase db) {
        LabTestSetup t = new LabTestSetup(db);
        assertThat(t.lab.open(t.asta, HEXAGON).hintsSeen()).isZero();
        assertThat(t.lab.revealHint(t.asta, HEXAGON, 0)).isEqualTo(1);
        assertThat(t.lab.open(t.asta, HEXAGON).hintsSeen()).isEqualTo(1);
        assertThat(t.lab.revealHint(t.asta, HEXAGON, 1)).isEqualTo(2);
        // A second tab opened before the second hint asks for its "next" one: the count stays, nothing is undone.
        assertThat(t.lab.revealHint(t.asta, HEXAGON, 0)).isEqualTo(2);
        assertThat(t.lab.revealHint(t.asta, HEXAGON, 2)).isEqualTo(2);
        assertThat(t.lab.open(t.asta, HEXAGON).hintsSeen()).isEqualTo(2);
        assertThat(t.lab.open(t.bo, HEXAGON).hintsSeen()).isZero();
        assertThat(t.lab.open(t.asta, MAZE).hintsSeen()).isZero();

        assertThat(t.lab.revealHint(t.teacher, HEXAGON, 0)).isEqualTo(1);
        assertThat(t.repository.hintsSeen(t.teacher.id(), HEXAGON.id(), "")).isZero();
    }

    @org.junit.jupiter.api.Test
    void failedChecksFitTheColumnAsJson() {
        List<dk.opdag.experiment.CheckOutcome> many = java.util.stream.IntStream.range(0, 40)
                .mapToObj(i -> dk.opdag.experiment.CheckOutcome.fail("output_equals", "ø".repeat(300) + i)).toList();
        String json = LabService.failedChecks(many);
        assertThat(json.length()).isLessThanOrEqualTo(4000);
        assertThat(MAPPER.readTree(json).size()).isBetween(5, 39);
        assertThat(LabService.failedChecks(List.of(dk.opdag.experiment.CheckOutcome.pass("no_error", "fint"))))
                .isNull();
    }
}
