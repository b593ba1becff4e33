package dk.opdag.materials.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessStreamCache;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.langdetect.opennlp.OpenNLPDetector;
import org.apache.tika.language.detect.LanguageDetector;
import org.apache.tika.language.detect.LanguageResult;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * The child process that touches an uploaded file: detects its type from the content, refuses what Opdag does not
 * take, removes location data from photos, renders a PDF's first page and extracts text and metadata with Tika. It
 * runs with a small heap and is killed when it takes too long (see {@link SandboxedExtractor}), so a zip bomb, a
 * hanging parser or a huge PDF ends this process, never the server.
 * <p>
 * {@code ExtractionWorker INPUT OUTDIR FILENAME MAXCHARS MAXPAGES} writes {@code OUTDIR/result.json}: either
 * {@code {"ok":true, ...}} with the text in {@code OUTDIR/text.txt}, or {@code {"ok":false,"refusal":..,"args":[..]}}.
 */
public final class ExtractionWorker {

    static final String RESULT = "result.json";
    static final String TEXT = "text.txt";
    static final String CLEANED = "cleaned.bin";
    static final String PREVIEW = "preview.png";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path input;
    private final Path outDir;
    private final String fileName;
    private final int maxChars;
    private final int maxPages;

    private ExtractionWorker(Path input, Path outDir, String fileName, int maxChars, int maxPages) {
        this.input = input;
        this.outDir = outDir;
        this.fileName = fileName;
        this.maxChars = maxChars;
        this.maxPages = maxPages;
    }

    public static void main(String[] args) throws IOException {
        ExtractionWorker worker = new ExtractionWorker(Path.of(args[0]), Path.of(args[1]), args[2],
                Integer.parseInt(args[3]), Integer.parseInt(args[4]));
        Map<String, Object> result;
        try {
            result = worker.run();
        } catch (ExtractionRefused refused) {
            result = refusal(refused.reason(), refused.arguments());
        } catch (RuntimeException | IOException | TikaException | org.xml.sax.SAXException e) {
            result = refusal(classify(e), worker.fileName);
        }
        Files.writeString(worker.outDir.resolve(RESULT), JSON.writeValueAsString(result), StandardCharsets.UTF_8);
        System.exit(0);
    }

