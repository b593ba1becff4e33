package dk.opdag.materials.sheets;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * The print view's XHTML as a PDF, with openhtmltopdf (a CSS 2.1 renderer on PDFBox, the PDF library Tika already
 * brings): one markup and one style sheet for screen, printer and download, so the PDF cannot drift from what the
 * teacher saw. The standard PDF fonts cover Danish letters.
 */
public final class SheetPdf {

    private SheetPdf() {
    }

    public static void write(String xhtml, OutputStream out) {
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
