package dk.opdag.curriculum.load;

import dk.opdag.curriculum.model.Experiment;
import dk.opdag.curriculum.model.GradeRange;
import dk.opdag.curriculum.model.Level;
import dk.opdag.experiment.ExperimentSpec;
import dk.opdag.experiment.check.GoalCheck;
import dk.opdag.experiment.check.GoalCheckException;
import dk.opdag.experiment.check.GoalCheckParser;
import dk.opdag.experiment.Engine;
import dk.opdag.experiment.level.LevelSpec;
import dk.opdag.experiment.world.World;
import dk.opdag.experiment.world.Worlds;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads one experiment folder, {@code experiments/<id>/}. Two forms:
 * <ul>
 *   <li>with {@code levels} in {@code experiment.yaml}: 4–8 levels, each with its task, start, checks, cases,
 *       toolbox, hints, worked example and reference solution, programs written in the compact text form
 *       ({@link BlockScript}) or as Blockly JSON files in the folder ({@link LevelReader});</li>
 *   <li>the older single-goal form: {@code experiment.yaml} with one goal, {@code solution.json} and the optional
 *       {@code start.json}; read as an experiment with one level.</li>
 * </ul>
 * Checks everything that needs no run; running the programs is {@link ExperimentRuns}' job.
 */
final class ExperimentReader {

    static final String YAML = "experiment.yaml";
    static final String START = "start.json";
    static final String SOLUTION = "solution.json";
    static final int MAX_HINTS = 3;
    /** What Blockly saves for a workspace without blocks. */
    static final String EMPTY_WORKSPACE = "{}";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * A workspace: its text and tree (null when it could not be read), and where it came from.
     *
     * @param path   the JSON file, or null for a program written in experiment.yaml or an empty workspace
     * @param line   the line in experiment.yaml of a program written there; null otherwise
     * @param source the compact text form, when the program was written that way
     */
    record Workspace(String path, String text, JsonNode json, Integer line, String source) {

        static Workspace empty() {
            return new Workspace(null, EMPTY_WORKSPACE, JsonNodeFactory.instance.objectNode(), null, null);
        }

        boolean isEmpty() {
            return path == null && line == null;
        }
    }

    /**
     * One level together with what the checks after reading need.
     *
     * @param spec     null when world, checks, cases or start are broken (then nothing is run)
     * @param example  the worked example's program; null when there is none
     * @param where    for messages: "" for the single-goal form, else "niveau 2 (ret-beskeden)"
     * @param known    what the pupil is told (title, task, experiment goal): values named there give nothing away
     * @param report   where problems with the level's texts and checks go (experiment.yaml)
     * @param solutionReport where problems with the solution go (solution.json, or experiment.yaml)
     * @param startReport    where problems with the start go (start.json, or experiment.yaml)
     */
    record LevelRead(Level level, String where, LevelSpec spec, ToolboxReader.Toolbox toolbox, Workspace start,
                     Workspace solution, Workspace example, JsonNode exampleStart, String known, Integer line,
                     Integer hintsLine, FileReport report, FileReport solutionReport, FileReport startReport) {

        String prefix() {
            return where.isEmpty() ? "" : where + ": ";
        }
    }

    /** An experiment and its levels as read. */
    record Read(Experiment experiment, String folderId, YamlNode root, FileReport report, List<LevelRead> levels) {

        Integer line(String path) {
            return YamlNode.lineAt(root, path);
        }

        boolean namedRight() {
            return folderId.equals(experiment.id());
        }
    }

    private final CurriculumFiles files;
    private final Problems problems;
    private final String folder;
    private final FileReport report;

    ExperimentReader(CurriculumFiles files, Problems problems, String folder) {
        this.files = files;
        this.problems = problems;
        this.folder = folder;
        this.report = problems.file(folder + "/" + YAML);
    }

    /** @param folder e.g. {@code experiments/skildpadde-sekskant} */
    static Optional<Read> read(CurriculumFiles files, Problems problems, String folder) {
        return new ExperimentReader(files, problems, folder).read();
    }

