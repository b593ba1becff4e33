package dk.opdag.lab;

import static dk.opdag.db.Tables.LAB_HINTS_SEEN;
import static dk.opdag.db.Tables.LAB_LEVEL_RESULT;
import static dk.opdag.db.Tables.LAB_RUN;
import static dk.opdag.db.Tables.LAB_WORKSPACE;
import static dk.opdag.db.Tables.LAB_WORKSPACE_VERSION;
import static dk.opdag.experiment.TestBlocks.*;
import static org.assertj.core.api.Assertions.assertThat;

import dk.opdag.account.CodeKind;
import dk.opdag.experiment.level.Grade;
import dk.opdag.experiment.level.LevelSpec;
import dk.opdag.testing.Fixtures;
import dk.opdag.testing.TestDatabase;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.node.ObjectNode;

/**
 * Levels in the lab, on H2 and embedded PostgreSQL: a pupil climbs levels, the best result per level is kept and never
 * lowered, hidden cases stay out of what is stored, and work stored before levels is migrated and adopted with
 * nothing lost.
 */
class LabLevelsTest {

    /** Level 1 of a decoding experiment: one visible message. */
    static final LabExperiment FIX = level("ret", 1, """
            {"world": "text", "start": {"text": "IFK"}, "checks": [{"type": "output_equals", "lines": ["HEJ"]}],
             "idealBlocks": 3}""");

    /** Level 2: the same idea on a hidden message too, so a program that writes the answer fails. */
    static final LabExperiment GENERALISE = level("alle", 2, """
            {"world": "text", "cases": [
               {"name": "IFK", "start": {"text": "IFK"}, "checks": [{"type": "output_equals", "lines": ["HEJ"]}]},
               {"hidden": true, "start": {"text": "TLPMF"}, "checks": [{"type": "output_equals", "lines": ["SKOLE"]}]}
             ], "idealBlocks": 3}""");

    static final LabExperiment CREATE = level("skab", 3, """
            {"world": "text", "start": {"text": "TAK"}, "checks": [{"type": "output_contains", "text": "UBL"}]}""");

    static LabExperiment level(String levelId, int number, String spec) {
        return new LabExperiment("koder", levelId, "Koder", "Læs koder.", "Niveau " + number, "Opgave " + number,
                number, 3, LevelSpec.fromJson(json(spec)), "{\"kind\":\"flyoutToolbox\",\"contents\":[]}", "{}",
                List.of("Et skub."), "Et eksempel.", null, "{}");
    }

    /** A timestamp literal both databases read (the old schema has no generated classes to insert with). */
    private static String at(OffsetDateTime t) {
        return "TIMESTAMP WITH TIME ZONE '" + t.toLocalDate() + " " + t.toLocalTime() + ":00+00'";
    }

    private static ObjectNode caesar(int shift) {
        return field(input(input(block("codes_caesar"), "TEXT", block("codes_input")), "SHIFT", num(shift)),
                "ALPHABET", "DA");
    }

