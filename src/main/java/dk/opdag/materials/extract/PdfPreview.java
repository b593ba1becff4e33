package dk.opdag.materials.extract;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** A PDF's first page as a PNG about 500 pixels wide: enough to recognise a worksheet in a list. */
final class PdfPreview {

    static final int WIDTH = 500;

    private PdfPreview() {
    }

    static void renderFirstPage(PDDocument document, Path png) throws IOException {
        PDRectangle box = document.getPage(0).getCropBox();
        float scale = Math.min(2f, WIDTH / Math.max(1f, box.getWidth()));
        BufferedImage image = new PDFRenderer(document).renderImage(0, scale, ImageType.RGB);
        ImageIO.write(image, "png", png.toFile());
    }
}
