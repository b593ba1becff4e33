package dk.opdag.cli;

import dk.opdag.curriculum.load.CurriculumLoader;
import dk.opdag.materials.extract.Extraction;
import dk.opdag.materials.extract.ExtractionLimits;
import dk.opdag.materials.extract.ExtractionRefused;
import dk.opdag.materials.extract.SandboxedExtractor;
import dk.opdag.materials.store.Tag;
import dk.opdag.materials.tags.TagSuggester;
import dk.opdag.shell.OpdagI18nProvider;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code materials extract FILE}: reads a file exactly as an upload is read (type from the content, in the same
 * bounded child process) and prints JSON with type, title, pages, language, chars, the first 2,000 characters of
 * text and suggested tags. A refused file exits 2 with the Danish message on standard error.
 */
public final class MaterialsCommand implements CliCommand {

    static final String USAGE = """
            Brug: java -jar opdag.jar materials extract FIL
              Læser FIL, som Opdag læser en lærers upload: typen findes ud fra indholdet, og teksten og
              oplysningerne (titel, sider, sprog) læses i en afgrænset proces. Skriver JSON med type, title,
              pages, language, chars, text (de første 2.000 tegn) og tags (forslag til fag, klassetrin og
              kompetenceområder).
              Afslutningskode: 0 = læst, 2 = filen blev afvist eller findes ikke (besked på standardfejl).""";
    static final int TEXT_CHARS = 2_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public String name() {
        return "materials";
    }

    @Override
    public String summary() {
        return "extract FIL  læser en fil og skriver tekst og oplysninger som JSON";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() == 1 && List.of("help", "--help", "-h").contains(args.getFirst())) {
            out.println(USAGE);
            return ExitCode.OK;
        }
        if (args.size() != 2 || !args.getFirst().equals("extract")) {
            err.println(USAGE);
            return ExitCode.UNUSABLE;
        }
        Path file = Path.of(args.get(1));
        if (!Files.isRegularFile(file)) {
            err.println("Filen " + file + " findes ikke.");
            return ExitCode.UNUSABLE;
        }
        Path work = null;
        try {
            work = Files.createTempDirectory("opdag-extract-");
            long limit = 100L * 1024 * 1024;
            if (Files.size(file) > limit) {
                throw new ExtractionRefused(dk.opdag.materials.extract.Refusal.TOO_LARGE, "100");
            }
            Extraction e = new SandboxedExtractor(ExtractionLimits.DEFAULT, 1)
                    .extract(file, file.getFileName().toString(), work);
            out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json(e)));
            return ExitCode.OK;
        } catch (ExtractionRefused refused) {
            err.println(OpdagI18nProvider.translate(refused.reason().messageKey(), OpdagI18nProvider.DANISH,
                    refused.arguments()));
            return ExitCode.UNUSABLE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            SandboxedExtractor.deleteQuietly(work);
        }
    }

    private static Map<String, Object> json(Extraction e) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", e.mediaType());
        json.put("title", e.title());
        json.put("pages", e.pages());
        json.put("language", e.language());
        json.put("chars", e.chars());
        json.put("text", e.text().length() > TEXT_CHARS ? e.text().substring(0, TEXT_CHARS) : e.text());
        TagSuggester.Suggestions s = new TagSuggester(CurriculumLoader.loadFromClasspath("curriculum").curriculum())
                .suggest(e.text());
        Map<String, Object> tags = new LinkedHashMap<>();
        tags.put("subjects", s.subjects().stream().map(Tag::value).toList());
        tags.put("band", s.band() == null ? null : s.band().value());
        tags.put("areas", s.areas().stream().map(Tag::value).toList());
        json.put("tags", tags);
        return json;
    }
}
