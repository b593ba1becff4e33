package dk.opdag.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dk.opdag.account.CodeKind;
import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.classroom.ClassAccess;
import dk.opdag.curriculum.CurriculumStore;
import dk.opdag.curriculum.yearplan.YearPlanCatalog;
import dk.opdag.shell.OpdagI18nProvider;
import dk.opdag.testing.Fixtures;
import dk.opdag.testing.MutableClock;
import dk.opdag.testing.TestDatabase;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The valgfag portfolio through its service on H2 and PostgreSQL: who writes, who reads, who comments. */
class PortfolioServiceTest {

    private static final CurriculumStore STORE = new CurriculumStore("curriculum");
    private static final YearPlanCatalog COURSES = new YearPlanCatalog(STORE, "curriculum");
    /** A 1×1 PNG. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private record World(Fixtures f, PortfolioService service, long valgfag, long other, SignedInUser teacher,
                         SignedInUser otherTeacher, SignedInUser leader, SignedInUser ida, SignedInUser omar,
                         SignedInUser pupil5) {
    }

    private static World world(TestDatabase db) {
        Fixtures f = new Fixtures(db.fresh());
        long valgfag = f.newClass("8.V", "VALG8V", CodeKind.WORDS);
        long other = f.newClass("7.A", "ANDEN7A", CodeKind.WORDS);
        long fifth = f.newClass("5.A", "FEM5A", CodeKind.WORDS);
        long teacher = f.teacher("tove");
        f.classes.linkTeacher(teacher, valgfag, List.of("valgfag-teknologiforstaaelse"));
        long otherTeacher = f.teacher("otto");
        f.classes.linkTeacher(otherTeacher, other, List.of("dansk"));
        f.classes.linkTeacher(otherTeacher, fifth, List.of("dansk"));
        long leader = f.users.createStaff(Role.LEADER, f.school, "leder", "{noop}x", "Lene Leder");
        long ida = f.pupil(valgfag, "Ida", "I", "sol+ko");
        long omar = f.pupil(valgfag, "Omar", "O", "ko+sol");
        long pupil5 = f.pupil(fifth, "Frida", "F", "hus+sol");
        PortfolioService service = new PortfolioService(new PortfolioRepository(f.dsl), f.classesApi,
                new ClassAccess(f.classes), COURSES, STORE, new MutableClock(Instant.parse("2026-11-18T09:00:00Z")));
        SignedInUser tove = new SignedInUser(teacher, Role.TEACHER, "Tove Thomsen", f.school);
        service.setValgfag(tove, valgfag, true);
        return new World(f, service, valgfag, other, tove,
                new SignedInUser(otherTeacher, Role.TEACHER, "Otto", f.school),
                new SignedInUser(leader, Role.LEADER, "Lene Leder", f.school),
                new SignedInUser(ida, Role.PUPIL, "Ida", f.school), new SignedInUser(omar, Role.PUPIL, "Omar", f.school),
                new SignedInUser(pupil5, Role.PUPIL, "Frida", f.school));
    }

    private static EntryDraft draft(String title) {
        return new EntryDraft("mini-projekt", title, "Vi lavede en tæller til boldspil.", "Et program",
                "Det var svært at teste.", "knaek-caesar");
    }

    private static String danish(PortfolioException e) {
        return OpdagI18nProvider.translate(e.key(), OpdagI18nProvider.DANISH, e.args());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aPupilWritesAndAttachesTheTeacherCommentsAndThePupilSeesTheComment(TestDatabase db) {
        World w = world(db);
        PortfolioEntry entry = w.service.add(w.ida, draft("Min tæller"));
        w.service.attach(w.ida, entry.id(), "skaerm.png", PNG);

        assertThat(w.service.pupilsOf(w.teacher, w.valgfag)).extracting(PortfolioService.PupilPortfolio::name,
                PortfolioService.PupilPortfolio::entries).contains(org.assertj.core.groups.Tuple.tuple("Ida I.", 1))
                .hasSize(2);
        List<PortfolioEntry> read = w.service.entriesOf(w.teacher, w.valgfag, w.ida.id());
        assertThat(read).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("Min tæller");
            assertThat(e.file().mediaType()).isEqualTo("image/png");
        });
        assertThat(w.service.file(w.teacher, entry.id())).contains(PNG);
        w.service.comment(w.teacher, entry.id(), "Godt testet. Hvad ville du ændre?");

        PortfolioEntry mine = w.service.myEntries(w.ida).getFirst();
        assertThat(mine.comments()).extracting(PortfolioEntry.Comment::teacherName, PortfolioEntry.Comment::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Tove Thomsen",
                        "Godt testet. Hvad ville du ændre?"));
        PortfolioEntry edited = w.service.update(w.ida, entry.id(), mine.version(), draft("Min tæller, udgave 2"));
        assertThat(edited.version()).isEqualTo(mine.version() + 1);
        // A second tab with the older copy does not overwrite.
        assertThatThrownBy(() -> w.service.update(w.ida, entry.id(), mine.version(), draft("Gammel")))
                .isInstanceOf(PortfolioException.class);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void pupilsSeeOnlyTheirOwnAndLeadersAndOtherTeachersNothing(TestDatabase db) {
        World w = world(db);
        PortfolioEntry idas = w.service.add(w.ida, draft("Idas"));
        w.service.add(w.omar, draft("Omars"));

        assertThat(w.service.myEntries(w.omar)).extracting(PortfolioEntry::title).containsExactly("Omars");
        assertThatThrownBy(() -> w.service.update(w.omar, idas.id(), idas.version(), draft("Overtaget")))
                .isInstanceOf(PortfolioException.class);
        assertThatThrownBy(() -> w.service.delete(w.omar, idas.id(), idas.version()))
                .isInstanceOf(PortfolioException.class);
        assertThatThrownBy(() -> w.service.file(w.omar, idas.id())).isInstanceOf(PortfolioException.class);
        assertThatThrownBy(() -> w.service.entriesOf(w.otherTeacher, w.valgfag, w.ida.id()))
                .isInstanceOf(PortfolioException.class);
        assertThatThrownBy(() -> w.service.comment(w.otherTeacher, idas.id(), "Hej"))
                .isInstanceOf(PortfolioException.class);
        assertThatThrownBy(() -> w.service.entriesOf(w.leader, w.valgfag, w.ida.id()))
                .isInstanceOf(PortfolioException.class);
        assertThatThrownBy(() -> w.service.comment(w.teacher, idas.id(), " "))
                .isInstanceOf(PortfolioException.class);
        assertThatThrownBy(() -> w.service.myEntries(w.teacher)).isInstanceOf(PortfolioException.class);
        // A pupil of another class is not in the valgfag class's list, even for its teacher.
        assertThatThrownBy(() -> w.service.entriesOf(w.teacher, w.valgfag, w.pupil5.id()))
                .isInstanceOf(PortfolioException.class);
        assertThat(w.service.entriesOf(w.teacher, w.valgfag, w.ida.id())).extracting(PortfolioEntry::title)
                .containsExactly("Idas");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void badInputIsRefusedWithADanishReason(TestDatabase db) {
        World w = world(db);
        var notValgfag = catchThrowableOfType(PortfolioException.class, () -> w.service.add(w.pupil5, draft("x")));
        assertThat(danish(notValgfag)).contains("valgfag");
        var noTitle = catchThrowableOfType(PortfolioException.class,
                () -> w.service.add(w.ida, new EntryDraft(null, " ", "tekst", null, null, null)));
        assertThat(danish(noTitle)).isNotBlank().doesNotContain("portfolio.");
        var tooLong = catchThrowableOfType(PortfolioException.class,
                () -> w.service.add(w.ida, new EntryDraft(null, "t", "x".repeat(4_001), null, null, null)));
        assertThat(danish(tooLong)).contains("4.001");
        assertThatThrownBy(() -> w.service.add(w.ida, new EntryDraft("findes-ikke", "t", "b", null, null, null)))
                .isInstanceOf(PortfolioException.class);
        PortfolioEntry entry = w.service.add(w.ida, draft("ok"));
        var wrongType = catchThrowableOfType(PortfolioException.class,
                () -> w.service.attach(w.ida, entry.id(), "virus.exe", "MZ this is not an image".getBytes()));
        assertThat(danish(wrongType)).contains("PDF");
        var tooBig = catchThrowableOfType(PortfolioException.class,
                () -> w.service.attach(w.ida, entry.id(), "stor.png", new byte[PortfolioService.MAX_FILE_BYTES + 1]));
        assertThat(danish(tooBig)).contains("5 MB");
        assertThat(w.service.myEntries(w.ida)).singleElement().satisfies(e -> assertThat(e.file()).isNull());
        // Only 7.–8. klasse can be a valgfag class, and only its own teachers mark it.
        assertThatThrownBy(() -> w.service.setValgfag(w.otherTeacher, w.valgfag, false))
                .isInstanceOf(PortfolioException.class);
        var fifth = w.f.classes.currentClassOf(w.pupil5.id()).orElseThrow();
        var grade = catchThrowableOfType(PortfolioException.class,
                () -> w.service.setValgfag(w.otherTeacher, fifth, true));
        assertThat(danish(grade)).contains("5.");
    }
}