    private Optional<Read> read() {
        String yamlPath = folder + "/" + YAML;
        if (!files.has(yamlPath)) {
            report.report(Rule.MISSING_FILE, null, "eksperimentmappen mangler sin " + YAML);
            return Optional.empty();
        }
        byte[] yaml = files.files().get(yamlPath);
        Optional<YamlNode> root = YamlTreeReader.read(yaml, report);
        Optional<Fields> fields = root.flatMap(r -> Fields.of(r, "", report));
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        Fields f = fields.get();
        boolean leveled = ((YamlNode.Mapping) root.get()).get("levels") != null;
        if (leveled) {
            f.allowOnly("id", "title", "goal", "grades", "world", "start", "seed", "toolbox", "legacyLevel", "levels");
        } else {
            f.allowOnly("id", "title", "goal", "grades", "world", "start", "checks", "maxBlocks", "seed", "toolbox",
                    "hints");
        }
        String folderId = folder.substring(folder.lastIndexOf('/') + 1);
        String id = f.text("id");
        Ids.checkSlug(id, Ids.SLUG, report, f.lineOf("id"));
        if (id != null && !id.equals(folderId)) {
            report.report(Rule.ID_FILENAME, f.lineOf("id"), "id er '" + id + "', men mappen hedder '" + folderId
                    + "'; de skal være ens");
        }
        String title = f.text("title");
        String goal = f.text("goal");
        GradeRange grades = f.gradeRange("grades", true);
        if (grades != null) {
            GradeChecks.checkRange(grades, "grades", report, f.lineOf("grades"));
        }
        String worldId = f.text("world");
        Optional<World> world = world(worldId, f);
        Set<String> used = new LinkedHashSet<>();
        used.add(yamlPath);
        List<LevelRead> levels;
        String legacyLevel;
        if (leveled) {
            LevelReader reader = new LevelReader(files, problems, folder, report, root.get(), world.orElse(null),
                    worldId, joined(title, goal), used);
            levels = reader.readAll();
            legacyLevel = reader.legacyLevel(f, levels);
        } else {
            levels = List.of(single(root.get(), f, world.orElse(null), worldId, title, goal, used));
            legacyLevel = Level.SINGLE;
        }
        warnAboutOtherFiles(used);
        Experiment experiment = new Experiment(id, title, goal, grades, worldId,
                levels.stream().map(LevelRead::level).toList(), legacyLevel, hash(used));
        return Optional.of(new Read(experiment, folderId, root.get(), report, levels));
    }

    static String joined(String... texts) {
        return java.util.Arrays.stream(texts).filter(java.util.Objects::nonNull).collect(Collectors.joining("\n"));
    }

    // ---- the older single-goal form -------------------------------------------------------------------------------

    private LevelRead single(YamlNode root, Fields f, World world, String worldId, String title, String goal,
                             Set<String> used) {
        Set<String> knownTypes = world == null ? null : blockTypes(world);
        ExperimentSpec spec = spec(root, f, world);
        ToolboxReader.Toolbox toolbox = toolbox(((YamlNode.Mapping) root).get("toolbox"), knownTypes, worldId,
                report, "toolbox");
        List<String> hints = f.texts("hints", false);
        if (hints.size() > MAX_HINTS) {
            report.report(Rule.HINTS_TOO_MANY, f.lineOf("hints"), "der er " + hints.size() + " hints, men højst "
                    + MAX_HINTS + ": fra et lille skub til næsten løsningen");
        }
        Workspace start = file(START, false, knownTypes, worldId);
        Workspace solution = file(SOLUTION, true, knownTypes, worldId);
        if (start.path() != null) {
            used.add(start.path());
        }
        if (solution != null) {
            used.add(solution.path());
        }
        Level level = new Level(Level.SINGLE, 1, null, title, goal, specJson(root), toolbox.json(), start.text(),
                solution == null ? null : solution.text(), hints, null);
        LevelSpec levelSpec = spec == null ? null : LevelSpec.single(spec);
        return new LevelRead(level, "", levelSpec, toolbox, start, solution, null, null, joined(title, goal),
                f.lineOf("checks"), f.lineOf("hints"), report, problems.file(folder + "/" + SOLUTION),
                problems.file(folder + "/" + START));
    }

    /** What ExperimentSpec.fromJson reads, straight from the YAML. */
    private static JsonNode specJson(YamlNode root) {
        YamlNode.Mapping m = root instanceof YamlNode.Mapping map ? map : new YamlNode.Mapping(1, java.util.Map.of());
        ObjectNode spec = JsonNodeFactory.instance.objectNode();
        for (String key : List.of("world", "start", "checks", "maxBlocks", "seed")) {
            if (m.get(key) != null) {
                spec.set(key, YamlJson.of(m.get(key)));
            }
        }
        return spec;
    }

