package dk.opdag.training.content;

import static org.assertj.core.api.Assertions.assertThat;

import dk.opdag.curriculum.load.CurriculumFiles;
import dk.opdag.curriculum.load.Problem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Each rule of the teacher-guides/ check, proven on a small valid folder with one thing broken at a time: the
 * problem names the file, the line and the rule.
 */
class TrainingContentRulesTest {

    private static final TrainingContentLoader.Catalogue CATALOGUE = new TrainingContentLoader.Catalogue(
            Set.of("skildpadden-tegner", "madpakke-instruktionen"), Set.of("skildpadde-kvadrat"));

    /** The shipped competences and cards, which are valid, beside a small track written here. */
    private static SortedMap<String, byte[]> shippedBase() throws Exception {
        SortedMap<String, byte[]> files = new TreeMap<>();
        for (String name : List.of(TrainingContentLoader.COMPETENCES, TrainingContentLoader.CARDS)) {
            files.put(name, Files.readAllBytes(Path.of("teacher-guides", name)));
        }
        return files;
    }

    static String question(String correctMarks) {
        String[] marks = correctMarks.split(",", -1);
        StringBuilder q = new StringBuilder("""
                      - question: Hvad tegner skildpadden?
                        options:
                """);
        for (int i = 0; i < marks.length; i++) {
            q.append("          - text: Svar ").append(i + 1).append("\n");
            if (marks[i].equals("x")) {
                q.append("            correct: true\n");
            }
        }
        q.append("        explanation: Fordi.\n");
        return q.toString();
    }

    static String module(String id, String tryLine, String card, int questions, String firstMarks) {
        StringBuilder m = new StringBuilder("""
                  - id: %s
                    title: Et modul
                    minutes: 30
                    goals:
                      - item: anv-blokke
                        text: Du kan bygge et program.
                    read: |
                      Et program er en opskrift. Computeren gør det, der står.
                    try:
                %s
                      task: Prøv det.
                    in-class:
                      activity: madpakke-instruktionen
                      task: Giv klassen forløbet.
                    reflection:
                      - Hvad lærte du?
                      - Hvad vil du gøre næste gang?
                    team:
                      card: %s
                    check:
                """.formatted(id, tryLine, card));
        for (int i = 0; i < questions; i++) {
            m.append(question(i == 0 ? firstMarks : "x,,"));
        }
        return m.toString();
    }

    static String track(String id, String... modules) {
        return "id: " + id + "\norder: 1\ntitle: Et forløb\nsummary: Kort.\nmodules:\n" + String.join("", modules);
    }

    static final String TRY_EXPERIMENT = "      experiment: skildpadde-kvadrat";

    private static String validTrack() {
        return track("mit-forloeb", module("m-en", TRY_EXPERIMENT, "anv-naar-det-driller", 3, "x,,"),
                module("m-to", "      activity: skildpadden-tegner", "anv-naar-det-driller", 3, ",x,"),
                module("m-tre", TRY_EXPERIMENT, "anv-naar-det-driller", 4, "x,"));
    }

    private static TrainingLoadResult load(String trackFile, String trackYaml) throws Exception {
        SortedMap<String, byte[]> files = shippedBase();
        files.put("tracks/" + trackFile, trackYaml.getBytes(StandardCharsets.UTF_8));
        return TrainingContentLoader.load(new CurriculumFiles("test", files), "teacher-guides/", CATALOGUE);
    }

    private static List<String> rules(TrainingLoadResult r) {
        return r.errors().stream().map(Problem::rule).toList();
    }

    private static Problem only(TrainingLoadResult r) {
        assertThat(r.errors()).as(r.errors().stream().map(Problem::format).collect(Collectors.joining("\n")))
                .hasSize(1);
        return r.errors().getFirst();
    }

    /** The line of the first occurrence of {@code text} in the YAML, 1-based. */
    private static int lineOf(String yaml, String text) {
        List<String> lines = yaml.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in yaml");
    }

