package dk.opdag.materials.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Set;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.pdf.PDFParser;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Test only: a PDF parser that never returns for a PDF whose bytes contain {@link #MARKER}, standing in for a parser
 * bug that loops forever; every other PDF goes to Tika's own parser. Registered through
 * {@code META-INF/services} on the test class path, where Tika lets non-Tika parsers take precedence.
 */
public class HangingPdfParser implements Parser {

    public static final String MARKER = "OPDAG-HANG";
    private final PDFParser pdf = new PDFParser();

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
        return Set.of(MediaType.application("pdf"));
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
            throws IOException, SAXException, TikaException {
        TikaInputStream tis = TikaInputStream.get(stream);
        String bytes = new String(Files.readAllBytes(tis.getPath()), StandardCharsets.ISO_8859_1);
        if (bytes.contains(MARKER)) {
            while (true) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    // a stuck parser ignores interrupts too
                }
            }
        }
        pdf.parse(tis, handler, metadata, context);
    }
}
