package dk.opdag.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The admin sets up a school from nothing: school, class, teacher, pupils typed and uploaded (with hostile text and
 * an old Windows encoding), and prints the login cards. Bad input gets a Danish message and loses nothing.
 */
class AdminJourneyIT extends BrowserTestBase {

    private void click(String buttonText) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(buttonText).setExact(true)).click();
    }

    private com.microsoft.playwright.Locator field(String label) {
        return page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(label).setExact(true));
    }

    private void upload(String name, byte[] content) {
        FileChooser chooser = page.waitForFileChooser(() -> page.locator("vaadin-upload vaadin-button, vaadin-upload [slot='add-button']").first().click());
        chooser.setFiles(new FilePayload(name, "text/csv", content));
    }

    @Test
    void adminCreatesSchoolClassTeacherAndPupilsAndPrintsCards() {
        AtomicBoolean dialogOpened = new AtomicBoolean();
        page.onDialog(dialog -> {
            dialogOpened.set(true);
            dialog.dismiss();
        });
        loginStaff("admin", PASSWORD);
        expectHeading("Skoler og brugere");

        field("Kommune").fill("Nordkommune");
        field("Skole").fill("Nordskolen");
        click("Opret skole");
        expectHeading("Nordskolen");

        field("Klassens navn").fill("4a");
        click("Opret klasse");
        assertThat(page.getByText("Klassen 4.A er oprettet.")).isVisible();
        field("Klassens navn").fill("4.A");
        click("Opret klasse");
        assertThat(page.getByText("Klassen 4.A findes allerede")).isVisible();

        field("Navn").fill("Dorte Dahl");
        field("Brugernavn").fill("dorte");
        page.getByLabel("Første adgangskode").fill("kort");
        click("Opret bruger");
        assertThat(page.getByText("Adgangskoden skal være mindst 10 tegn.")).isVisible();
        page.getByLabel("Første adgangskode").fill("dortes-kode-1");
        click("Opret bruger");
        assertThat(page.getByText("Dorte Dahl er oprettet.")).isVisible();

        page.getByText("4.A", new Page.GetByTextOptions().setExact(true)).first().click();
        expectHeading("Klasse 4.A");
        assertThat(page.getByText("Klassen har ingen elever endnu.")).isVisible();

        field("Navne, ét pr. linje").fill("Sofie\nMalthe K\n<script>alert(1)</script>\nsofie");
        click("Tilføj");
        assertThat(page.getByText("2 elever tilføjet.")).isVisible();
        assertThat(page.getByText("Ligner ikke et navn og er sprunget over: <script>alert(1)</script>.")).isVisible();
        assertThat(page.getByText("Findes allerede og er sprunget over: Sofie.")).isVisible();

        // The Danish UI shows Vaadin's upload in Danish, not "Upload File..." / "Drop file here".
        assertThat(page.locator("vaadin-upload")).not().containsText("Upload File");
        assertThat(page.locator("vaadin-upload")).not().containsText("Drop file");
        assertThat(page.locator("vaadin-upload")).containsText("Slip filen her");

        // A class list is shown first: names, class and problems; cancelling adds nobody.
        upload("klasseliste.csv", "Fornavn;Efternavn\r\nÅse;Hansen\r\nÆbel;Ørsted\r\nsofie;\r\n"
                .getBytes(Charset.forName("windows-1252")));
        var preview = page.locator(".opdag-roster-preview");
        assertThat(preview.locator("h2")).hasText("Se listen, før eleverne kommer i 4.A");
        assertThat(preview.locator("vaadin-grid-cell-content").getByText("Åse H.", new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true))).isVisible();
        assertThat(preview.locator("vaadin-grid-cell-content").getByText("Findes allerede i klassen, springes over")).isVisible();
        assertThat(preview.getByText("2 nye elever; 1 linje springes over. Intet er gemt endnu.")).isVisible();
        assertAccessible("roster preview");
        click("Annullér");
        assertThat(page.getByText("Listen er ikke brugt. Ingen elever er tilføjet.")).isVisible();
        assertThat(page.getByText("Elever (2)")).isVisible();

        upload("klasseliste.csv", "Fornavn;Efternavn\r\nÅse;Hansen\r\nÆbel;Ørsted\r\nsofie;\r\n"
                .getBytes(Charset.forName("windows-1252")));
        click("Tilføj 2 elever");
        assertThat(page.getByText("2 elever tilføjet.")).isVisible();
        assertThat(page.locator("vaadin-grid vaadin-grid-cell-content").getByText("Åse H.",
                new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true))).isVisible();

        byte[] huge = new byte[10 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'a');
        upload("stor.csv", huge);
        assertThat(page.getByText("Filen er for stor.")).isVisible();
        assertThat(page.getByText("Elever (4)")).isVisible();

        // "Ny kode" asks first; keeping the code changes nothing.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ny kode til Sofie")).click();
        assertThat(page.getByText("Ny kode til Sofie?")).isVisible();
        click("Behold koden");
        assertThat(page.getByText("Sofie har fået en ny kode")).hasCount(0);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ny kode til Sofie")).click();
        click("Lav ny kode");
        assertThat(page.getByText("Sofie har fået en ny kode")).isVisible();

        page.getByText("Udskriv login-kort").click();
        expectHeading("Login-kort til 4.A");
        assertThat(page.locator(".opdag-card")).hasCount(4);
        // The class list in the Danish alphabet: Æ and Å after Z (Æbel before Åse, both after Sofie).
        assertThat(page.locator(".opdag-card-name")).hasText(new String[] {"Malthe K.", "Sofie", "Æbel Ø.", "Åse H."});
        assertThat(page.locator(".opdag-card").first()).containsText("Din hemmelige kode:");
        // The school's address and a QR code to the pupils' login page on every card.
        String address = "http://localhost:" + port + "/elev";
        assertThat(page.locator(".opdag-card").first()).containsText("Adresse: " + address);
        assertThat(page.locator(".opdag-card img.opdag-card-qr")).hasCount(4);
        org.assertj.core.api.Assertions.assertThat(page.locator(".opdag-card img.opdag-card-qr").first()
                .getAttribute("src")).startsWith("data:image/svg+xml;base64,");
        assertThat(page.locator(".opdag-card img.opdag-card-qr").first()).hasAttribute("alt", "QR-kode til " + address);
        assertAccessible("login cards");
        org.assertj.core.api.Assertions.assertThat(dialogOpened).as("no script ran").isFalse();
    }
}
