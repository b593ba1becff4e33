package dk.opdag.curriculum.load;

import dk.opdag.curriculum.load.ExperimentReader.LevelRead;
import dk.opdag.curriculum.load.ExperimentReader.Workspace;
import dk.opdag.curriculum.model.Level;
import dk.opdag.curriculum.model.LevelKind;
import dk.opdag.experiment.level.LevelSpec;
import dk.opdag.experiment.level.TestCase;
import dk.opdag.experiment.world.World;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the {@code levels} of an experiment.yaml. Each level:
 * <pre>
 * - id: ret-beskeden          # slug, unique in the experiment, never renamed (pupils' work is stored under it)
 *   kind: fix                 # fix | build | generalise | create, climbing in that order
 *   title: Ret beskeden
 *   task: ...                 # for the pupil
 *   start: {text: "IFK NPS"}  # the world's start values, over the experiment's start
 *   checks: [...]             # for every case
 *   cases: [...]              # other start states: {name, start, checks, hidden}
 *   required: [controls_repeat_ext]
 *   idealBlocks: 3
 *   toolbox: [...]            # else the experiment's toolbox
 *   startProgram: |           # compact text form; or startFile: a Blockly JSON file in the folder
 *   solution: |               # or solutionFile
 *   hints: [...]              # 1–3, from a nudge to nearly there
 *   example: {text: ..., program: ..., start: ...}   # the last rung: the idea on another case
 * </pre>
 */
final class LevelReader {

    static final int MIN_LEVELS = 4;
    /**
     * Worlds whose start gives a program nothing to read (a drawing, a tune): a generalise level there cannot hide
     * another case, so it requires the blocks that make the program general instead.
     */
    static final Set<String> NOTHING_TO_VARY = Set.of("turtle", "music");
    static final int MAX_LEVELS = 8;
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final CurriculumFiles files;
    private final Problems problems;
    private final String folder;
    private final FileReport report;
    private final YamlNode.Mapping root;
    private final World world;
    private final String worldId;
    private final String experimentText;
    private final Set<String> used;
    private final Set<String> knownTypes;

    LevelReader(CurriculumFiles files, Problems problems, String folder, FileReport report, YamlNode root, World world,
                String worldId, String experimentText, Set<String> used) {
        this.files = files;
        this.problems = problems;
        this.folder = folder;
        this.report = report;
        this.root = (YamlNode.Mapping) root;
        this.world = world;
        this.worldId = worldId;
        this.experimentText = experimentText;
        this.used = used;
        this.knownTypes = world == null ? null : ExperimentReader.blockTypes(world);
    }