    private static Map<String, Object> refusal(Refusal reason, Object... args) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("ok", false);
        result.put("refusal", reason.name());
        List<String> texts = new ArrayList<>();
        for (Object a : args) {
            texts.add(String.valueOf(a));
        }
        result.put("args", texts);
        return result;
    }

    /** What an exception from a parser means for the teacher. */
    static Refusal classify(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (t instanceof EncryptedDocumentException || t instanceof InvalidPasswordException
                    || message.contains("encrypt") || message.contains("password")) {
                return Refusal.ENCRYPTED;
            }
            if (message.contains("zip bomb") || message.contains("zipbomb")
                    || t.getClass().getSimpleName().contains("ZipBomb")) {
                return Refusal.ZIP_BOMB;
            }
            if (t instanceof ZeroByteFileException) {
                return Refusal.EMPTY;
            }
        }
        return Refusal.DAMAGED;
    }

    private Map<String, Object> run() throws IOException, TikaException, org.xml.sax.SAXException, ExtractionRefused {
        if (Files.size(input) == 0) {
            throw new ExtractionRefused(Refusal.EMPTY);
        }
        TikaConfig config = TikaConfig.getDefaultConfig();
        String type = detect(config);
        if (AcceptedTypes.isExecutable(type)) {
            throw new ExtractionRefused(Refusal.EXECUTABLE, fileName);
        }
        if (AcceptedTypes.looksDamaged(type, fileName)) {
            throw new ExtractionRefused(Refusal.DAMAGED, fileName);
        }
        if (!AcceptedTypes.accepted(type)) {
            throw new ExtractionRefused(Refusal.UNSUPPORTED_TYPE, type, fileName);
        }
        Path stored = input;
        Path preview = null;
        Integer pdfPages = null;
        if (type.equals(AcceptedTypes.PDF)) {
            pdfPages = checkPdfAndPreview();
            preview = Files.exists(outDir.resolve(PREVIEW)) ? outDir.resolve(PREVIEW) : null;
        } else if (AcceptedTypes.isImage(type)) {
            stored = outDir.resolve(CLEANED);
            ImageCleaner.removeLocation(type, input, stored);
        }

        Metadata metadata = new Metadata();
        BodyContentHandler handler = new BodyContentHandler(maxChars);
        boolean truncated = false;
        try (TikaInputStream in = TikaInputStream.get(stored)) {
            new AutoDetectParser(config).parse(in, handler, metadata, context());
        } catch (org.xml.sax.SAXException | TikaException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw e;
            }
            truncated = true;
        }
        if (AcceptedTypes.isImage(type) && ImageCleaner.hasLocation(metadata)) {
            throw new ExtractionRefused(Refusal.LOCATION_KEPT);
        }
        String text = handler.toString().replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll("\\n\\s*\\n\\s*\\n+", "\n\n")
                .strip();
        Files.writeString(outDir.resolve(TEXT), text, StandardCharsets.UTF_8);

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("ok", true);
        result.put("mediaType", type);
        result.put("title", blankToNull(metadata.get(TikaCoreProperties.TITLE)));
        result.put("author", blankToNull(metadata.get(TikaCoreProperties.CREATOR)));
        result.put("pages", pages(metadata, pdfPages));
        result.put("language", language(metadata, text));
        result.put("truncated", truncated);
        result.put("stored", stored.toString());
        result.put("preview", preview == null ? null : preview.toString());
        return result;
    }

    /** From the bytes alone: a name says nothing about what a file is. */
    private String detect(TikaConfig config) throws IOException {
        try (TikaInputStream in = TikaInputStream.get(input)) {
            MediaType type = config.getDetector().detect(in, new Metadata());
            return type.getBaseType().toString();
        }
    }

    /**
     * Opens a PDF with PDFBox (buffered in temporary files, not the heap), refuses it when it is encrypted or longer
     * than the limit, and renders page one for the preview.
     */
    private Integer checkPdfAndPreview() throws IOException, ExtractionRefused {
        RandomAccessStreamCache.StreamCacheCreateFunction cache = MemoryUsageSetting.setupTempFileOnly().streamCache;
        PDDocument document;
        try {
            document = Loader.loadPDF(input.toFile(), "", null, null, cache);
        } catch (InvalidPasswordException e) {
            throw new ExtractionRefused(Refusal.ENCRYPTED);
        }
        try (document) {
            if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
                throw new ExtractionRefused(Refusal.ENCRYPTED);
            }
            int pages = document.getNumberOfPages();
            if (pages > maxPages) {
                throw new ExtractionRefused(Refusal.TOO_MANY_PAGES, Integer.toString(pages), Integer.toString(maxPages));
            }
            if (pages > 0) {
                PdfPreview.renderFirstPage(document, outDir.resolve(PREVIEW));
            }
            return pages;
        }
    }

    private static ParseContext context() {
        ParseContext context = new ParseContext();
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setExtractInlineImages(false);
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        context.set(PDFParserConfig.class, pdf);
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, ocr);
        return context;
    }

    private static Integer pages(Metadata metadata, Integer pdfPages) {
        if (pdfPages != null) {
            return pdfPages;
        }
        for (String value : new String[] {metadata.get(PagedText.N_PAGES), metadata.get(Office.PAGE_COUNT),
                metadata.get(Office.SLIDE_COUNT)}) {
            if (value != null && value.matches("\\d{1,7}")) {
                return Integer.valueOf(value);
            }
        }
        return null;
    }

    /** The document's own language tag, else what OpenNLP's detector hears in the first 10,000 characters. */
    private static String language(Metadata metadata, String text) {
        String declared = blankToNull(metadata.get(TikaCoreProperties.LANGUAGE));
        if (declared != null && declared.matches("[A-Za-z]{2,3}([-_].*)?")) {
            return declared.substring(0, Math.min(declared.length(), declared.matches("[A-Za-z]{2}([-_].*)?") ? 2 : 3))
                    .toLowerCase(Locale.ROOT);
        }
        if (text.codePoints().filter(Character::isLetter).count() < 20) {
            return null;
        }
        try {
            // OpenNLP's model tells Danish from Norwegian well on a paragraph; on a few words it may not, so the best
            // guess is kept even when its confidence is low (the teacher sees and may correct it).
            LanguageDetector detector = new OpenNLPDetector().loadModels();
            List<LanguageResult> results = detector.detectAll(text.length() > 10_000 ? text.substring(0, 10_000) : text);
            return results.isEmpty() || results.getFirst().getLanguage().isBlank() ? null
                    : twoLetters(results.getFirst().getLanguage());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** OpenNLP answers in ISO 639-3 ({@code dan}); Opdag shows ISO 639-1 ({@code da}). */
    static String twoLetters(String code) {
        if (code.length() == 2) {
            return code;
        }
        if (code.equals("nob") || code.equals("nno")) {
            return "no";
        }
        for (String two : Locale.getISOLanguages()) {
            try {
                if (Locale.of(two).getISO3Language().equals(code)) {
                    return two;
                }
            } catch (java.util.MissingResourceException ignored) {
                // a code without a three-letter form
            }
        }
        return code;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** For tests of the protocol: reads a result file back. */
    static Map<?, ?> readResult(Path outDir) throws IOException {
        try (InputStream in = Files.newInputStream(outDir.resolve(RESULT))) {
            return JSON.readValue(in, Map.class);
        }
    }
}
