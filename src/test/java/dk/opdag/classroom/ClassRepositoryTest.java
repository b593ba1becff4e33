package dk.opdag.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.opdag.account.CodeKind;
import dk.opdag.account.Role;
import dk.opdag.testing.Fixtures;
import dk.opdag.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ClassRepositoryTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void summariesCountPupilsAndNameTeachersInGradeOrder(TestDatabase db) {
        Fixtures f = new Fixtures(db.fresh());
        long fiveB = f.newClass("5.B", "AAAAA5", CodeKind.WORDS);
        long twoA = f.newClass("2.A", "AAAAA2", CodeKind.PICTURE);
        f.pupil(fiveB, "Asta", null, "kage-tog-1");
        f.pupil(fiveB, "Magnus", null, "kage-tog-2");
        f.pupil(twoA, "Alma", null, "hund+sol");
        long bo = f.teacher("bo");
        long anne = f.teacher("anne");
        f.classes.linkTeacher(bo, fiveB, List.of("matematik"));
        f.classes.linkTeacher(anne, fiveB, List.of("dansk"));

        List<ClassSummary> all = f.classes.summariesOfSchool(f.school, f.year);

        assertThat(all).extracting(ClassSummary::name).containsExactly("2.A", "5.B");
        assertThat(all.get(0).pupils()).isEqualTo(1);
        assertThat(all.get(0).teachers()).isEmpty();
        assertThat(all.get(1).pupils()).isEqualTo(2);
        assertThat(all.get(1).teachers()).containsExactly("Lærer anne", "Lærer bo");
        assertThat(f.classes.summariesOfTeacher(bo, f.year)).extracting(ClassSummary::name).containsExactly("5.B");
        assertThat(f.classes.pupilCount(f.school, f.year)).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void teacherLinkKeepsSubjectsAndCanBeChanged(TestDatabase db) {
        Fixtures f = new Fixtures(db.fresh());
        long klass = f.newClass("8.C", "AAAAA8", CodeKind.WORDS);
        long carla = f.teacher("carla");
        f.classes.linkTeacher(carla, klass, List.of("fysik-kemi", "matematik"));
        f.classes.linkTeacher(carla, klass, List.of("samfundsfag"));

        assertThat(f.classes.isTeacherOf(carla, klass)).isTrue();
        assertThat(f.classes.subjectsOf(carla, klass)).containsExactly("samfundsfag");
        assertThat(f.classes.isTeacherOf(f.teacher("other"), klass)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void pupilsAreListedByNameWithTheirCodeAndOnlyOneClassPerYear(TestDatabase db) {
        Fixtures f = new Fixtures(db.fresh());
        long klass = f.newClass("2.A", "AAAAA2", CodeKind.PICTURE);
        long other = f.newClass("2.B", "BBBBB2", CodeKind.PICTURE);
        f.pupil(klass, "Emil", "K", "hund+sol");
        long emilB = f.pupil(klass, "Emil", "B", "kat+ko");
        f.pupil(klass, "Alma", null, "bi+fisk");

        assertThat(f.classes.pupils(klass)).extracting(PupilRow::displayName)
                .containsExactly("Alma", "Emil B.", "Emil K.");
        assertThat(f.classes.pupils(klass).get(0).loginCode()).isEqualTo("bi+fisk");
        assertThat(f.classes.classOfPupil(emilB, f.year)).contains(klass);
        assertThatThrownBy(() -> f.classes.enrol(emilB, other, f.year))
                .isInstanceOf(org.jooq.exception.DataAccessException.class);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void classCodesAreUniqueAndFoundByCode(TestDatabase db) {
        Fixtures f = new Fixtures(db.fresh());
        long klass = f.newClass("5.B", "K7M2QX", CodeKind.WORDS);

        assertThat(f.classes.findByCode("K7M2QX")).get().extracting(ClassInfo::id).isEqualTo(klass);
        assertThat(f.classes.findByCode("NOPE99")).isEmpty();
        assertThat(f.classes.classCodeTaken("K7M2QX")).isTrue();
        assertThatThrownBy(() -> f.newClass("6.B", "K7M2QX", CodeKind.WORDS))
                .isInstanceOf(org.jooq.exception.DataAccessException.class);
        assertThat(f.classes.find(klass)).get().extracting(ClassInfo::startYear).isEqualTo(2026);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void staffOfSchoolListsTeachersAndLeadersOnly(TestDatabase db) {
        Fixtures f = new Fixtures(db.fresh());
        f.teacher("anne");
        f.users.createStaff(Role.LEADER, f.school, "leder", "{noop}x", "Lene Leder");
        f.users.createStaff(Role.ADMIN, null, "admin", "{noop}x", "Admin");
        f.pupil(f.newClass("2.A", "AAAAA2", CodeKind.PICTURE), "Alma", null, "hund+sol");

        assertThat(f.classes.staffOfSchool(f.school)).extracting(StaffRow::username)
                .containsExactlyInAnyOrder("anne", "leder");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void findForTeacherTellsWhetherTheTeacherTeachesTheClassAndUnenrolKeepsTheAccount(TestDatabase db) {
        Fixtures f = new Fixtures(db.fresh());
        long klass = f.newClass("5.B", "AAAAA5", CodeKind.WORDS);
        long bo = f.teacher("bo");
        long anne = f.teacher("anne");
        f.classes.linkTeacher(bo, klass, List.of("matematik"));
        long asta = f.pupil(klass, "Asta", null, "kage-tog-1");

        assertThat(f.classes.findForTeacher(klass, bo)).get().satisfies(t -> {
            assertThat(t.taughtBy()).isTrue();
            assertThat(t.klass().name()).isEqualTo("5.B");
        });
        assertThat(f.classes.findForTeacher(klass, anne)).get()
                .extracting(ClassRepository.TaughtClass::taughtBy).isEqualTo(false);
        assertThat(f.classes.findForTeacher(klass + 99, bo)).isEmpty();
        assertThat(f.classes.currentClassOf(asta)).contains(klass);

        assertThat(f.classes.unenrol(asta, klass)).isTrue();
        assertThat(f.classes.unenrol(asta, klass)).isFalse();
        assertThat(f.classes.currentClassOf(asta)).isEmpty();
        assertThat(f.classes.pupils(klass)).isEmpty();
        assertThat(f.users.findById(asta)).isPresent();
    }
}
