package dk.opdag.cli;

import dk.opdag.curriculum.load.CurriculumLoader;
import dk.opdag.curriculum.load.CurriculumSourceException;
import dk.opdag.curriculum.load.ExperimentLookup;
import dk.opdag.curriculum.model.Experiment;
import dk.opdag.curriculum.model.Level;
import dk.opdag.experiment.level.LevelResult;
import dk.opdag.experiment.level.LevelRunner;
import dk.opdag.experiment.level.LevelSpec;
import dk.opdag.experiment.CheckOutcome;
import dk.opdag.experiment.Engine;
import dk.opdag.experiment.ExperimentSpec;
import dk.opdag.experiment.Limits;
import dk.opdag.experiment.RunResult;
import dk.opdag.experiment.TraceEvent;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code experiment run --experiment ID --workspace FILE.json} runs a Blockly workspace in an experiment and prints
 * the result as JSON; without {@code --experiment} it runs the workspace in the console world ("Frit eksperiment")
 * and prints each {@code text_print} line on standard output, and nothing else there. Both exit 0 whether the
 * program reaches its goal or not; only unusable input (a missing file, broken JSON, an unknown experiment) gives
 * a Danish message on standard error and a non-zero exit.
 */
final class ExperimentCommand implements CliCommand {

    static final String USAGE = """
            Brug: java -jar opdag.jar experiment run [--experiment ID [--level ID|NR]] --workspace FIL.json
                                                     [--curriculum MAPPE]
              Kører et Blockly-program (arbejdsområdets JSON).
              Med --experiment: på alle eksempler i et niveau (--level: niveauets id eller nummer, ellers det
                første); resultatet skrives som JSON (passed, score, grade, cases, steps, failedChecks, output,
                events ...) for det eksempel, eleven ville se.
              Uden --experiment: som frit eksperiment med standardblokkene; hver 'skriv'-blok giver én linje.
              Eksperimenterne læses fra --curriculum MAPPE, ellers ./curriculum, hvis den findes, ellers fra
              den kopi, der er bygget ind i programmet.
              Afslutningskode: 0 = programmet blev kørt (uanset om målet blev nået), 2 = kunne ikke køre.""";

    private static final Path DEFAULT_DIR = Path.of("curriculum");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** The free console prints far more lines than an experiment's trace keeps; one more trace event than lines. */
    static final Limits CONSOLE_LIMITS = new Limits(Limits.DEFAULT.stepBudget(), Limits.DEFAULT.maxRecursionDepth(),
            Limits.DEFAULT.maxCollectionSize(), 100_001, 100_000, Limits.DEFAULT.maxWorkspaceChars(),
            Duration.ofSeconds(10));

