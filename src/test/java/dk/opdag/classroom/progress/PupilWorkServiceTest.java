package dk.opdag.classroom.progress;

import static dk.opdag.classroom.LessonFixture.TURTLE;
import static dk.opdag.db.Tables.AUDIT_LOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.opdag.classroom.LessonFixture;
import dk.opdag.lab.TeacherNoteSource.TeacherNote;
import dk.opdag.testing.TestDatabase;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Looking into a pupil's work: what the teacher gets, that every look is audited, and notes the pupil then sees. */
class PupilWorkServiceTest {

    private static final String SQUARE = "test-firkant";

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void openingShowsCurrentWorkRunsAndVersionsAndIsAuditedEveryTime(TestDatabase db) {
        LessonFixture l = new LessonFixture(db);
        long id = l.assignments.assign(l.bo, l.fiveB, TURTLE, List.of(), null);
        l.run(l.asta, SQUARE, false);
        l.clock.advance(Duration.ofMinutes(1));
        l.run(l.asta, SQUARE, true);

        var work = l.work.open(l.bo, id, l.asta, SQUARE);

        assertThat(work.pupilName()).isEqualTo("Asta");
        assertThat(work.current()).get().satisfies(s -> assertThat(s.revision()).isEqualTo(2));
        assertThat(work.runs()).extracting(r -> r.passed()).containsExactly(true, false);
        assertThat(work.runs().get(1).failedChecks()).isEqualTo("Figuren er ikke lukket");
        assertThat(work.versions()).extracting(v -> v.revision()).containsExactly(2, 1);
        assertThat(l.work.version(l.bo, id, l.asta, SQUARE, work.versions().get(1).id())).contains("{\"rev\":1}");

        l.work.open(l.bo, id, l.asta, SQUARE);
        assertThat(l.audit.count(PupilWorkService.AUDIT_OPEN, l.asta)).isEqualTo(2);
        assertThat(l.audit.count(PupilWorkService.AUDIT_VERSION, l.asta)).isEqualTo(1);
        var row = l.dsl.selectFrom(AUDIT_LOG).where(AUDIT_LOG.ACTION.eq(PupilWorkService.AUDIT_OPEN))
                .orderBy(AUDIT_LOG.ID).fetch().getFirst();
        assertThat(row.getActorId()).isEqualTo(l.bo.id());
        assertThat(row.getSubjectUserId()).isEqualTo(l.asta);
        assertThat(row.getOccurredAt()).isNotNull();
        assertThat(row.getDetail()).contains(SQUARE);
    }

    @org.junit.jupiter.api.Test
    void failedChecksAreShownAsTheirMessages() {
        assertThat(dk.opdag.lab.LabReadService.failedCheckMessages(
                "[{\"type\":\"polygon\",\"message\":\"Du har tegnet 4 sider.\"},{\"type\":\"x\",\"message\":\"<b>\"}]"))
                .containsExactly("Du har tegnet 4 sider.", "<b>");
        assertThat(dk.opdag.lab.LabReadService.failedCheckMessages("Figuren er ikke lukket"))
                .containsExactly("Figuren er ikke lukket");
        assertThat(dk.opdag.lab.LabReadService.failedCheckMessages(null)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anotherTeacherIsRefusedAndNothingIsReadOrAudited(TestDatabase db) {
        LessonFixture l = new LessonFixture(db);
        long id = l.assignments.assign(l.bo, l.fiveB, TURTLE, List.of(), null);
        l.run(l.asta, SQUARE, false);
        assertThatThrownBy(() -> l.work.open(l.anne, id, l.asta, SQUARE)).hasMessage("class.error.no-access");
        assertThatThrownBy(() -> l.work.addNote(l.anne, id, l.asta, SQUARE, "Prøv igen", true))
                .hasMessage("class.error.no-access");
        // Bo's own assignment, but a pupil of another class, or an experiment not in the assignment.
        assertThatThrownBy(() -> l.work.open(l.bo, id, l.alma, SQUARE)).hasMessage("teaching.work.error.pupil");
        assertThatThrownBy(() -> l.work.open(l.bo, id, l.asta, "test-robot-flag"))
                .hasMessage("teaching.work.error.experiment");
        assertThat(l.audit.count(PupilWorkService.AUDIT_OPEN, l.asta)).isZero();
        assertThat(l.audit.count(PupilWorkService.AUDIT_OPEN, l.alma)).isZero();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aHintIsShownToThePupilInTheExperimentViewNewestFirstAndAsText(TestDatabase db) {
        LessonFixture l = new LessonFixture(db);
        long id = l.assignments.assign(l.bo, l.fiveB, TURTLE, List.of(), null);
        l.work.addNote(l.bo, id, l.asta, SQUARE, "  Godt forsøg! ", false);
        l.clock.advance(Duration.ofSeconds(5));
        l.work.addNote(l.bo, id, l.asta, SQUARE, "Hvor mange grader drejer du? <b>90</b>", true);

        List<TeacherNote> notes = l.notes.notesFor(l.asta, SQUARE);

        assertThat(notes).extracting(TeacherNote::text)
                .containsExactly("Hvor mange grader drejer du? <b>90</b>", "Godt forsøg!");
        assertThat(notes).extracting(TeacherNote::hint).containsExactly(true, false);
        assertThat(notes.getFirst().teacherName()).isEqualTo("Lærer bo");
        assertThat(l.notes.notesFor(l.magnus, SQUARE)).isEmpty();
        assertThat(l.notes.notesFor(l.asta, "test-trekant")).isEmpty();
        assertThat(l.audit.count(PupilWorkService.AUDIT_NOTE, l.asta)).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void emptyAndOverlongNotesAreRefused(TestDatabase db) {
        LessonFixture l = new LessonFixture(db);
        long id = l.assignments.assign(l.bo, l.fiveB, TURTLE, List.of(), null);
        assertThatThrownBy(() -> l.work.addNote(l.bo, id, l.asta, SQUARE, "   ", true))
                .hasMessage("teaching.note.error.empty");
        assertThatThrownBy(() -> l.work.addNote(l.bo, id, l.asta, SQUARE, "x".repeat(1001), true))
                .hasMessage("teaching.note.error.too-long");
        assertThat(l.notes.notesFor(l.asta, SQUARE)).isEmpty();
    }
}