    /** Checks world, checks, maxBlocks, seed and start state one by one (each with its line); null if any fails. */
    private ExperimentSpec spec(YamlNode root, Fields f, World world) {
        boolean ok = world != null;
        YamlNode.Mapping m = (YamlNode.Mapping) root;
        YamlNode checks = m.get("checks");
        if (checks == null || checks instanceof YamlNode.Scalar(int l, Object v) && v == null) {
            report.report(Rule.REQUIRED_FIELD, f.lineOf("checks"), "feltet 'checks' mangler: hvordan ved "
                    + "eksperimentet, at målet er nået?");
            ok = false;
        } else if (!(checks instanceof YamlNode.Sequence(int l, List<YamlNode> items)) || items.isEmpty()) {
            report.report(Rule.WRONG_TYPE, checks.line(), "'checks' skal være en liste med mindst én regel, fx "
                    + "- type: reach_flag");
            ok = false;
        } else {
            for (int i = 0; i < items.size(); i++) {
                ok &= check(items.get(i), i + 1, world, report, "");
            }
        }
        Integer maxBlocks = optionalInteger(m, "maxBlocks", 1, report);
        Integer seed = optionalInteger(m, "seed", Integer.MIN_VALUE, report);
        ok &= (m.get("maxBlocks") == null || maxBlocks != null) && (m.get("seed") == null || seed != null);
        YamlNode start = m.get("start");
        JsonNode startJson = start == null ? JsonNodeFactory.instance.objectNode() : YamlJson.of(start);
        if (start != null && !(start instanceof YamlNode.Mapping)
                && !(start instanceof YamlNode.Scalar(int l, Object v) && v == null)) {
            report.report(Rule.START_STATE, start.line(), "'start' skal være et objekt med verdenens startværdier, "
                    + "men er " + start.kind());
            return null;
        }
        if (world != null) {
            try {
                world.create(startJson.isNull() ? JsonNodeFactory.instance.objectNode() : startJson,
                        seed == null ? ExperimentSpec.DEFAULT_SEED : seed);
            } catch (IllegalArgumentException e) { // StartStateException, or a world that trips over odd values
                report.report(Rule.START_STATE, start == null ? f.lineOf("world") : start.line(),
                        "startværdierne passer ikke til verdenen '" + world.id() + "': " + e.getMessage());
                ok = false;
            }
        }
        if (!ok) {
            return null;
        }
        try {
            return ExperimentSpec.fromJson(specJson(root));
        } catch (RuntimeException e) { // every part was checked above; this is a safety net with a clear message
            report.report(Rule.CHECK_MALFORMED, f.lineOf("checks"), "eksperimentet kan ikke bygges: " + e.getMessage());
            return null;
        }
    }

    // ---- shared by both forms -------------------------------------------------------------------------------------

    private Optional<World> world(String worldId, Fields f) {
        if (worldId == null) {
            return Optional.empty();
        }
        Optional<World> world = Worlds.find(worldId);
        if (world.isEmpty()) {
            Set<String> known = Worlds.all().stream().map(World::id).collect(Collectors.toCollection(
                    java.util.LinkedHashSet::new));
            report.report(Rule.UNKNOWN_WORLD, f.lineOf("world"), "verdenen '" + worldId + "' findes ikke"
                    + Spelling.closest(worldId, known).map(w -> " – mente du '" + w + "'?").orElse("")
                    + " (kendte verdener: " + String.join(", ", known) + ")");
        }
        return world;
    }

    static Set<String> blockTypes(World world) {
        return Engine.allowedBlockTypes(world.id());
    }

    /** One goal check, reported with its line when it cannot be read or does not belong to the world. */
    static boolean check(YamlNode node, int number, World world, FileReport report, String prefix) {
        GoalCheck check;
        try {
            check = GoalCheckParser.parse(YamlJson.of(node), number, Worlds.checkReader());
        } catch (GoalCheckException e) {
            report.report(Rule.CHECK_MALFORMED, node.line(), prefix + e.getMessage());
            return false;
        }
        if (world != null && !GoalCheck.GENERAL_TYPES.contains(check.type())
                && !world.checkTypes().contains(check.type())) {
            Set<String> possible = new java.util.TreeSet<>(world.checkTypes());
            possible.addAll(GoalCheck.GENERAL_TYPES);
            report.report(Rule.CHECK_WORLD, node.line(), prefix + "regel " + number + " (" + check.type()
                    + ") kan ikke bruges i verdenen '" + world.id() + "'; her kan du bruge: "
                    + String.join(", ", possible));
            return false;
        }
        return true;
    }