    /** Thrown for input the command cannot use; the message is Danish and goes to standard error. */
    private static final class Unusable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unusable(String message) {
            super(message);
        }
    }

    /** The parsed arguments of {@code experiment run}. */
    private record Options(String experiment, String level, Path workspace, Path curriculum) {
    }

    @Override
    public String name() {
        return "experiment";
    }

    @Override
    public String summary() {
        return "run [--experiment ID] --workspace FIL.json  kører et Blockly-program";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() == 1 && List.of("help", "--help", "-h").contains(args.getFirst())) {
            out.println(USAGE);
            return ExitCode.OK;
        }
        try {
            Options options = parse(args);
            String workspace = readWorkspace(options.workspace());
            if (options.experiment() == null) {
                return console(workspace, out, err);
            }
            return experiment(options, workspace, out);
        } catch (Unusable e) {
            err.println(e.getMessage());
            return ExitCode.UNUSABLE;
        } catch (CurriculumSourceException e) {
            err.println("Kan ikke læse eksperimenterne: " + e.getMessage());
            return ExitCode.UNUSABLE;
        }
    }

    private static Options parse(List<String> args) {
        if (args.isEmpty() || !args.getFirst().equals("run")) {
            throw new Unusable(USAGE);
        }
        String experiment = null;
        String level = null;
        String workspace = null;
        String curriculum = null;
        for (int i = 1; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String value;
            if (arg.contains("=")) {
                value = arg.substring(arg.indexOf('=') + 1);
            } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                value = args.get(++i);
            } else {
                throw new Unusable("Der mangler en værdi efter " + name + ".\n" + USAGE);
            }
            switch (name) {
                case "--experiment" -> experiment = value;
                case "--level" -> level = value;
                case "--workspace" -> workspace = value;
                case "--curriculum" -> curriculum = value;
                default -> throw new Unusable("Ukendt tilvalg: " + name + ".\n" + USAGE);
            }
        }
        if (workspace == null || workspace.isBlank()) {
            throw new Unusable("Angiv programmet med --workspace FIL.json.\n" + USAGE);
        }
        if (experiment != null && experiment.isBlank()) {
            throw new Unusable("Angiv eksperimentets id efter --experiment.\n" + USAGE);
        }
        if (level != null && experiment == null) {
            throw new Unusable("--level hører til et eksperiment: angiv også --experiment ID.\n" + USAGE);
        }
        return new Options(experiment, level, Path.of(workspace), curriculum == null ? null : Path.of(curriculum));
    }

    /** The file's text, refused when it is missing, too big or not a JSON object. */
    private static String readWorkspace(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new Unusable("Filen " + file + " findes ikke.");
        }
        String text;
        try {
            // UTF-8 takes at most four bytes per char: refuse what cannot fit before reading it all.
            if (Files.size(file) > 4L * Limits.DEFAULT.maxWorkspaceChars()) {
                throw new Unusable("Filen " + file + " er for stor til at være et program (mere end "
                        + Limits.DEFAULT.maxWorkspaceChars() + " tegn).");
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new Unusable("Filen " + file + " kan ikke læses: " + e.getMessage());
        }
        if (text.length() > Limits.DEFAULT.maxWorkspaceChars()) {
            throw new Unusable("Filen " + file + " er for stor til at være et program (mere end "
                    + Limits.DEFAULT.maxWorkspaceChars() + " tegn).");
        }
        JsonNode json;
        try {
            json = JSON.readTree(text);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new Unusable("Filen " + file + " er ikke gyldig JSON" + (line > 0 ? " (linje " + line + ")" : "")
                    + ". Gem programmet fra Blockly igen.");
        }
        if (json == null || !json.isObject()) {
            throw new Unusable("Filen " + file + " er ikke et Blockly-program: den skal være et JSON-objekt som "
                    + "{\"blocks\": {...}}.");
        }
        return text;
    }

    private static int console(String workspace, PrintStream out, PrintStream err) {
        RunResult result = Engine.run(ExperimentSpec.of("console", null, List.of()), workspace, CONSOLE_LIMITS);
        result.output().forEach(out::println);
        out.flush();
        if (result.trace().stream().anyMatch(e -> e.kind().equals("output_cut"))) {
            err.println("Programmet skrev så meget, at resten er udeladt.");
        }
        result.error().ifPresent(message -> err.println("Programmet stoppede: " + message));
        return ExitCode.OK;
    }

    private static int experiment(Options options, String workspace, PrintStream out) {
        Experiment experiment = find(options);
        Level level = level(experiment, options.level());
        LevelSpec spec;
        try {
            spec = LevelSpec.fromJson(level.spec());
        } catch (RuntimeException e) {
            throw new Unusable("Eksperimentet '" + experiment.id() + "' kan ikke køres: " + e.getMessage()
                    + " Kør 'curriculum check' for at se, hvad der er galt.");
        }
        LevelResult graded = LevelRunner.run(spec, workspace, Limits.DEFAULT);
        ObjectNode root = json(experiment, graded.shown());
        root.put("passed", graded.passed()).put("score", graded.score()).put("grade", graded.grade().name())
                .put("message", graded.message()).put("blocks", graded.blockCount());
        if (!level.id().isEmpty()) {
            root.put("level", level.id()).put("levelNumber", level.number());
        }
        ArrayNode cases = root.putArray("cases");
        graded.cases().forEach(c -> cases.addObject().put("number", c.number()).put("hidden", c.hidden())
                .put("passed", c.passed()));
        out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        return ExitCode.OK;
    }

    /** The level by id or number; the first when none is named. */
    private static Level level(Experiment experiment, String wanted) {
        if (wanted == null || wanted.isBlank()) {
            return experiment.first();
        }
        for (Level l : experiment.levels()) {
            if (l.id().equals(wanted) || Integer.toString(l.number()).equals(wanted)) {
                return l;
            }
        }
        throw new Unusable("Eksperimentet '" + experiment.id() + "' har intet niveau '" + wanted + "'. Niveauer: "
                + experiment.levels().stream().map(l -> l.number() + " (" + l.id() + ")")
                        .collect(java.util.stream.Collectors.joining(", ")) + ".");
    }

    private static Experiment find(Options options) {
        Path dir = options.curriculum() != null ? options.curriculum()
                : Files.isDirectory(DEFAULT_DIR) ? DEFAULT_DIR : null;
        String id = options.experiment();
        ExperimentLookup lookup = dir != null ? CurriculumLoader.findExperiment(dir, id)
                : CurriculumLoader.findExperimentOnClasspath("curriculum", id);
        if (lookup.experiment().isEmpty() && lookup.knownIds().contains(id)) {
            throw new Unusable("Eksperimentet '" + id + "' kan ikke læses. Kør 'curriculum check' for at se, hvad "
                    + "der er galt.");
        }
        return lookup.experiment().orElseThrow(() -> new Unusable("Eksperimentet '" + id + "' findes ikke. Kendte "
                + "eksperimenter: " + (lookup.knownIds().isEmpty() ? "ingen" : String.join(", ", lookup.knownIds()))
                + "."));
    }

    /** The result for authors and scripts: verdict, checks, output and the trace of events. */
    static ObjectNode json(Experiment experiment, RunResult result) {
        ObjectNode root = F.objectNode();
        root.put("experiment", experiment.id()).put("world", experiment.world());
        root.put("passed", result.passed()).put("steps", result.steps());
        if (result.error().isPresent()) {
            root.put("error", result.error().get());
        } else {
            root.putNull("error");
        }
        ArrayNode checks = root.putArray("checks");
        ArrayNode failed = root.putArray("failedChecks");
        for (CheckOutcome c : result.checks()) {
            checks.addObject().put("type", c.type()).put("passed", c.passed()).put("message", c.message());
            if (!c.passed()) {
                failed.addObject().put("type", c.type()).put("message", c.message());
            }
        }
        ArrayNode output = root.putArray("output");
        result.output().forEach(output::add);
        ArrayNode events = root.putArray("events");
        for (TraceEvent e : result.trace()) {
            ObjectNode event = events.addObject();
            if (e.blockId() == null) {
                event.putNull("blockId");
            } else {
                event.put("blockId", e.blockId());
            }
            event.put("kind", e.kind()).set("data", e.data());
        }
        root.set("finalWorld", result.finalWorld());
        return root;
    }
}
