package dk.opdag.classroom.assignment;

import static dk.opdag.classroom.LessonFixture.NO_EXPERIMENTS;
import static dk.opdag.classroom.LessonFixture.TURTLE;
import static dk.opdag.classroom.LessonFixture.TURTLE_EXPERIMENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.opdag.account.SignedInUser;
import dk.opdag.classroom.ClassroomException;
import dk.opdag.classroom.LessonFixture;
import dk.opdag.testing.TestDatabase;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Giving, ordering, pausing, closing and removing assignments, and who sees them. */
class AssignmentServiceTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void assignsToTheClassOrToChosenPupilsAndPupilsSeeTheirOwnInOrder(TestDatabase db) {
        LessonFixture l = new LessonFixture(db);
        long whole = l.assignments.assign(l.bo, l.fiveB, TURTLE, List.of(), Due.week(47, 2026));
        long chosen = l.assignments.assign(l.bo, l.fiveB, "skildpadden-tegner", List.of(l.magnus), null);

        Assignment a = l.assignments.require(l.bo, whole);
        assertThat(a.experimentIds()).containsExactlyElementsOf(TURTLE_EXPERIMENTS);
        assertThat(a.activityTitle()).isEqualTo("Skildpadden tegner figurer (test)");
        assertThat(a.due().week()).isTrue();
        assertThat(a.due().weekNumber()).isEqualTo(47);
        assertThat(a.due().date()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(a.assignedOn()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(l.assignments.chosenPupils(l.bo, chosen)).containsExactly(l.magnus);

        assertThat(l.assignments.openForPupil(l.pupil(l.asta, "Asta"))).extracting(Assignment::id)
                .containsExactly(whole);
        assertThat(l.assignments.openForPupil(l.pupil(l.magnus, "Magnus"))).extracting(Assignment::id)
                .containsExactly(whole, chosen);

        l.assignments.move(l.bo, chosen, -1);
        assertThat(l.assignments.ofClass(l.bo, l.fiveB)).extracting(Assignment::id).containsExactly(chosen, whole);
        assertThat(l.assignments.openForPupil(l.pupil(l.magnus, "Magnus"))).extracting(Assignment::id)
                .containsExactly(chosen, whole);
        l.assignments.move(l.bo, chosen, -1);
        assertThat(l.assignments.ofClass(l.bo, l.fiveB)).extracting(Assignment::id).containsExactly(chosen, whole);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void pausedClosedAndRemovedAssignmentsLeaveTheirPupilsAndCanComeBack(TestDatabase db) {
        LessonFixture l = new LessonFixture(db);
        long id = l.assignments.assign(l.bo, l.fiveB, TURTLE, List.of(), null);
        SignedInUser asta = l.pupil(l.asta, "Asta");

        l.assignments.pause(l.bo, id);
        assertThat(l.assignments.openForPupil(asta)).isEmpty();
        assertThatThrownBy(() -> l.assignments.requireForPupil(asta, id))
                .isInstanceOf(ClassroomException.class).hasMessage("teaching.pupil.error.not-open");
        l.assignments.open(l.bo, id);
        assertThat(l.assignments.openForPupil(asta)).hasSize(1);

        l.assignments.close(l.bo, id);
        assertThat(l.assignments.require(l.bo, id).closedOn()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(l.assignments.ofClass(l.bo, l.fiveB)).hasSize(1);
        l.assignments.open(l.bo, id);
        assertThat(l.assignments.require(l.bo, id).closedOn()).isNull();

        l.assignments.remove(l.bo, id);
        assertThat(l.assignments.ofClass(l.bo, l.fiveB)).isEmpty();
        assertThat(l.assignments.openForPupil(asta)).isEmpty();
        assertThatThrownBy(() -> l.assignments.requireForPupil(asta, id)).hasMessage("teaching.pupil.error.removed");
        assertThatThrownBy(() -> l.assignments.pause(l.bo, id)).hasMessage("teaching.assignment.error.removed");
        l.assignments.restore(l.bo, id);
        assertThat(l.assignments.openForPupil(asta)).extracting(Assignment::id).containsExactly(id);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void onlyTheClassesOwnTeacherAssignsOrSeesAssignments(TestDatabase db) {
        LessonFixture l = new LessonFixture(db);
        long id = l.assignments.assign(l.bo, l.fiveB, TURTLE, List.of(), null);

        assertThatThrownBy(() -> l.assignments.assign(l.anne, l.fiveB, TURTLE, List.of(), null))
                .isInstanceOf(ClassroomException.class).hasMessage("class.error.no-access");
        assertThatThrownBy(() -> l.assignments.ofClass(l.anne, l.fiveB)).hasMessage("class.error.no-access");
        assertThatThrownBy(() -> l.assignments.require(l.anne, id)).hasMessage("class.error.no-access");
        assertThatThrownBy(() -> l.assignments.close(l.anne, id)).hasMessage("class.error.no-access");
        assertThatThrownBy(() -> l.assignments.ofClass(l.pupil(l.asta, "Asta"), l.fiveB))
                .hasMessage("class.error.no-access");
        // A pupil of another class cannot reach the assignment by its id either.
        assertThatThrownBy(() -> l.assignments.requireForPupil(l.pupil(l.alma, "Alma"), id))
                .hasMessage("teaching.pupil.error.not-yours");
        assertThat(l.assignments.require(l.bo, id).state()).isEqualTo(AssignmentState.OPEN);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void refusesUnknownActivitiesPupilsOfOtherClassesAndImpossibleDates(TestDatabase db) {
        LessonFixture l = new LessonFixture(db);
        assertThatThrownBy(() -> l.assignments.assign(l.bo, l.fiveB, "findes-ikke", List.of(), null))
                .hasMessage("teaching.assign.error.activity");
        assertThatThrownBy(() -> l.assignments.assign(l.bo, l.fiveB, TURTLE, List.of(l.alma), null))
                .hasMessage("teaching.assign.error.pupils");
        assertThatThrownBy(() -> l.assignments.assign(l.bo, l.fiveB, TURTLE, List.of(),
                Due.on(LocalDate.of(2026, 10, 1)))).hasMessage("teaching.assign.error.due");
        assertThatThrownBy(() -> l.assignments.assign(l.bo, l.fiveB, TURTLE, List.of(),
                Due.on(LocalDate.of(2030, 1, 1)))).hasMessage("teaching.assign.error.due");
        assertThat(l.assignments.ofClass(l.bo, l.fiveB)).isEmpty();
        // This week is still fine on its last days.
        l.assignments.assign(l.bo, l.fiveB, NO_EXPERIMENTS, List.of(), Due.week(45, 2026));
        assertThat(l.assignments.ofClass(l.bo, l.fiveB)).singleElement()
                .satisfies(a -> assertThat(a.experimentIds()).isEmpty());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aPupilTakenOffTheClassListHasNoAssignmentsAnyMore(TestDatabase db) {
        LessonFixture l = new LessonFixture(db);
        long id = l.assignments.assign(l.bo, l.fiveB, TURTLE, List.of(), null);
        l.f.classes.unenrol(l.asta, l.fiveB);
        assertThat(l.assignments.openForPupil(l.pupil(l.asta, "Asta"))).isEmpty();
        assertThatThrownBy(() -> l.assignments.requireForPupil(l.pupil(l.asta, "Asta"), id))
                .hasMessage("teaching.pupil.error.no-class");
    }

    @Test
    void weeksOfTheSchoolYearFallInAutumnOrSpring() {
        assertThat(Due.week(33, 2026).date()).isEqualTo(LocalDate.of(2026, 8, 10));
        assertThat(Due.week(2, 2026).date()).isEqualTo(LocalDate.of(2027, 1, 11));
        assertThat(Due.week(53, 2026).date()).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(Due.week(2, 2026).lastDay()).isEqualTo(LocalDate.of(2027, 1, 17));
        assertThatThrownBy(() -> Due.week(53, 2027)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Due.week(0, 2026)).isInstanceOf(IllegalArgumentException.class);
    }
}
