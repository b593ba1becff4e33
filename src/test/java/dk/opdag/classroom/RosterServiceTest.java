package dk.opdag.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.opdag.account.AuditLog;
import dk.opdag.account.CodeKind;
import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.testing.Fixtures;
import dk.opdag.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Adding pupils and resetting codes: what is stored, what is refused, and who may do it. */
class RosterServiceTest {

    private Fixtures f;
    private RosterService roster;
    private AuditLog audit;
    private long klass;
    private SignedInUser teacher;
    private SignedInUser otherTeacher;
    private SignedInUser leader;

    @BeforeEach
    void setUp() {
        f = new Fixtures(TestDatabase.H2.fresh());
        audit = new AuditLog(f.dsl);
        roster = new RosterService(f.classes, f.accounts, new ClassAccess(f.classes), audit,
                new dk.opdag.account.LoginThrottle(new dk.opdag.account.ThrottleRepository(f.dsl),
                        java.time.Clock.systemUTC(), 5, 100, 20, java.time.Duration.ofMinutes(15),
                        java.time.Duration.ofMinutes(1), java.time.Duration.ofMinutes(15),
                        java.time.Duration.ofHours(1)));
        klass = f.newClass("2.A", "DEMO2A", CodeKind.PICTURE);
        long anne = f.teacher("anne");
        f.classes.linkTeacher(anne, klass, List.of("dansk"));
        teacher = new SignedInUser(anne, Role.TEACHER, "Anne", f.school);
        otherTeacher = new SignedInUser(f.teacher("bo"), Role.TEACHER, "Bo", f.school);
        leader = new SignedInUser(f.users.createStaff(Role.LEADER, f.school, "leder", "{noop}x", "Lene"),
                Role.LEADER, "Lene", f.school);
    }

    @Test
    void addsNamesSkipsDuplicatesAndRefusesMarkupWithoutLosingAnything() {
        f.pupil(klass, "Alma", null, "hund+sol");

        var report = roster.addPupils(teacher, klass,
                List.of("Noah", "alma", "Emil K", "Emil B", "Emil K.", "<script>alert(1)</script>", "", "   "));

        assertThat(report.added()).containsExactly("Noah", "Emil K.", "Emil B.");
        assertThat(report.duplicates()).containsExactly("Alma", "Emil K.");
        assertThat(report.rejected()).containsExactly("<script>alert(1)</script>");
        List<PupilRow> pupils = roster.pupils(teacher, klass);
        assertThat(pupils).extracting(PupilRow::displayName).containsExactly("Alma", "Emil B.", "Emil K.", "Noah");
        assertThat(pupils).allSatisfy(p -> assertThat(p.loginCode()).contains("+"));
        assertThat(pupils.getFirst().loginCode()).isEqualTo("hund+sol");
    }