    @Test
    void theValidTrackPasses() throws Exception {
        TrainingLoadResult r = load("mit-forloeb.yaml", validTrack());
        assertThat(r.errors()).isEmpty();
        // It trains only anv-blokke: every other item is named as one no module trains, at its own line.
        assertThat(r.warnings()).extracting(Problem::rule).containsOnly("item-without-module");
        assertThat(r.warnings()).hasSize(23).allMatch(p -> p.line() != null && p.file().endsWith("competences.yaml"));
        Track t = r.content().track("mit-forloeb").orElseThrow();
        assertThat(t.modules()).extracting(Module::id).containsExactly("m-en", "m-to", "m-tre");
        assertThat(t.modules().get(1).check().getFirst().correctIndex()).isEqualTo(1);
        assertThat(t.modules().get(1).tryIt().kind()).isEqualTo(Module.TryIt.Kind.ACTIVITY);
    }

    @Test
    void aQuestionWithoutACorrectAnswerIsRefusedWithFileLineAndRule() throws Exception {
        String yaml = track("mit-forloeb", module("m-en", TRY_EXPERIMENT, "anv-naar-det-driller", 3, ",,"),
                module("m-to", TRY_EXPERIMENT, "anv-naar-det-driller", 3, "x,"),
                module("m-tre", TRY_EXPERIMENT, "anv-naar-det-driller", 3, "x,"));
        Problem p = only(load("mit-forloeb.yaml", yaml));
        assertThat(p.rule()).isEqualTo("check-no-correct");
        assertThat(p.file()).isEqualTo("teacher-guides/tracks/mit-forloeb.yaml");
        assertThat(p.line()).isEqualTo(lineOf(yaml, "options:"));
        assertThat(p.format()).startsWith("teacher-guides/tracks/mit-forloeb.yaml:" + p.line() + ": [check-no-correct]");
    }

    @Test
    void twoCorrectAnswersAreRefused() throws Exception {
        String yaml = validTrack().replaceFirst("- text: Svar 2\n", "- text: Svar 2\n            correct: true\n");
        assertThat(rules(load("mit-forloeb.yaml", yaml))).containsExactly("check-many-correct");
    }

    @Test
    void aLinkToAnUnknownActivityOrExperimentIsRefused() throws Exception {
        String yaml = validTrack().replace("activity: madpakke-instruktionen", "activity: findes-ikke")
                .replaceFirst("experiment: skildpadde-kvadrat", "experiment: ingen-saadan");
        TrainingLoadResult r = load("mit-forloeb.yaml", yaml);
        assertThat(rules(r)).containsOnly("unknown-activity", "unknown-experiment");
        Problem experiment = r.errors().stream().filter(p -> p.rule().equals("unknown-experiment")).findFirst()
                .orElseThrow();
        assertThat(experiment.line()).isEqualTo(lineOf(yaml, "ingen-saadan"));
        assertThat(experiment.message()).contains("ingen-saadan");
        assertThat(r.errors().stream().filter(p -> p.rule().equals("unknown-activity"))).hasSize(3);
    }

    @Test
    void tryNeedsExactlyOneOfActivityAndExperiment() throws Exception {
        String both = validTrack().replaceFirst(TRY_EXPERIMENT, TRY_EXPERIMENT + "\n      activity: skildpadden-tegner");
        assertThat(rules(load("mit-forloeb.yaml", both))).containsExactly("try-target");
    }

    @Test
    void tooFewModulesAndTooFewQuestionsAreRefused() throws Exception {
        String yaml = track("mit-forloeb", module("m-en", TRY_EXPERIMENT, "anv-naar-det-driller", 2, "x,"),
                module("m-to", TRY_EXPERIMENT, "anv-naar-det-driller", 3, "x,"));
        assertThat(rules(load("mit-forloeb.yaml", yaml))).containsExactlyInAnyOrder("track-modules",
                "check-questions");
    }

    @Test
    void aGoalForAnUnknownItemAndAnUnknownCardAreRefused() throws Exception {
        String yaml = validTrack().replaceFirst("item: anv-blokke", "item: anv-blokkke")
                .replaceFirst("card: anv-naar-det-driller", "card: intet-kort");
        assertThat(rules(load("mit-forloeb.yaml", yaml))).containsExactlyInAnyOrder("unknown-item", "unknown-card");
    }

    @Test
    void malformedYamlIsReportedWithItsLine() throws Exception {
        String yaml = validTrack().replace("title: Et forløb", "title: \"Et forløb");
        Problem p = load("mit-forloeb.yaml", yaml).errors().getFirst();
        assertThat(p.rule()).isEqualTo("yaml-syntax");
        assertThat(p.line()).isNotNull();
    }

