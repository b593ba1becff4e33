package dk.opdag.training.ambassador;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.opdag.account.SignedInUser;
import dk.opdag.testing.TestDatabase;
import dk.opdag.training.CourseRecordService;
import dk.opdag.training.TrainingWorld;
import dk.opdag.training.content.Module;
import dk.opdag.training.content.Track;
import dk.opdag.training.module.ModuleService;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Ambassadors run sessions whose attendance completes the module; they see colleagues' requests for help. */
class AmbassadorServiceTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aSessionWithInvitesSharedNotesAndAttendanceCompletesTheModuleForThoseWhoCame(TestDatabase db) {
        TrainingWorld w = new TrainingWorld(db);
        SignedInUser amb = w.l.bo;
        List<SignedInUser> colleagues = w.teachers("kollega", 3);
        assertThatThrownBy(() -> w.ambassadors.createSession(amb, "sekvens", OffsetDateTime.now(w.l.clock), "Lokale 3",
                List.of())).hasMessage("training.ambassador.error.only");
        assertThatThrownBy(() -> w.ambassadors.name(amb, colleagues.get(0).id()))
                .hasMessage("training.error.leaders-only");
        w.ambassadors.name(w.leader, amb.id());
        assertThat(w.ambassadors.ambassadors(colleagues.get(0))).extracting(AmbassadorService.Colleague::id)
                .containsExactly(amb.id());

        long session = w.ambassadors.createSession(amb, "sekvens", OffsetDateTime.now(w.l.clock).plusDays(7),
                "Lærerværelset", colleagues.stream().map(SignedInUser::id).toList());
        w.ambassadors.addNote(colleagues.get(0), session, "Jeg tager robot-legen med.");
        w.ambassadors.addNote(amb, session, "Husk kridt.");
        var view = w.ambassadors.session(colleagues.get(1), session);
        assertThat(view.participants()).hasSize(3);
        assertThat(view.notes()).extracting(AmbassadorService.NoteView::note)
                .containsExactly("Jeg tager robot-legen med.", "Husk kridt.");
        assertThat(view.mine()).isFalse();
        assertThatThrownBy(() -> w.ambassadors.session(w.l.anne, session))
                .hasMessage("training.session.error.not-found");
        assertThatThrownBy(() -> w.ambassadors.addNote(w.l.anne, session, "hej"))
                .hasMessage("training.session.error.not-found");
        assertThatThrownBy(() -> w.ambassadors.registerAttendance(amb, session, List.of(w.l.anne.id())))
                .hasMessage("training.session.error.not-invited");

        int came = w.ambassadors.registerAttendance(amb, session, List.of(colleagues.get(0).id(),
                colleagues.get(2).id()));
        assertThat(came).isEqualTo(2);
        assertThat(status(w, colleagues.get(0), "sekvens")).isEqualTo(ModuleService.Status.COMPLETED);
        assertThat(status(w, colleagues.get(2), "sekvens")).isEqualTo(ModuleService.Status.COMPLETED);
        assertThat(status(w, amb, "sekvens")).isEqualTo(ModuleService.Status.COMPLETED);
        assertThat(status(w, colleagues.get(1), "sekvens")).isEqualTo(ModuleService.Status.NOT_STARTED);
        assertThat(w.moduleRepository.progress(colleagues.get(0).id()).get("sekvens").sessionId()).isEqualTo(session);
        assertThatThrownBy(() -> w.ambassadors.registerAttendance(amb, session, List.of()))
                .hasMessage("training.session.error.completed");
    }

    private static ModuleService.Status status(TrainingWorld w, SignedInUser u, String module) {
        return w.modules.state(u, module).status();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void helpRequestsAreSeenByTheSchoolsAmbassadorsOnly(TestDatabase db) {
        TrainingWorld w = new TrainingWorld(db);
        w.ambassadors.name(w.leader, w.l.bo.id());
        long request = w.ambassadors.askForHelp(w.l.anne, "loekker", "Hvordan forklarer jeg en løkke i 2. klasse?");
        assertThatThrownBy(() -> w.ambassadors.askForHelp(w.l.anne, null, "  "))
                .hasMessage("training.help.error.message");

        assertThat(w.ambassadors.openHelpRequests(w.l.bo)).singleElement().satisfies(h -> {
            assertThat(h.askedBy()).isEqualTo("Lærer anne");
            assertThat(h.module().id()).isEqualTo("loekker");
        });
        assertThatThrownBy(() -> w.ambassadors.openHelpRequests(w.l.anne))
                .hasMessage("training.ambassador.error.only");
        w.ambassadors.take(w.l.bo, request);
        assertThat(w.ambassadors.myHelpRequests(w.l.anne)).singleElement()
                .satisfies(h -> assertThat(h.takenBy()).isEqualTo("Lærer bo"));
        w.ambassadors.close(w.l.anne, request);
        assertThat(w.ambassadors.openHelpRequests(w.l.bo)).isEmpty();
        w.ambassadors.unname(w.leader, w.l.bo.id());
        assertThatThrownBy(() -> w.ambassadors.openHelpRequests(w.l.bo))
                .hasMessage("training.ambassador.error.only");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theCourseRecordListsCompletedTracks(TestDatabase db) {
        TrainingWorld w = new TrainingWorld(db);
        Track start = w.catalog.content().track("kom-i-gang").orElseThrow();
        OffsetDateTime now = OffsetDateTime.now(w.l.clock);
        for (Module m : start.modules()) {
            w.moduleRepository.complete(w.l.bo.id(), m.id(), start.id(), null, now);
        }
        w.moduleRepository.complete(w.l.bo.id(), "sekvens", "programmering", null, now);

        CourseRecordService.CourseRecord record = w.records.record(w.l.bo);
        assertThat(record.schoolName()).isEqualTo("Testskolen");
        assertThat(record.tracks()).singleElement().satisfies(t -> {
            assertThat(t.track().id()).isEqualTo("kom-i-gang");
            assertThat(t.minutes()).isEqualTo(start.minutes());
        });
        assertThat(record.otherModules()).extracting(m -> m.module().id()).containsExactly("sekvens");
        assertThat(w.records.record(w.l.anne).tracks()).isEmpty();
    }
}