    static Integer optionalInteger(YamlNode.Mapping m, String name, int min, FileReport report) {
        YamlNode node = m.get(name);
        if (node == null) {
            return null;
        }
        if (node instanceof YamlNode.Scalar(int l, Integer value)) {
            if (value < min) {
                report.report(Rule.VALUE_RANGE, l, "'" + name + "' er " + value + ", men skal være mindst " + min);
                return null;
            }
            return value;
        }
        report.report(Rule.WRONG_TYPE, node.line(), "'" + name + "' skal være et helt tal, men er " + node.kind());
        return null;
    }

    static ToolboxReader.Toolbox toolbox(YamlNode node, Set<String> knownTypes, String world, FileReport report,
                                         String path) {
        if (node == null) {
            report.report(Rule.REQUIRED_FIELD, null, "feltet '" + path + "' mangler: hvilke blokke må eleven bruge?");
            return new ToolboxReader.Toolbox(JsonNodeFactory.instance.objectNode(), Set.of(), false, false);
        }
        return ToolboxReader.read(node, report, knownTypes, world);
    }

    /** Reads a workspace file of the folder; reports a missing required file, broken JSON and unknown blocks. */
    Workspace file(String name, boolean required, Set<String> knownTypes, String world) {
        String path = folder + "/" + name;
        FileReport fileReport = problems.file(path);
        if (!files.has(path)) {
            if (required) {
                fileReport.report(Rule.MISSING_FILE, null, "referenceløsningen mangler: gem et program, der når "
                        + "målet, som " + name + " (Blocklys JSON)");
                return null;
            }
            return Workspace.empty();
        }
        String text = new String(files.files().get(path), StandardCharsets.UTF_8);
        JsonNode json;
        try {
            json = JSON.readTree(text);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            fileReport.report(Rule.WORKSPACE_JSON, line > 0 ? line : null, "filen er ikke gyldig JSON: "
                    + YamlTreeReader.summary(e.getOriginalMessage()));
            return new Workspace(path, text, null, null, null);
        }
        if (json == null || !json.isObject() || json.has("blocks") && !json.get("blocks").isObject()) {
            fileReport.report(Rule.WORKSPACE_JSON, null, "filen skal være et Blockly-arbejdsområde, som Blockly "
                    + "gemmer det: {\"blocks\": {\"languageVersion\": 0, \"blocks\": [...]}}");
            return new Workspace(path, text, null, null, null);
        }
        boolean known = true;
        if (knownTypes != null) {
            Set<String> reported = new HashSet<>();
            for (WorkspaceBlocks.Found b : WorkspaceBlocks.of(json)) {
                if (!knownTypes.contains(b.type()) && reported.add(b.type())) {
                    fileReport.report(Rule.UNKNOWN_BLOCK, lineOfType(text, b.type()), "blokken '" + b.type()
                            + "' findes hverken blandt Blocklys standardblokke eller i verdenen '" + world + "'");
                    known = false;
                }
            }
        }
        return new Workspace(path, text, known ? json : null, null, null);
    }

    /** The line of {@code "type": "x"} in pretty-printed JSON, to point at an unknown block. */
    private static Integer lineOfType(String text, String type) {
        Matcher m = Pattern.compile("\"type\"\\s*:\\s*\"" + Pattern.quote(type) + "\"").matcher(text);
        if (!m.find()) {
            return null;
        }
        return (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
    }

    private void warnAboutOtherFiles(Set<String> used) {
        files.under(folder).filter(p -> !used.contains(p) && !p.endsWith("/README.md")
                && !p.substring(p.lastIndexOf('/') + 1).startsWith(".")).forEach(p ->
                problems.add(Rule.IGNORED_FILE, p, null, "filen bliver ikke læst: en eksperimentmappe har "
                        + YAML + " og de programfiler, den nævner (" + START + " og " + SOLUTION + " uden levels)"));
    }

    private String hash(Set<String> used) {
        StringBuilder all = new StringBuilder();
        for (String path : new java.util.TreeSet<>(used)) {
            byte[] bytes = files.files().get(path);
            all.append(path).append('\u0000').append(bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8))
                    .append('\u0000');
        }
        return CurriculumLoader.sha256(all.toString().getBytes(StandardCharsets.UTF_8));
    }
}