    @Test
    void aTypoInAFieldNameIsNamed() throws Exception {
        String yaml = validTrack().replaceFirst("explanation:", "explanaton:");
        TrainingLoadResult r = load("mit-forloeb.yaml", yaml);
        assertThat(rules(r)).containsExactly("unknown-field");
        assertThat(r.errors().getFirst().message()).contains("mente du 'explanation'");
    }

    @Test
    void theIdMustMatchTheFileNameAndModulesMustBeUnique() throws Exception {
        String yaml = validTrack().replace("id: m-to", "id: m-en");
        assertThat(rules(load("andet-navn.yaml", yaml))).containsExactlyInAnyOrder("id-filename", "duplicate-id");
    }

    @Test
    void competencesNeedSixLevelsPerItemAndTheFourDimensions() throws Exception {
        SortedMap<String, byte[]> files = shippedBase();
        String competences = new String(files.get(TrainingContentLoader.COMPETENCES), StandardCharsets.UTF_8)
                .replaceFirst("          - Jeg har aldrig bygget et program.\n", "")
                .replace("id: udvikling", "id: udviklingen");
        files.put(TrainingContentLoader.COMPETENCES, competences.getBytes(StandardCharsets.UTF_8));
        files.put("tracks/mit-forloeb.yaml", validTrack().getBytes(StandardCharsets.UTF_8));
        TrainingLoadResult r = TrainingContentLoader.load(new CurriculumFiles("test", files), "", CATALOGUE);
        assertThat(rules(r)).contains("item-levels", "dimensions", "item-count");
        assertThat(r.errors()).allMatch(p -> p.file().equals("competences.yaml"));
    }

    @Test
    void tooFewCardsAreRefused() throws Exception {
        SortedMap<String, byte[]> files = shippedBase();
        files.put(TrainingContentLoader.CARDS, """
                areas:
                  - id: anvendelse
                    name: Anvendelse
                    intro: Kort.
                    cards:
                      - id: et-kort
                        question: Hvad bruger vi?
                        follow-ups: []
                """.getBytes(StandardCharsets.UTF_8));
        files.put("tracks/mit-forloeb.yaml", validTrack().replace("anv-naar-det-driller", "et-kort")
                .getBytes(StandardCharsets.UTF_8));
        TrainingLoadResult r = TrainingContentLoader.load(new CurriculumFiles("test", files), "", CATALOGUE);
        assertThat(rules(r)).contains("card-follow-ups", "card-count");
    }

    @Test
    void aHardReadIsAWarningNotAnError() throws Exception {
        String hard = "Implementeringsstrategiernes kompetenceudviklingsperspektiver forudsætter organisatoriske "
                + "forandringsprocesser, institutionelle rammebetingelser og tværprofessionelle samarbejdsrelationer";
        String yaml = validTrack().replaceFirst("Et program er en opskrift. Computeren gør det, der står.", hard);
        TrainingLoadResult r = load("mit-forloeb.yaml", yaml);
        assertThat(r.errors()).isEmpty();
        assertThat(r.warnings()).extracting(Problem::rule).contains("module-lix");
        assertThat(r.warnings()).filteredOn(p -> p.rule().equals("module-lix")).hasSize(1);
    }

    @Test
    void aMissingTracksFolderIsReported() throws Exception {
        TrainingLoadResult r = TrainingContentLoader.load(new CurriculumFiles("test", shippedBase()), "",
                CATALOGUE);
        assertThat(rules(r)).containsExactly("missing-file");
        assertThat(r.content().tracks()).isEmpty();
    }

    @Test
    void linksAreNotCheckedWhenTheCatalogueIsUnknown() throws Exception {
        SortedMap<String, byte[]> files = shippedBase();
        files.put("tracks/mit-forloeb.yaml", validTrack().replace("madpakke-instruktionen", "hvad-som-helst")
                .getBytes(StandardCharsets.UTF_8));
        TrainingLoadResult r = TrainingContentLoader.load(new CurriculumFiles("test", files), "",
                new TrainingContentLoader.Catalogue(null, null));
        assertThat(r.errors()).isEmpty();
        assertThat(Map.of("modules", r.content().modules().size())).containsEntry("modules", 3);
    }
}