    List<LevelRead> readAll() {
        YamlNode node = root.get("levels");
        if (!(node instanceof YamlNode.Sequence(int line, List<YamlNode> items))) {
            report.report(Rule.WRONG_TYPE, node.line(), "'levels' skal være en liste af niveauer");
            return List.of();
        }
        if (items.size() < MIN_LEVELS || items.size() > MAX_LEVELS) {
            report.report(Rule.LEVEL_COUNT, line, "et eksperiment har " + MIN_LEVELS + "–" + MAX_LEVELS
                    + " niveauer (ret → byg → gør generelt → skab), men her er der " + items.size());
        }
        List<LevelRead> levels = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String path = "levels[" + (i + 1) + "]";
            LevelRead read = level(items.get(i), path, i + 1);
            if (read == null) {
                continue;
            }
            String id = read.level().id();
            if (id != null && !ids.add(id)) {
                report.report(Rule.DUPLICATE_ID, read.line(), "niveauet '" + id + "' findes to gange i eksperimentet");
            }
            levels.add(read);
        }
        checkClimb(levels);
        return levels;
    }

    /** The level that work stored before the experiment had levels belongs to: named, or the first. */
    String legacyLevel(Fields f, List<LevelRead> levels) {
        String named = f.optionalText("legacyLevel");
        if (named == null) {
            return levels.isEmpty() ? Level.SINGLE : levels.getFirst().level().id();
        }
        if (levels.stream().noneMatch(l -> named.equals(l.level().id()))) {
            report.report(Rule.UNKNOWN_LEVEL, f.lineOf("legacyLevel"), "'legacyLevel' er '" + named + "', men der er "
                    + "intet niveau med det id");
        }
        return named;
    }

    /** Kinds climb fix → build → generalise → create; a generalise level has a hidden case. */
    private void checkClimb(List<LevelRead> levels) {
        LevelKind previous = null;
        boolean generalises = false;
        for (LevelRead l : levels) {
            LevelKind kind = l.level().kind();
            if (kind == null) {
                continue;
            }
            if (previous != null && kind.ordinal() < previous.ordinal()) {
                report.report(Rule.LEVEL_KIND, l.line(), l.where() + " er '" + kind.yaml() + "' efter '"
                        + previous.yaml() + "'; niveauerne skal gå fra fix over build og generalise til create");
            }
            previous = kind;
            if (kind == LevelKind.GENERALISE) {
                generalises = true;
                if (l.spec() == null) {
                    continue;
                }
                if (NOTHING_TO_VARY.contains(worldId)) {
                    if (l.spec().required().isEmpty()) {
                        report.report(Rule.LEVEL_GENERALISE, l.line(), l.where() + " skal gøre programmet generelt; "
                                + "i verdenen '" + worldId + "' er der intet at variere, så niveauet skal kræve de "
                                + "blokke, der gør det generelt (required: en løkke eller en funktion)");
                    }
                } else if (l.spec().cases().stream().noneMatch(TestCase::hidden)) {
                    report.report(Rule.LEVEL_GENERALISE, l.line(), l.where() + " skal gøre programmet generelt, men "
                            + "har intet skjult eksempel (hidden: true), så et program, der bare skriver svaret, "
                            + "ville klare det");
                }
            }
        }
        if (!generalises && !levels.isEmpty()) {
            report.report(Rule.LEVEL_GENERALISE, root.get("levels").line(), "mindst ét niveau skal have kind: "
                    + "generalise (med skjulte eksempler), så kun et generelt program klarer det");
        }
    }

    private LevelRead level(YamlNode node, String path, int number) {
        Fields f = Fields.of(node, path, report).orElse(null);
        if (f == null) {
            return null;
        }
        YamlNode.Mapping m = (YamlNode.Mapping) node;
        f.allowOnly("id", "kind", "title", "task", "start", "checks", "cases", "required", "idealBlocks",
                "maxBlocks", "seed", "hiddenMessage", "toolbox", "startProgram", "startFile", "solution",
                "solutionFile", "hints", "example");
        String id = f.text("id");
        Ids.checkSlug(id, Ids.SLUG, report, f.lineOf("id"));
        String where = "niveau " + number + (id == null ? "" : " (" + id + ")");
        String kindText = f.text("kind");
        LevelKind kind = kindText == null ? null : LevelKind.fromYaml(kindText).orElse(null);
        if (kindText != null && kind == null) {
            report.report(Rule.LEVEL_KIND, f.lineOf("kind"), where + ": kind er '" + kindText + "', men skal være "
                    + "fix, build, generalise eller create");
        }
        String title = f.text("title");
        String task = f.text("task");
        JsonNode specJson = specJson(m);
        LevelSpec spec = spec(m, f, specJson, where);
        YamlNode toolboxNode = m.get("toolbox") != null ? m.get("toolbox") : root.get("toolbox");
        ToolboxReader.Toolbox toolbox = ExperimentReader.toolbox(toolboxNode, knownTypes, worldId, report,
                path + ".toolbox");
        Workspace start = program(m, "startProgram", "startFile", false, where);
        Workspace solution = program(m, "solution", "solutionFile", true, where);
        if (kind == LevelKind.FIX && start != null && start.isEmpty()) {
            report.report(Rule.LEVEL_KIND, f.lineOf("kind"), where + " er et ret-niveau (fix), så det skal have et "
                    + "startprogram med en fejl (startProgram)");
        }
        List<String> hints = f.texts("hints", false);
        if (hints.isEmpty()) {
            report.report(Rule.HINTS_MISSING, f.lineOf("hints"), where + " har ingen hints; skriv 1–"
                    + ExperimentReader.MAX_HINTS + " fra et lille skub til næsten løsningen");
        } else if (hints.size() > ExperimentReader.MAX_HINTS) {
            report.report(Rule.HINTS_TOO_MANY, f.lineOf("hints"), where + " har " + hints.size() + " hints, men højst "
                    + ExperimentReader.MAX_HINTS + "; det sidste trin er det gennemregnede eksempel (example)");
        }
        Example example = example(m, f, where);
        Level level = new Level(id, number, kind, title, task, specJson, toolbox.json(),
                start == null ? ExperimentReader.EMPTY_WORKSPACE : start.text(),
                solution == null ? null : solution.text(), hints,
                example == null ? null : new Level.WorkedExample(example.text(),
                        example.program() == null ? null : example.program().text()));
        return new LevelRead(level, where, spec, toolbox, start == null ? Workspace.empty() : start, solution,
                example == null ? null : example.program(), example == null ? null : example.start(),
                ExperimentReader.joined(experimentText, title, task), m.line(), f.lineOf("hints"), report, report,
                report);
    }

    /** A level-like mapping's spec (world, start, checks, cases, required, …), for the barometer's program tasks. */
    LevelSpec specOf(YamlNode.Mapping level, Fields f, String where) {
        return spec(level, f, specJson(level), where);
    }

    /** What {@link #specOf} builds the spec from, as stored in the model. */
    JsonNode specJsonOf(YamlNode.Mapping level) {
        return specJson(level);
    }

    /** A program of a level-like mapping, in the compact form or from a JSON file; see {@link #program}. */
    Workspace programOf(YamlNode.Mapping level, String scriptKey, String fileKey, boolean required, String where) {
        return program(level, scriptKey, fileKey, required, where);
    }

    private record Example(String text, Workspace program, JsonNode start) {
    }

    private Example example(YamlNode.Mapping level, Fields f, String where) {
        YamlNode node = level.get("example");
        if (node == null) {
            report.report(Rule.HINTS_MISSING, f.lineOf("hints"), where + " mangler sit gennemregnede eksempel "
                    + "(example: text, program), som er det sidste trin på hint-stigen");
            return null;
        }
        Fields ef = Fields.of(node, f.pathOf("example"), report).orElse(null);
        if (ef == null) {
            return null;
        }
        ef.allowOnly("text", "program", "start");
        String text = ef.text("text");
        YamlNode.Mapping m = (YamlNode.Mapping) node;
        Workspace program = m.get("program") == null ? null : script(m.get("program"), where + ", eksemplets program");
        YamlNode start = m.get("start");
        if (start != null && !(start instanceof YamlNode.Mapping)) {
            report.report(Rule.START_STATE, start.line(), where + ": eksemplets 'start' skal være et objekt med "
                    + "verdenens startværdier");
            start = null;
        }
        return text == null ? null : new Example(text, program, start == null ? null : merged(YamlJson.of(start)));
    }

    /** The program from its compact text form or from a JSON file; null when a required one is missing. */
    private Workspace program(YamlNode.Mapping level, String scriptKey, String fileKey, boolean required,
                              String where) {
        YamlNode script = level.get(scriptKey);
        YamlNode file = level.get(fileKey);
        if (script != null && file != null) {
            report.report(Rule.WRONG_TYPE, file.line(), where + ": brug enten '" + scriptKey + "' eller '" + fileKey
                    + "', ikke begge");
        }
        if (script != null) {
            return script(script, where);
        }
        if (file != null) {
            if (!(file instanceof YamlNode.Scalar(int l, String name)) || name.contains("/")
                    || !name.endsWith(".json")) {
                report.report(Rule.WRONG_TYPE, file.line(), where + ": '" + fileKey + "' skal være navnet på en "
                        + ".json-fil i eksperimentets mappe");
                return null;
            }
            used.add(folder + "/" + name);
            Workspace w = new ExperimentReader(files, problems, folder).file(name, true, knownTypes, worldId);
            return w;
        }
        if (required) {
            report.report(Rule.REQUIRED_FIELD, level.line(), where + " mangler sin referenceløsning ('" + scriptKey
                    + "' i den korte form, eller '" + fileKey + "')");
            return null;
        }
        return Workspace.empty();
    }

    /** A program in the compact text form, compiled to Blockly JSON; problems reported at their line. */
    private Workspace script(YamlNode node, String where) {
        if (!(node instanceof YamlNode.Scalar(int line, Object value)) || !(value instanceof String || value == null)) {
            report.report(Rule.WRONG_TYPE, node.line(), where + ": programmet skal være tekst i den korte form, "
                    + "fx | og linjerne rykket ind under");
            return null;
        }
        String source = value == null ? "" : (String) value;
        int offset = source.contains("\n") ? line : line - 1; // a block scalar starts on the line after its key
        if (knownTypes == null) {
            return new Workspace(null, ExperimentReader.EMPTY_WORKSPACE, null, line, source);
        }
        try {
            ObjectNode json = BlockScript.compile(source, knownTypes, "b");
            return new Workspace(null, json.toString(), json, line, source);
        } catch (BlockScriptException e) {
            report.report(Rule.BLOCK_SCRIPT, offset + e.line(), where + ": " + e.getMessage());
            return new Workspace(null, ExperimentReader.EMPTY_WORKSPACE, null, line, source);
        }
    }

    /** What LevelSpec.fromJson reads: the experiment's world, start and seed under the level's own fields. */
    private JsonNode specJson(YamlNode.Mapping level) {
        ObjectNode spec = F.objectNode();
        if (worldId != null) {
            spec.put("world", worldId);
        }
        YamlNode levelStart = level.get("start");
        spec.set("start", merged(levelStart instanceof YamlNode.Mapping ? YamlJson.of(levelStart) : null));
        YamlNode seed = level.get("seed") != null ? level.get("seed") : root.get("seed");
        if (seed != null) {
            spec.set("seed", YamlJson.of(seed));
        }
        for (String key : List.of("checks", "cases", "required", "idealBlocks", "maxBlocks", "hiddenMessage")) {
            if (level.get(key) != null) {
                spec.set(key, YamlJson.of(level.get(key)));
            }
        }
        return spec;
    }

    /** The experiment's start values with these laid over them, field by field. */
    private JsonNode merged(JsonNode over) {
        ObjectNode start = F.objectNode();
        YamlNode base = root.get("start");
        if (base instanceof YamlNode.Mapping) {
            YamlJson.of(base).properties().forEach(e -> start.set(e.getKey(), e.getValue()));
        }
        if (over != null && over.isObject()) {
            for (Map.Entry<String, JsonNode> e : over.properties()) {
                start.set(e.getKey(), e.getValue());
            }
        }
        return start;
    }

    /** Checks each part with its line, then builds the spec; null when anything is broken. */
    private LevelSpec spec(YamlNode.Mapping level, Fields f, JsonNode json, String where) {
        boolean ok = world != null;
        String prefix = where + ": ";
        boolean hasChecks = false;
        if (level.get("checks") instanceof YamlNode.Sequence(int l, List<YamlNode> items)) {
            for (int i = 0; i < items.size(); i++) {
                ok &= ExperimentReader.check(items.get(i), i + 1, world, report, prefix);
            }
            hasChecks = !items.isEmpty();
        } else if (level.get("checks") != null) {
            report.report(Rule.WRONG_TYPE, level.get("checks").line(), prefix + "'checks' skal være en liste af regler");
            ok = false;
        }
        boolean everyCaseChecked = true;
        YamlNode cases = level.get("cases");
        if (cases instanceof YamlNode.Sequence(int l, List<YamlNode> items)) {
            for (int c = 0; c < items.size(); c++) {
                YamlNode item = items.get(c);
                String casePrefix = prefix + "eksempel " + (c + 1) + ": ";
                if (!(item instanceof YamlNode.Mapping cm)) {
                    report.report(Rule.WRONG_TYPE, item.line(), casePrefix + "skal være et objekt med start og checks");
                    ok = false;
                    continue;
                }
                Fields.of(cm, f.pathOf("cases") + "[" + (c + 1) + "]", report).ifPresent(cf ->
                        cf.allowOnly("name", "start", "checks", "hidden"));
                if (cm.get("checks") instanceof YamlNode.Sequence(int cl, List<YamlNode> checks) && !checks.isEmpty()) {
                    for (int i = 0; i < checks.size(); i++) {
                        ok &= ExperimentReader.check(checks.get(i), i + 1, world, report, casePrefix);
                    }
                } else {
                    everyCaseChecked = false;
                }
            }
        } else if (cases != null) {
            report.report(Rule.WRONG_TYPE, cases.line(), prefix + "'cases' skal være en liste af eksempler");
            ok = false;
        } else {
            everyCaseChecked = false;
        }
        if (!hasChecks && !everyCaseChecked) {
            report.report(Rule.REQUIRED_FIELD, f.lineOf("checks"), prefix + "der er ingen regler (checks) for alle "
                    + "eksempler: hvordan ved eksperimentet, at målet er nået?");
            ok = false;
        }
        Integer ideal = ExperimentReader.optionalInteger(level, "idealBlocks", 1, report);
        Integer max = ExperimentReader.optionalInteger(level, "maxBlocks", 1, report);
        ok &= (level.get("idealBlocks") == null || ideal != null) && (level.get("maxBlocks") == null || max != null);
        if (!ok) {
            return null;
        }
        try {
            return LevelSpec.fromJson(json);
        } catch (RuntimeException e) { // start values, required blocks, a hidden-only level: said in the message
            report.report(Rule.CHECK_MALFORMED, level.line(), prefix + e.getMessage());
            return null;
        }
    }
}