    @Test
    void previewShowsNamesClassAndProblemsAndStoresNothing() {
        f.pupil(klass, "Alma", null, "hund+sol");

        var preview = roster.preview(teacher, klass, List.of("Noah", "alma", "Emil K", "Emil K.", "<b>x</b>", ""));

        assertThat(preview.className()).isEqualTo("2.A");
        assertThat(preview.rows()).extracting(RosterService.PreviewRow::name, RosterService.PreviewRow::outcome)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Noah", RosterService.Outcome.NEW),
                        org.assertj.core.groups.Tuple.tuple("Alma", RosterService.Outcome.DUPLICATE),
                        org.assertj.core.groups.Tuple.tuple("Emil K.", RosterService.Outcome.NEW),
                        org.assertj.core.groups.Tuple.tuple("Emil K.", RosterService.Outcome.DUPLICATE),
                        org.assertj.core.groups.Tuple.tuple("<b>x</b>", RosterService.Outcome.REJECTED));
        assertThat(preview.rows()).allSatisfy(r -> assertThat(r.className()).isEqualTo("2.A"));
        assertThat(preview.toAdd()).isEqualTo(2);
        assertThat(roster.pupils(teacher, klass)).extracting(PupilRow::name).containsExactly("Alma");
        assertThatThrownBy(() -> roster.preview(otherTeacher, klass, List.of("Noah")))
                .isInstanceOf(ClassroomException.class);
        assertThatThrownBy(() -> roster.preview(leader, klass, List.of("Noah")))
                .isInstanceOf(ClassroomException.class);
    }

    @Test
    void pupilsSortTheDanishWayWithAeOeAaAfterZ() {
        roster.addPupils(teacher, klass, List.of("Åse", "Æsa", "Zara", "Øjvind", "Anna", "Aase B"));

        assertThat(roster.pupils(teacher, klass)).extracting(PupilRow::displayName)
                .containsExactly("Anna", "Zara", "Æsa", "Øjvind", "Åse", "Aase B.");
    }

    @Test
    void onlyTheClassesOwnTeacherManagesAndTheLeaderMayOnlyLook() {
        assertThatThrownBy(() -> roster.addPupils(otherTeacher, klass, List.of("Noah")))
                .isInstanceOf(ClassroomException.class).hasMessage("class.error.no-access");
        assertThatThrownBy(() -> roster.pupils(otherTeacher, klass)).isInstanceOf(ClassroomException.class);
        assertThat(roster.pupils(leader, klass)).isEmpty();
        assertThatThrownBy(() -> roster.addPupils(leader, klass, List.of("Noah")))
                .isInstanceOf(ClassroomException.class);
        SignedInUser pupil = new SignedInUser(f.pupil(klass, "Alma", null, "hund+sol"), Role.PUPIL, "Alma", f.school);
        assertThatThrownBy(() -> roster.pupils(pupil, klass)).isInstanceOf(ClassroomException.class);
        SignedInUser leaderElsewhere = new SignedInUser(leader.id(), Role.LEADER, "Lene", f.school + 1000);
        assertThatThrownBy(() -> roster.pupils(leaderElsewhere, klass)).isInstanceOf(ClassroomException.class);
    }

    @Test
    void resetGivesANewCodeAndIsAudited() {
        long alma = f.pupil(klass, "Alma", null, "hund+sol");
        String code = roster.resetCode(teacher, klass, alma);
        assertThat(code).isNotEqualTo("hund+sol");
        assertThat(f.users.loginCode(alma)).contains(code);
        assertThat(audit.count("RESET_CODE", alma)).isEqualTo(1);
        long other = f.newClass("2.B", "DEMO2B", CodeKind.PICTURE);
        long bo = f.pupil(other, "Bo", null, "kat+ko");
        assertThatThrownBy(() -> roster.resetCode(teacher, klass, bo)).isInstanceOf(ClassroomException.class);
        assertThat(f.users.loginCode(bo)).contains("kat+ko");
    }

    @Test
    void tooManyNamesAtOnceAreRefusedAndNothingIsStored() {
        List<String> many = java.util.Collections.nCopies(RosterFile.MAX_NAMES + 1, "Noah");
        assertThatThrownBy(() -> roster.addPupils(teacher, klass, many)).isInstanceOf(ClassroomException.class);
        assertThat(roster.pupils(teacher, klass)).isEmpty();
    }

    @Test
    void removingAPupilTakesThemOffTheListIsAuditedAndOnlyTheClassesTeacherMayDoIt() {
        long alma = f.pupil(klass, "Alma", null, "hund+sol");
        assertThatThrownBy(() -> roster.removePupil(otherTeacher, klass, alma)).isInstanceOf(ClassroomException.class);
        assertThatThrownBy(() -> roster.removePupil(leader, klass, alma)).isInstanceOf(ClassroomException.class);
        roster.removePupil(teacher, klass, alma);
        assertThat(roster.pupils(teacher, klass)).isEmpty();
        assertThat(audit.count("ROSTER_REMOVE", alma)).isEqualTo(1);
        assertThatThrownBy(() -> roster.removePupil(teacher, klass, alma))
                .isInstanceOf(ClassroomException.class).hasMessage("class.error.not-found");
    }
}
