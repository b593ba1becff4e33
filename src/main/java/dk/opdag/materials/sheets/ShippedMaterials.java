package dk.opdag.materials.sheets;

import dk.opdag.curriculum.CurriculumStore;
import dk.opdag.curriculum.model.Activity;
import dk.opdag.curriculum.model.GradeBand;
import dk.opdag.curriculum.model.Material;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The print materials shipped with catalogue activities, as sheets for the print view and as PDF. */
@Service
public class ShippedMaterials {

    /** The style sheet of the print view, also inlined into every PDF. */
    static final String CSS = "META-INF/resources/styles/materials-print.css";

    private final CurriculumStore store;
    private final String css;

    public ShippedMaterials(CurriculumStore store) {
        this.store = store;
        this.css = readCss();
    }

    /** An activity's sheets: its title, whether it is for 0.–3. (large type) and its materials. */
    public record Sheets(String activityId, String activityTitle, boolean largeType, List<Material> materials) {
        public String html() {
            return SheetHtml.fragment(activityTitle, largeType, materials);
        }
    }

    public Optional<Sheets> of(String activityId) {
        return store.curriculum().activity(activityId).map(a -> new Sheets(a.id(), a.title(), largeType(a),
                store.curriculum().materialsOf(a.id())));
    }

    static boolean largeType(Activity a) {
        return a.grades() != null && a.bands().contains(GradeBand.B0_3);
    }

    /** All of an activity's sheets, or only {@code materialId}'s, as one PDF. */
    public void pdf(Sheets sheets, String materialId, OutputStream out) {
        List<Material> chosen = materialId == null ? sheets.materials()
                : sheets.materials().stream().filter(m -> m.id().equals(materialId)).toList();
        SheetPdf.write(SheetHtml.document(sheets.activityTitle(), sheets.largeType(), chosen, css), out);
    }

    public static String pdfFileName(Sheets sheets, String materialId) {
        return "opdag-" + sheets.activityId() + (materialId == null ? "" : "-" + materialId) + ".pdf";
    }

    private static String readCss() {
        try (InputStream in = ShippedMaterials.class.getClassLoader().getResourceAsStream(CSS)) {
            if (in == null) {
                throw new IllegalStateException(CSS + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
