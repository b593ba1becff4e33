package dk.opdag.classroom.progress;

import static dk.opdag.classroom.LessonFixture.TURTLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.opdag.classroom.LessonFixture;
import dk.opdag.classroom.progress.ProgressGrid.Counts;
import dk.opdag.testing.TestDatabase;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The teacher's grid over real lab rows: states, stuck detection, run counts and counts per column. */
class ProgressServiceTest {

    private static final String SQUARE = "test-firkant";
    private static final String TRIANGLE = "test-trekant";
    private static final String STAR = "test-stjerne";

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void cellsShowNotStartedWorkingPassedAndStuckWithRunCountsAndColumnCounts(TestDatabase db) {
        LessonFixture l = new LessonFixture(db);
        long id = l.assignments.assign(l.bo, l.fiveB, TURTLE, List.of(), null);
        // Asta: passed the square after one failed run, is working on the triangle.
        l.run(l.asta, SQUARE, false);
        l.run(l.asta, SQUARE, true);
        l.save(l.asta, TRIANGLE);
        // Magnus: three failed runs in a row on the square.
        l.run(l.magnus, SQUARE, false);
        l.run(l.magnus, SQUARE, false);
        l.run(l.magnus, SQUARE, false);
        // Liva has not started anything. An experiment outside the assignment does not count.
        l.run(l.liva, "noget-andet", true);

        ProgressGrid grid = l.progress.grid(l.bo, id);

        assertThat(grid.className()).isEqualTo("5.B");
        assertThat(grid.columns()).extracting(ProgressGrid.Column::experimentId)
                .containsExactly(SQUARE, TRIANGLE, STAR);
        assertThat(grid.rows()).extracting(ProgressGrid.Row::name).containsExactly("Asta", "Liva", "Magnus");
        ProgressGrid.Row asta = grid.rows().get(0);
        assertThat(asta.cells()).extracting(ProgressGrid.Cell::status)
                .containsExactly(CellStatus.PASSED, CellStatus.WORKING, CellStatus.NOT_STARTED);
        assertThat(asta.cells()).extracting(ProgressGrid.Cell::runs).containsExactly(2, 0, 0);
        assertThat(asta.cells().get(1).lastChange()).isNotNull();
        assertThat(grid.rows().get(1).cells()).extracting(ProgressGrid.Cell::status).containsOnly(CellStatus.NOT_STARTED);
        ProgressGrid.Row magnus = grid.rows().get(2);
        assertThat(magnus.cells().getFirst().status()).isEqualTo(CellStatus.STUCK);
        assertThat(magnus.cells().getFirst().runs()).isEqualTo(3);

        assertThat(grid.counts(0)).isEqualTo(new Counts(1, 0, 1, 1));
        assertThat(grid.counts(1)).isEqualTo(new Counts(2, 1, 0, 0));
        assertThat(grid.counts(2)).isEqualTo(new Counts(3, 0, 0, 0));
        assertThat(asta.progressScore()).isGreaterThan(magnus.progressScore());
        assertThat(grid.asOfEvent()).isZero();
        long event = new dk.opdag.classroom.live.ProgressOutboxRepository(l.dsl).append(l.fiveB, l.asta, SQUARE,
                true, true, java.time.OffsetDateTime.now(l.clock));
        new dk.opdag.classroom.live.ProgressOutboxRepository(l.dsl).append(l.twoA, l.alma, SQUARE, true, true,
                java.time.OffsetDateTime.now(l.clock));
        assertThat(l.progress.grid(l.bo, id).asOfEvent()).isEqualTo(event);
        assertThat(magnus.progressScore()).isGreaterThan(grid.rows().get(1).progressScore());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void idleTimeIsNeverStuckOnlyFailedRunsWithinTheWindowAre(TestDatabase db) {
        LessonFixture l = new LessonFixture(db);
        long id = l.assignments.assign(l.bo, l.fiveB, TURTLE, List.of(), null);
        // Asta tried once and logged off for a week: working, not stuck.
        l.run(l.asta, SQUARE, false);
        l.clock.advance(Duration.ofDays(7));
        assertThat(status(l, id, "Asta")).isEqualTo(CellStatus.WORKING);
        // Two more failures now, but the first one is far outside the window: still not stuck.
        l.run(l.asta, SQUARE, false);
        l.run(l.asta, SQUARE, false);
        assertThat(status(l, id, "Asta")).isEqualTo(CellStatus.WORKING);
        // A third failure within the window: trying and failing, so stuck.
        l.clock.advance(Duration.ofMinutes(5));
        l.run(l.asta, SQUARE, false);
        assertThat(status(l, id, "Asta")).isEqualTo(CellStatus.STUCK);
        // The window passes without new runs: no longer counted as stuck.
        l.clock.advance(l.rules.stuckWindow().plusMinutes(1));
        assertThat(status(l, id, "Asta")).isEqualTo(CellStatus.WORKING);
        // Failures on the level reached after a pass count; the passed level's earlier runs do not.
        l.run(l.magnus, SQUARE, false);
        l.run(l.magnus, SQUARE, false);
        l.run(l.magnus, SQUARE, true);
        assertThat(status(l, id, "Magnus")).isEqualTo(CellStatus.PASSED);
    }

    private static CellStatus status(LessonFixture l, long assignment, String pupil) {
        return l.progress.grid(l.bo, assignment).rows().stream().filter(r -> r.name().equals(pupil)).findFirst()
                .orElseThrow().cells().getFirst().status();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theGridTellsWhichPupilsAlreadyGotAHintFromATeacher(TestDatabase db) {
        LessonFixture l = new LessonFixture(db);
        long id = l.assignments.assign(l.bo, l.fiveB, TURTLE, List.of(), null);
        l.run(l.magnus, SQUARE, false);
        l.run(l.asta, SQUARE, false);
        l.work.addNote(l.bo, id, l.magnus, SQUARE, "Tæl hjørnerne.", true);
        l.work.addNote(l.bo, id, l.asta, SQUARE, "Flot start!", false); // a comment is not a hint
        ProgressGrid grid = l.progress.grid(l.bo, id);
        assertThat(grid.rows()).filteredOn(r -> r.name().equals("Magnus")).singleElement()
                .satisfies(r -> assertThat(r.cells()).extracting(ProgressGrid.Cell::hints).containsExactly(1, 0, 0));
        assertThat(grid.rows()).filteredOn(r -> r.name().equals("Asta")).singleElement()
                .satisfies(r -> assertThat(r.cells()).extracting(ProgressGrid.Cell::hints).containsExactly(0, 0, 0));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void chosenPupilsOnlyAndPupilsWhoLeftTheClassDropOut(TestDatabase db) {
        LessonFixture l = new LessonFixture(db);
        long id = l.assignments.assign(l.bo, l.fiveB, TURTLE, List.of(l.asta, l.magnus), null);
        l.run(l.magnus, SQUARE, true);
        assertThat(l.progress.grid(l.bo, id).rows()).extracting(ProgressGrid.Row::name)
                .containsExactly("Asta", "Magnus");
        l.f.classes.unenrol(l.magnus, l.fiveB);
        assertThat(l.progress.grid(l.bo, id).rows()).extracting(ProgressGrid.Row::name).containsExactly("Asta");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anotherTeacherCannotOpenTheGrid(TestDatabase db) {
        LessonFixture l = new LessonFixture(db);
        long id = l.assignments.assign(l.bo, l.fiveB, TURTLE, List.of(), null);
        assertThatThrownBy(() -> l.progress.grid(l.anne, id)).hasMessage("class.error.no-access");
        assertThatThrownBy(() -> l.progress.grid(l.pupil(l.asta, "Asta"), id)).hasMessage("class.error.no-access");
    }

    /** Schema field 5: the pupil's task says in which lesson the class works on each experiment. */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aTaskNamesTheLessonWhoseStepWorksOnTheExperiment(TestDatabase db) {
        LessonFixture l = new LessonFixture(db);
        l.assignments.assign(l.bo, l.fiveB, "skildpadden-tegner", List.of(), null);
        l.assignments.assign(l.bo, l.fiveB, TURTLE, List.of(), null);

        List<ProgressService.Task> tasks = l.progress.tasks(l.pupil(l.magnus, "Magnus"));

        assertThat(tasks).filteredOn(t -> t.assignment().activityId().equals("skildpadden-tegner")).singleElement()
                .satisfies(t -> assertThat(t.experiments()).extracting(ProgressService.TaskExperiment::experimentId,
                        ProgressService.TaskExperiment::lesson).containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "skildpadde-sekskant", "Lektion 2: Skildpadden på skærmen")));
        // The test copy's experiments are in no step of any lesson.
        assertThat(tasks).filteredOn(t -> t.assignment().activityId().equals(TURTLE)).singleElement()
                .satisfies(t -> assertThat(t.experiments()).extracting(ProgressService.TaskExperiment::lesson)
                        .containsOnlyNulls());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void pupilsSeeTheirOwnProgressButNeverThatTheyAreStuck(TestDatabase db) {
        LessonFixture l = new LessonFixture(db);
        long id = l.assignments.assign(l.bo, l.fiveB, TURTLE, List.of(), null);
        l.run(l.magnus, SQUARE, true);
        for (int i = 0; i < 4; i++) {
            l.run(l.magnus, TRIANGLE, false);
        }
        List<ProgressService.Task> tasks = l.progress.tasks(l.pupil(l.magnus, "Magnus"));
        assertThat(tasks).singleElement().satisfies(t -> {
            assertThat(t.assignment().id()).isEqualTo(id);
            assertThat(t.passed()).isEqualTo(1);
            assertThat(t.experiments()).extracting(ProgressService.TaskExperiment::status)
                    .containsExactly(CellStatus.PASSED, CellStatus.WORKING, CellStatus.NOT_STARTED);
        });
        assertThat(l.progress.tasks(l.pupil(l.asta, "Asta")).getFirst().passed()).isZero();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void completedWorkCountsPupilsWhoPassedEveryExperimentOrAnsweredTheReflection(TestDatabase db) {
        LessonFixture l = new LessonFixture(db);
        long turtle = l.assignments.assign(l.bo, l.fiveB, TURTLE, List.of(), null);
        long plain = l.assignments.assign(l.bo, l.fiveB, LessonFixture.NO_EXPERIMENTS, List.of(l.asta), null);
        for (String e : LessonFixture.TURTLE_EXPERIMENTS) {
            l.run(l.asta, e, true);
        }
        l.run(l.magnus, SQUARE, true);
        l.reflections.save(l.pupil(l.asta, "Asta"), plain, 0, "Jeg lærte, at en opskrift skal være præcis.", 0);
        l.assignments.close(l.bo, turtle);

        var completions = l.completed.completions(l.f.school, l.f.year);

        assertThat(completions).hasSize(2);
        var t = completions.stream().filter(c -> c.activityId().equals(TURTLE)).findFirst().orElseThrow();
        assertThat(t.pupilsDone()).isEqualTo(1);
        assertThat(t.pupilsTotal()).isEqualTo(3);
        assertThat(t.completedOn()).isNotNull();
        var p = completions.stream().filter(c -> c.activityId().equals(LessonFixture.NO_EXPERIMENTS)).findFirst()
                .orElseThrow();
        assertThat(p.pupilsDone()).isEqualTo(1);
        assertThat(p.pupilsTotal()).isEqualTo(1);
        assertThat(p.completedOn()).isNull();
    }
}
