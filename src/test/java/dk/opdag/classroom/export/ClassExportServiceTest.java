package dk.opdag.classroom.export;

import static dk.opdag.classroom.LessonFixture.TURTLE;
import static dk.opdag.classroom.LessonFixture.TURTLE_EXPERIMENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.classroom.ClassroomException;
import dk.opdag.classroom.LessonFixture;
import dk.opdag.testing.TestDatabase;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The class's progress and reflections as CSV: what is in the files, how Excel reads them, and who may have them. */
class ClassExportServiceTest {

    private static final Locale DA = Locale.of("da");
    private LessonFixture l;
    private ClassExportService exports;
    private long assignment;

    @BeforeEach
    void setUp() {
        l = new LessonFixture(TestDatabase.H2);
        exports = new ClassExportService(l.assignments, l.progress, l.reflections);
        assignment = l.assignments.assign(l.bo, l.fiveB, TURTLE, List.of(), null);
        l.run(l.asta, TURTLE_EXPERIMENTS.getFirst(), true);
        l.run(l.magnus, TURTLE_EXPERIMENTS.getFirst(), false);
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        assertThat(csv).startsWith("\uFEFF"); // Excel reads UTF-8 (æøå) only with the byte order mark
        return CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(new StringReader(csv.substring(1)))
                .getRecords();
    }

    @Test
    void progressHasALinePerPupilExperimentAndLevelWithStatusAndBestResult() throws IOException {
        String csv = exports.progressCsv(l.bo, l.fiveB, DA);

        assertThat(csv).contains("\r\n");
        List<CSVRecord> rows = parse(csv);
        assertThat(rows.getFirst().toList()).containsExactly("Elev", "Opgave", "Eksperiment", "Status", "Niveau",
                "Niveauets resultat", "Bedste point (0-30)", "Kørsler", "Sidst arbejdet med");
        List<CSVRecord> body = rows.subList(1, rows.size());
        // Three pupils, three experiments, at least one level each.
        assertThat(body.stream().map(r -> r.get(0)).distinct()).containsExactly("Asta", "Liva", "Magnus");
        CSVRecord astaFirst = body.stream().filter(r -> r.get(0).equals("Asta")).findFirst().orElseThrow();
        assertThat(astaFirst.get(1)).contains("(test)");
        assertThat(astaFirst.get(3)).isEqualTo("Løst");
        assertThat(astaFirst.get(4)).isEqualTo("1");
        assertThat(astaFirst.get(5)).isEqualTo("perfekt");
        assertThat(astaFirst.get(6)).isEqualTo("30");
        assertThat(astaFirst.get(7)).isEqualTo("1");
        assertThat(astaFirst.get(8)).isNotEmpty();
        CSVRecord magnusFirst = body.stream().filter(r -> r.get(0).equals("Magnus")).findFirst().orElseThrow();
        assertThat(magnusFirst.get(5)).isEqualTo("ikke bestået endnu");
        assertThat(magnusFirst.get(6)).isEqualTo("10");
        CSVRecord livaFirst = body.stream().filter(r -> r.get(0).equals("Liva")).findFirst().orElseThrow();
        assertThat(livaFirst.get(3)).isEqualTo("Ikke startet");
        assertThat(livaFirst.get(5)).isEqualTo("ikke prøvet");
        assertThat(livaFirst.get(6)).isEmpty();
        assertThat(body.stream().filter(r -> r.get(0).equals("Asta")).map(r -> r.get(2)).distinct()).hasSize(3);

        assertThat(parse(exports.progressCsv(l.bo, l.fiveB, Locale.ENGLISH)).get(1).get(5)).isIn("perfect",
                "not tried", "not passed yet", "passed");
    }

    @Test
    void reflectionsCarryQuestionPupilAnswerAndBoardChoiceAndNeutraliseFormulas() throws IOException {
        SignedInUser asta = l.pupil(l.asta, "Asta");
        l.reflections.save(asta, assignment, 0, "Det var sjovt; og svært, \"rigtig\" svært\nmen æøå virker", 0);
        l.reflections.save(l.pupil(l.magnus, "Magnus"), assignment, 1, "=HYPERLINK(\"http://x\")", 0);
        l.reflections.setShown(l.bo, assignment, l.asta, 0, true);

        List<CSVRecord> rows = parse(exports.reflectionsCsv(l.bo, l.fiveB, DA));

        assertThat(rows.getFirst().toList()).containsExactly("Opgave", "Spørgsmål nr.", "Spørgsmål", "Elev", "Svar",
                "Vist på tavlen");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).toList()).containsExactly(rows.get(1).get(0), "1",
                "Hvad er forskellen på at tegne selv og at programmere en tegning?", "Asta",
                "Det var sjovt; og svært, \"rigtig\" svært\nmen æøå virker", "ja");
        assertThat(rows.get(2).get(3)).isEqualTo("Magnus");
        assertThat(rows.get(2).get(4)).isEqualTo("'=HYPERLINK(\"http://x\")"); // shown as text, never run by Excel
        assertThat(rows.get(2).get(5)).isEqualTo("nej");
    }

    @Test
    void onlyTheClassesOwnTeachersGetTheFiles() {
        SignedInUser leader = new SignedInUser(l.f.users.createStaff(Role.LEADER, l.f.school, "leder", "{noop}x",
                "Lene"), Role.LEADER, "Lene", l.f.school);
        SignedInUser admin = new SignedInUser(l.f.users.createStaff(Role.ADMIN, null, "admin", "{noop}x", "Ad"),
                Role.ADMIN, "Ad", null);
        for (SignedInUser outsider : List.of(l.anne, leader, admin, l.pupil(l.asta, "Asta"))) {
            assertThatThrownBy(() -> exports.progressCsv(outsider, l.fiveB, DA))
                    .as(outsider.role().name()).isInstanceOf(ClassroomException.class);
            assertThatThrownBy(() -> exports.reflectionsCsv(outsider, l.fiveB, DA))
                    .as(outsider.role().name()).isInstanceOf(ClassroomException.class);
        }
        assertThat(exports.progressCsv(l.anne, l.twoA, DA)).doesNotContain("Asta");
    }
}