    static final String DECODE = program(print(caesar(-1)));
    static final String LONGER = program(set("b", block("codes_input")),
            print(field(input(input(block("codes_caesar"), "TEXT", get("b")), "SHIFT", num(-1)), "ALPHABET", "DA")));
    static final String HARD_CODED = program(print(txt("HEJ")));

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aPupilClimbsLevelsAndTheBestResultIsKept(TestDatabase db) {
        LabTestSetup t = new LabTestSetup(db);
        List<LabExperiment> levels = List.of(FIX, GENERALISE, CREATE);
        List<LabService.LevelState> start = t.lab.path(t.asta, levels);
        assertThat(start).extracting(LabService.LevelState::open).containsExactly(true, false, false);
        assertThat(LabService.current(start).levelId()).isEqualTo("ret");

        // Too long first: passes, not perfect. Then perfect. Then a wrong run does not lower the best.
        assertThat(t.lab.run(t.asta, FIX, 0, LONGER).graded().score()).isEqualTo(Grade.TOO_MANY_BLOCKS);
        List<LabService.LevelState> passed = t.lab.path(t.asta, levels);
        assertThat(passed.getFirst().passed()).isTrue();
        assertThat(passed.getFirst().perfect()).isFalse();
        assertThat(passed.get(1).open()).isTrue();
        assertThat(passed.get(2).open()).isFalse();
        int revision = t.lab.open(t.asta, FIX).revision();
        assertThat(t.lab.run(t.asta, FIX, revision, DECODE).graded().perfect()).isTrue();
        revision = t.lab.open(t.asta, FIX).revision();
        assertThat(t.lab.run(t.asta, FIX, revision, HARD_CODED.replace("HEJ", "NEJ")).graded().passed()).isFalse();
        LabRepository.LevelBest best = t.repository.best(t.asta.id(), "koder").stream()
                .filter(b -> b.levelId().equals("ret")).findFirst().orElseThrow();
        assertThat(best.bestScore()).isEqualTo(Grade.ALL_PASS);
        assertThat(best.runs()).isEqualTo(3);
        assertThat(best.firstPassedAt()).isNotNull();
        assertThat(LabService.current(t.lab.path(t.asta, levels)).levelId()).isEqualTo("alle");

        // Each level keeps its own work: level 2 starts from its own start, level 1's program is still there.
        assertThat(t.lab.open(t.asta, GENERALISE).workspace()).isEqualTo("{}");
        assertThat(t.lab.open(t.asta, FIX).workspace()).isNotEqualTo("{}");
        // Another pupil's path is untouched.
        assertThat(t.lab.path(t.bo, levels)).extracting(LabService.LevelState::open).containsExactly(true, false,
                false);
        // Staff see every level open and store nothing.
        assertThat(t.lab.path(t.teacher, levels)).allMatch(LabService.LevelState::open);
        // Runs and events carry the level.
        assertThat(t.repository.runs(t.asta.id(), "koder", "ret", 10)).hasSize(3)
                .extracting(LabRepository.Run::score).containsExactly(Grade.WRONG, Grade.ALL_PASS, Grade.TOO_MANY_BLOCKS);
        assertThat(t.events).filteredOn(s -> s.event().kind() == LabProgressEvent.Kind.RAN)
                .allSatisfy(s -> assertThat(s.event().levelId()).isEqualTo("ret"));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aHardCodedAnswerFailsTheGeneraliseLevelAndNothingHiddenIsStored(TestDatabase db) {
        LabTestSetup t = new LabTestSetup(db);
        LabService.RunOutcome run = t.lab.run(t.asta, GENERALISE, 0, HARD_CODED);
        assertThat(run.graded().score()).isEqualTo(Grade.ONLY_SHOWN_CASES);
        assertThat(run.graded().hardCoded()).isTrue();
        assertThat(run.result().passed()).isTrue(); // the case the pupil sees does pass
        LabRepository.Run stored = t.repository.runs(t.asta.id(), "koder", "alle", 1).getFirst();
        assertThat(stored.passed()).isFalse();
        assertThat(stored.failedChecks()).contains("samme svar").doesNotContain("TLPMF", "SKOLE");
        assertThat(t.lab.path(t.asta, List.of(FIX, GENERALISE, CREATE)).get(1).passed()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void hintsAreCountedPerLevelUpToTheWorkedExample(TestDatabase db) {
        LabTestSetup t = new LabTestSetup(db);
        assertThat(LabService.rungs(FIX)).isEqualTo(2); // one hint and the worked example
        assertThat(t.lab.revealHint(t.asta, FIX, 0)).isEqualTo(1);
        assertThat(t.lab.revealHint(t.asta, FIX, 1)).isEqualTo(2);
        assertThat(t.lab.revealHint(t.asta, FIX, 2)).isEqualTo(2);
        assertThat(t.lab.open(t.asta, FIX).hintsSeen()).isEqualTo(2);
        assertThat(t.lab.open(t.asta, GENERALISE).hintsSeen()).isZero();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void workFromBeforeLevelsIsMigratedAndAdoptedByTheLegacyLevelWithNothingLost(TestDatabase db) {
        TestDatabase.Partial before = db.freshUpTo("7");
        DSLContext old = before.dsl();
        Fixtures f = new Fixtures(old);
        long klass = f.newClass("5.B", "OLD5B", CodeKind.WORDS);
        long pupil = f.pupil(klass, "Asta", null, "kage tog 7");
        OffsetDateTime then = OffsetDateTime.parse("2026-01-10T09:00:00Z");
        // What the lab stored before levels: a workspace, two versions, a failed and a passed run, two hints seen.
        old.execute("INSERT INTO lab_workspace (pupil_id, experiment_id, revision, workspace, saved_at) "
                + "VALUES (?, 'koder', 4, '{\"old\":true}', " + at(then) + ")", pupil);
        for (int r = 1; r <= 2; r++) {
            old.execute("INSERT INTO lab_workspace_version (pupil_id, experiment_id, revision, workspace, saved_at) "
                    + "VALUES (?, 'koder', ?, '{}', " + at(then.plusMinutes(r)) + ")", pupil, r);
        }
        old.execute("INSERT INTO lab_run (pupil_id, experiment_id, ran_at, passed, steps, failed_checks, error, "
                + "revision) VALUES (?, 'koder', " + at(then.plusMinutes(3)) + ", FALSE, 3, NULL, NULL, 2)", pupil);
        old.execute("INSERT INTO lab_run (pupil_id, experiment_id, ran_at, passed, steps, failed_checks, error, "
                + "revision) VALUES (?, 'koder', " + at(then.plusMinutes(5)) + ", TRUE, 4, NULL, NULL, 4)", pupil);
        old.execute("INSERT INTO lab_hints_seen (pupil_id, experiment_id, hints_seen, seen_at) VALUES (?, 'koder', 2, "
                + at(then) + ")", pupil);

        before.migrateRest().run(); // V10, V11: the upgrade

        DSLContext dsl = old;
        assertThat(dsl.fetch(LAB_WORKSPACE)).singleElement().satisfies(w -> {
            assertThat(w.getLevelId()).isEmpty();
            assertThat(w.getRevision()).isEqualTo(4);
            assertThat(w.getWorkspace()).isEqualTo("{\"old\":true}");
        });
        assertThat(dsl.fetch(LAB_RUN)).extracting(r -> r.getScore()).containsExactlyInAnyOrder(Grade.WRONG,
                Grade.TOO_MANY_BLOCKS);
        assertThat(dsl.fetch(LAB_LEVEL_RESULT)).singleElement().satisfies(r -> {
            assertThat(r.getBestScore()).isEqualTo(Grade.TOO_MANY_BLOCKS);
            assertThat(r.getRuns()).isEqualTo(2);
            assertThat(r.getFirstPassedAt().toInstant()).isEqualTo(then.plusMinutes(5).toInstant());
        });

        // The curriculum is loaded: the experiment has levels now, and its old work belongs to level "ret".
        LabRepository repository = new LabRepository(dsl);
        int moved = repository.adoptLegacyWork("koder", "ret");
        assertThat(moved).isEqualTo(1 + 2 + 2 + 1 + 1);
        assertThat(repository.adoptLegacyWork("koder", "ret")).isZero(); // the next start: nothing left to move
        assertThat(repository.current(pupil, "koder", "ret").orElseThrow().workspace()).isEqualTo("{\"old\":true}");
        assertThat(repository.versions(pupil, "koder", "ret", 10)).hasSize(2);
        assertThat(repository.runs(pupil, "koder", "ret", 10)).hasSize(2);
        assertThat(repository.hintsSeen(pupil, "koder", "ret")).isEqualTo(2);
        assertThat(repository.best(pupil, "koder")).singleElement()
                .satisfies(b -> assertThat(b.levelId()).isEqualTo("ret"));
        Function<org.jooq.Table<?>, Integer> legacyRows = table -> dsl.fetchCount(table,
                DSL.field("level_id", String.class).eq(""));
        for (org.jooq.Table<?> table : List.of(LAB_WORKSPACE, LAB_WORKSPACE_VERSION, LAB_RUN, LAB_HINTS_SEEN,
                LAB_LEVEL_RESULT)) {
            assertThat(legacyRows.apply(table)).as(table.getName()).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void adoptionNeverOverwritesWorkAlreadyOnTheLevel(TestDatabase db) {
        LabTestSetup t = new LabTestSetup(db);
        OffsetDateTime now = OffsetDateTime.now(t.clock);
        t.repository.save(t.asta.id(), "koder", "", 0, "{\"legacy\":1}", now);
        t.repository.recordResult(t.asta.id(), "koder", "", Grade.ALL_PASS, now);
        t.repository.save(t.asta.id(), "koder", "ret", 0, "{\"new\":1}", now);
        t.repository.recordResult(t.asta.id(), "koder", "ret", Grade.WRONG, now);

        t.repository.adoptLegacyWork("koder", "ret");

        assertThat(t.repository.current(t.asta.id(), "koder", "ret").orElseThrow().workspace()).isEqualTo("{\"new\":1}");
        assertThat(t.repository.versions(t.asta.id(), "koder", "ret", 10)).hasSize(1);
        long versionId = t.repository.versions(t.asta.id(), "koder", "ret", 10).getFirst().id();
        assertThat(t.repository.version(t.asta.id(), "koder", "ret", versionId)).contains("{\"legacy\":1}");
        assertThat(t.repository.best(t.asta.id(), "koder")).singleElement().satisfies(b -> {
            assertThat(b.bestScore()).isEqualTo(Grade.ALL_PASS);
            assertThat(b.runs()).isEqualTo(2);
        });
        assertThat(t.repository.current(t.asta.id(), "koder", "")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void progressSummariesShowTheLevelReachedAndTheBestPerLevel(TestDatabase db) {
        LabTestSetup t = new LabTestSetup(db);
        t.lab.run(t.asta, FIX, 0, DECODE);
        t.lab.run(t.asta, GENERALISE, 0, HARD_CODED);
        t.lab.run(t.bo, FIX, 0, LONGER);
        ProgressSummaries summaries = new ProgressSummaries(t.dsl);
        List<ProgressSummaries.Summary> all = summaries.of(List.of(t.asta.id(), t.bo.id()), List.of("koder"),
                e -> List.of("ret", "alle", "skab"));
        ProgressSummaries.Summary asta = all.stream().filter(s -> s.pupilId() == t.asta.id()).findFirst().orElseThrow();
        assertThat(asta.levelCount()).isEqualTo(3);
        assertThat(asta.levelReached()).isEqualTo(2);
        assertThat(asta.levelsPassed()).isEqualTo(1);
        assertThat(asta.levelsPerfect()).isEqualTo(1);
        assertThat(asta.runsOnCurrentLevel()).isEqualTo(1);
        assertThat(asta.passed()).isFalse();
        assertThat(asta.levels()).extracting(ProgressSummaries.LevelProgress::bestScore)
                .containsExactly(Grade.ALL_PASS, Grade.ONLY_SHOWN_CASES, null);
        ProgressSummaries.Summary bo = all.stream().filter(s -> s.pupilId() == t.bo.id()).findFirst().orElseThrow();
        assertThat(bo.levelsPassed()).isEqualTo(1);
        assertThat(bo.levelsPerfect()).isZero();
    }
}
