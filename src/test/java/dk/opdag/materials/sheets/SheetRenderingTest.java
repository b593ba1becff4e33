package dk.opdag.materials.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import dk.opdag.curriculum.CurriculumStore;
import dk.opdag.curriculum.model.Material;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Shipped materials become A4 sheets: the same markup on screen and in the PDF, cards several to a page. */
class SheetRenderingTest {

    private static final CurriculumStore STORE = new CurriculumStore("curriculum");
    private final ShippedMaterials shipped = new ShippedMaterials(STORE);

    @Test
    void cardsForTheYoungestArePrintedTwelveToAPageInLargeType() throws Exception {
        ShippedMaterials.Sheets sheets = shipped.of("vaer-robotten").orElseThrow();
        assertThat(sheets.largeType()).isTrue();
        assertThat(sheets.html()).contains("opdag-large-type").contains("opdag-cards-12").contains("FREM");

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        shipped.pdf(sheets, null, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toByteArray())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Pilekort til robotten").contains("FREM").contains("VENSTRE").contains("HØJRE")
                    .contains("Vær robotten!");
        }
    }

    @Test
    void everyShippedMaterialRendersToPdf() throws Exception {
        for (var activity : STORE.curriculum().activities()) {
            ShippedMaterials.Sheets sheets = shipped.of(activity.id()).orElseThrow();
            for (Material m : sheets.materials()) {
                ByteArrayOutputStream pdf = new ByteArrayOutputStream();
                shipped.pdf(sheets, m.id(), pdf);
                try (PDDocument doc = Loader.loadPDF(pdf.toByteArray())) {
                    assertThat(doc.getNumberOfPages()).as(activity.id() + "/" + m.id()).isPositive();
                    assertThat(new PDFTextStripper().getText(doc)).as(activity.id() + "/" + m.id())
                            .contains(m.title().substring(0, Math.min(12, m.title().length())));
                }
            }
        }
    }

    @Test
    void manyCardsSpillOverOntoMoreSheetsAndTextIsEscaped() {
        List<Material.Card> cards = java.util.stream.IntStream.rangeClosed(1, 13)
                .mapToObj(i -> new Material.Card("Kort <" + i + ">", List.of("A & B"))).toList();
        Material m = new Material("x", "kort", "Kort & co", Material.Kind.CARDS, "1 sæt", null, 6, cards, List.of(),
                null, List.of(), "hash");
        String html = SheetHtml.fragment("Et forløb", false, List.of(m));
        assertThat(html).contains("ark 1/3").contains("ark 3/3").contains("Kort &lt;13&gt;").contains("A &amp; B")
                .doesNotContain("<13>").doesNotContain("opdag-large-type");
    }

    @Test
    void aWorksheetHasItsTableWithEmptyRowsAndLinesToWriteOn() throws Exception {
        Material sheet = new Material("x", "ark", "Måleskema", Material.Kind.WORKSHEET, "1 pr. elev", "Mål og skriv.",
                0, List.of(), List.of(new Material.Section("Målinger", null, List.of("Hvad bruger mest strøm?"),
                        new Material.Table(List.of("Apparat", "Watt"), List.of(List.of("Lampe", "40")), 5),
                        List.of(), 3)), null, List.of(), "hash");
        String html = SheetHtml.fragment("Strøm", false, List.of(sheet));
        assertThat(html.split("opdag-blank-row", -1)).hasSize(6);
        assertThat(html.split("opdag-write-line", -1)).hasSize(4);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        SheetPdf.write(SheetHtml.document("Strøm", false, List.of(sheet), ".opdag-sheet {}"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toByteArray())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Måleskema").contains("Apparat").contains("Lampe");
        }
    }
}
