package dk.opdag.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RosterFileTest {

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void oneNamePerLine() throws Exception {
        assertThat(RosterFile.names(utf8("Alma\nNoah\r\n\n  Ida B. \n"))).containsExactly("Alma", "Noah", "Ida B.");
    }

    @Test
    void utf8WithByteOrderMarkKeepsDanishLetters() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = utf8("Fornavn;Efternavn\nSøren;Ærø\nÅse;Øster\n");
        byte[] file = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, file, 0, 3);
        System.arraycopy(body, 0, file, 3, body.length);
        assertThat(RosterFile.names(file)).containsExactly("Søren Ærø", "Åse Øster");
    }

    @Test
    void windows1252FromOldSchoolSystems() throws Exception {
        byte[] file = "Navn\r\nBjørn Hansen\r\nMæja Åberg\r\n".getBytes(Charset.forName("windows-1252"));
        assertThat(RosterFile.names(file)).containsExactly("Bjørn Hansen", "Mæja Åberg");
    }

    @Test
    void exportWithNameColumnAmongOthersAndQuotes() throws Exception {
        String csv = "Elev-ID,Klasse,Fornavn,Efternavn\n17,5.B,\"Anna, kaldet Ann\",Berg\n18,5.B,Ali,\n";
        assertThat(RosterFile.names(utf8(csv))).containsExactly("Anna, kaldet Ann Berg", "Ali");
    }

    @Test
    void danishExcelExportWithSemicolonsAndAQuotedNameOverTwoLines() throws Exception {
        String csv = "Klasse;Fornavn;Efternavn\r\n5.B;\"Ærø\";\r\n\r\n5.B;\"Li\nNa\";Hansen\r\n;;\r\n";
        assertThat(RosterFile.names(utf8(csv))).containsExactly("Ærø", "Li\nNa Hansen");
    }

    @Test
    void aQuoteThatIsNeverClosedIsRefusedInsteadOfGuessed() {
        assertThatThrownBy(() -> RosterFile.names(utf8("Fornavn,Efternavn\n\"Anna,Berg\nAli,\n")))
                .isInstanceOf(RosterFile.RosterFileException.class)
                .hasFieldOrPropertyWithValue("messageKey", "roster.error.broken-csv");
    }

    @Test
    void emptyTooBigAndBinaryFilesAreRefusedWithAReason() {
        assertThatThrownBy(() -> RosterFile.names(new byte[0]))
                .hasFieldOrPropertyWithValue("messageKey", "roster.error.empty");
        assertThatThrownBy(() -> RosterFile.names(utf8("\n \n")))
                .hasFieldOrPropertyWithValue("messageKey", "roster.error.empty");
        byte[] huge = new byte[10 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'a');
        assertThatThrownBy(() -> RosterFile.names(huge))
                .hasFieldOrPropertyWithValue("messageKey", "roster.error.too-big");
        assertThatThrownBy(() -> RosterFile.names(new byte[] {0x50, 0x4B, 0x03, 0x04, 0x00, 0x00}))
                .hasFieldOrPropertyWithValue("messageKey", "roster.error.not-text");
    }

    @Test
    void tooManyNamesAreRefused() {
        String many = "Alma\n".repeat(RosterFile.MAX_NAMES + 1);
        assertThatThrownBy(() -> RosterFile.names(utf8(many)))
                .hasFieldOrPropertyWithValue("messageKey", "roster.error.too-many");
    }
}
