package dk.opdag.classroom.reflection;

import static dk.opdag.classroom.LessonFixture.ROBOT;
import static dk.opdag.classroom.LessonFixture.TURTLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.opdag.account.SignedInUser;
import dk.opdag.classroom.ClassroomException;
import dk.opdag.classroom.LessonFixture;
import dk.opdag.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Pupils' reflection answers: saving, two tabs, hostile and huge input, and what the teacher and the board see. */
class ReflectionServiceTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void pupilsAnswerTheActivitysQuestionsAndTheYoungestGetSentenceStarters(TestDatabase db) {
        LessonFixture l = new LessonFixture(db);
        long id = l.assignments.assign(l.bo, l.fiveB, TURTLE, List.of(), null);
        long young = l.assignments.assign(l.anne, l.twoA, ROBOT, List.of(), null);
        SignedInUser asta = l.pupil(l.asta, "Asta");

        ReflectionService.Form form = l.reflections.form(asta, id);
        assertThat(form.questions()).hasSize(4)
                .first().isEqualTo("Hvad er forskellen på at tegne selv og at programmere en tegning?");
        assertThat(form.starters()).isFalse();
        assertThat(l.reflections.form(l.pupil(l.alma, "Alma"), young).starters()).isTrue();

        var saved = l.reflections.save(asta, id, 1, "  Jeg prøvede igen og igen.  ", 0);
        assertThat(saved.saved()).isTrue();
        assertThat(saved.revision()).isEqualTo(1);
        assertThat(saved.notice()).isNull();
        var again = l.reflections.save(asta, id, 1, "Jeg prøvede igen, og så virkede det.", 1);
        assertThat(again.revision()).isEqualTo(2);
        assertThat(l.reflections.form(asta, id).answers().get(1).text())
                .isEqualTo("Jeg prøvede igen, og så virkede det.");
        assertThat(l.reflections.form(asta, id).answers().get(1).question()).isEqualTo(form.questions().get(1));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aSecondTabWithAnOlderCopyDoesNotOverwrite(TestDatabase db) {
        LessonFixture l = new LessonFixture(db);
        long id = l.assignments.assign(l.bo, l.fiveB, TURTLE, List.of(), null);
        SignedInUser asta = l.pupil(l.asta, "Asta");
        l.reflections.save(asta, id, 0, "Svar fra fane 1", 0);

        var second = l.reflections.save(asta, id, 0, "Svar fra fane 2", 0);

        assertThat(second.saved()).isFalse();
        assertThat(second.current()).isEqualTo("Svar fra fane 1");
        assertThat(second.revision()).isEqualTo(1);
        assertThat(l.reflections.form(asta, id).answers().get(0).text()).isEqualTo("Svar fra fane 1");
        // Having seen the stored answer, the second tab may save on top of it.
        assertThat(l.reflections.save(asta, id, 0, "Svar fra fane 2", second.revision()).saved()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void hugeEmptyAndMarkupAnswers(TestDatabase db) {
        LessonFixture l = new LessonFixture(db);
        long id = l.assignments.assign(l.bo, l.fiveB, TURTLE, List.of(), null);
        SignedInUser asta = l.pupil(l.asta, "Asta");

        assertThatThrownBy(() -> l.reflections.save(asta, id, 0, "a".repeat(50_000), 0))
                .isInstanceOfSatisfying(ClassroomException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("teaching.reflection.error.too-long");
                    assertThat(e.params()).containsExactly(50_000, ReflectionService.MAX_ANSWER);
                });
        assertThatThrownBy(() -> l.reflections.save(asta, id, 0, " \n ", 0))
                .hasMessage("teaching.reflection.error.empty");
        assertThatThrownBy(() -> l.reflections.save(asta, id, 9, "svar", 0))
                .hasMessage("teaching.reflection.error.question");
        assertThat(l.reflections.form(asta, id).answers()).isEmpty();

        String markup = "<script>alert('hej')</script><b>fed</b>";
        l.reflections.save(asta, id, 0, markup, 0);
        assertThat(l.reflections.byQuestion(l.bo, id).getFirst().answers().getFirst().text()).isEqualTo(markup);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anAnswerWrittenWhileTheTeacherRemovedTheAssignmentIsKeptButLeavingTheClassStopsSaving(TestDatabase db) {
        LessonFixture l = new LessonFixture(db);
        long id = l.assignments.assign(l.bo, l.fiveB, TURTLE, List.of(), null);
        SignedInUser asta = l.pupil(l.asta, "Asta");
        l.reflections.form(asta, id);
        l.assignments.remove(l.bo, id);

        var outcome = l.reflections.save(asta, id, 0, "Det var sjovt.", 0);
        assertThat(outcome.saved()).isTrue();
        assertThat(outcome.notice()).isEqualTo("teaching.reflection.saved-removed");
        l.assignments.restore(l.bo, id);
        l.assignments.close(l.bo, id);
        assertThat(l.reflections.save(asta, id, 1, "Også det.", 0).notice())
                .isEqualTo("teaching.reflection.saved-not-open");

        l.f.classes.unenrol(l.asta, l.fiveB);
        assertThatThrownBy(() -> l.reflections.save(asta, id, 2, "Hej", 0))
                .hasMessage("teaching.pupil.error.no-class");
        assertThatThrownBy(() -> l.reflections.save(l.pupil(l.alma, "Alma"), id, 2, "Hej", 0))
                .hasMessage("teaching.pupil.error.not-yours");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theTeacherReadsByQuestionAndTheBoardShowsOnlyChosenAnswersWithoutNames(TestDatabase db) {
        LessonFixture l = new LessonFixture(db);
        long id = l.assignments.assign(l.bo, l.fiveB, TURTLE, List.of(), null);
        l.reflections.save(l.pupil(l.magnus, "Magnus"), id, 0, "Man skal tænke i trin.", 0);
        l.reflections.save(l.pupil(l.asta, "Asta"), id, 0, "Computeren gør præcis, hvad man siger.", 0);
        l.reflections.save(l.pupil(l.asta, "Asta"), id, 2, "I spil.", 0);

        var byQuestion = l.reflections.byQuestion(l.bo, id);
        assertThat(byQuestion).hasSize(4);
        assertThat(l.audit.count(ReflectionService.AUDIT_READ, l.asta)).isEqualTo(1);
        assertThat(l.audit.count(ReflectionService.AUDIT_READ, l.magnus)).isEqualTo(1);
        assertThat(l.audit.count(ReflectionService.AUDIT_READ, l.liva)).isZero();
        assertThat(byQuestion.get(0).answers()).extracting(ReflectionService.PupilAnswer::pupilName)
                .containsExactly("Asta", "Magnus");
        assertThat(byQuestion.get(1).answers()).isEmpty();
        assertThat(byQuestion.get(2).answers()).hasSize(1);
        assertThatThrownBy(() -> l.reflections.byQuestion(l.anne, id)).hasMessage("class.error.no-access");

        assertThat(l.reflections.board(l.bo, id)).isEmpty();
        l.reflections.setShown(l.bo, id, l.magnus, 0, true);
        l.reflections.setShown(l.bo, id, l.asta, 0, true);
        l.reflections.setShown(l.bo, id, l.asta, 2, true);
        l.reflections.setShown(l.bo, id, l.asta, 2, false);
        assertThatThrownBy(() -> l.reflections.setShown(l.bo, id, l.liva, 0, true))
                .hasMessage("teaching.reflection.error.no-answer");
        assertThatThrownBy(() -> l.reflections.setShown(l.anne, id, l.asta, 0, true))
                .hasMessage("class.error.no-access");

        var board = l.reflections.board(l.bo, id);
        assertThat(board).singleElement().satisfies(q -> {
            assertThat(q.question()).isEqualTo(byQuestion.get(0).question());
            assertThat(q.answers()).containsExactlyInAnyOrder("Man skal tænke i trin.",
                    "Computeren gør præcis, hvad man siger.");
            assertThat(String.join(" ", q.answers())).doesNotContain("Asta", "Magnus");
        });
    }
}
