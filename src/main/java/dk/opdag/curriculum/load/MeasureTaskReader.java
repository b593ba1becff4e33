package dk.opdag.curriculum.load;

import dk.opdag.curriculum.load.ExperimentReader.LevelRead;
import dk.opdag.curriculum.load.ExperimentReader.Workspace;
import dk.opdag.curriculum.model.GradeBand;
import dk.opdag.curriculum.model.Level;
import dk.opdag.curriculum.model.LevelKind;
import dk.opdag.curriculum.model.MeasureTask;
import dk.opdag.experiment.Engine;
import dk.opdag.experiment.ExperimentSpec;
import dk.opdag.experiment.Limits;
import dk.opdag.experiment.RunResult;
import dk.opdag.experiment.level.LevelSpec;
import dk.opdag.experiment.world.World;
import dk.opdag.experiment.world.Worlds;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Reads the barometer's measurement tasks, {@code barometer/0-3.yaml}, {@code 4-6.yaml} and {@code 7-9.yaml}:
 * 8–12 short tasks per band, a mix of block programs (a level with one goal, read and run like an experiment's
 * level: the solution must be perfect, the start must fail) and "hvad gør dette program?" questions (a program shown
 * read-only, 3–4 options, the right one and an explanation). Each task names the competence area it measures, and
 * the pupil's texts must read as easily as the band asks (LIX).
 * <pre>
 * tasks:
 *   - id: robot-til-flaget      # slug, unique across the bands, never renamed (answers are stored under it)
 *     kind: program             # program | choice
 *     area: ct                  # a competence area of the framework: dm, dd, ct, th
 *     title: Robotten og flaget
 *     text: Få robotten hen til flaget.
 *     world: robot
 *     start: {...}              # program: as a level (start, checks, cases, required, idealBlocks, toolbox,
 *     checks: [...]             #   startProgram, solution); choice: start is where the shown program runs
 *     toolbox: [...]
 *     solution: |
 *       ...
 *   - id: hvad-tegner-den
 *     kind: choice
 *     area: ct
 *     title: Hvad tegner den?
 *     text: Hvad tegner programmet?
 *     world: turtle
 *     program: |                # shown read-only as blocks
 *       ...
 *     options: [En firkant, En trekant, En streg]
 *     answer: 1                 # 1-based
 *     explanation: ...
 * </pre>
 * The folder is optional for a curriculum (tests use small ones); when it is there, every band has its file.
 */
final class MeasureTaskReader {

    static final String FOLDER = "barometer";
    static final int MIN_TASKS = 8;
    static final int MAX_TASKS = 12;

    private final CurriculumFiles files;
    private final Problems problems;
    private final Set<String> areaIds;
    private final Ids ids = new Ids("en måleopgave");

    /** A task as read, with what running it needs. */
    private record TaskRead(MeasureTask task, LevelRead level, Workspace shown, JsonNode shownStart, FileReport report,
                            Integer line) {
    }

    private MeasureTaskReader(CurriculumFiles files, Problems problems, Set<String> areaIds) {
        this.files = files;
        this.problems = problems;
        this.areaIds = areaIds;
    }

    /**
     * @param areaIds the framework's competence areas, or null when the frameworks could not be read
     * @param run     run every program (solutions, starts, shown programs), as {@code curriculum check} does
     */
    static List<MeasureTask> read(CurriculumFiles files, Problems problems, Set<String> areaIds, boolean run) {
        if (files.under(FOLDER).findAny().isEmpty()) {
            return List.of();
        }
        return new MeasureTaskReader(files, problems, areaIds).readAll(run);
    }

    private List<MeasureTask> readAll(boolean run) {
        Set<String> expected = new LinkedHashSet<>();
        for (GradeBand band : GradeBand.values()) {
            expected.add(FOLDER + "/" + band.label() + ".yaml");
        }
        files.under(FOLDER).filter(p -> !expected.contains(p) && !p.endsWith("/README.md")).forEach(p ->
                problems.add(MeasureRule.MEASURE_COUNT, p, null, "filen bliver ikke læst: måleopgaverne ligger i "
                        + String.join(", ", expected) + " (én fil pr. trin)"));
        List<TaskRead> reads = new ArrayList<>();
        for (GradeBand band : GradeBand.values()) {
            String path = FOLDER + "/" + band.label() + ".yaml";
            FileReport report = problems.file(path);
            if (!files.has(path)) {
                report.report(MeasureRule.MEASURE_COUNT, null, "måleopgaverne til " + band.range().label()
                        + " klasse mangler; skriv " + MIN_TASKS + "–" + MAX_TASKS + " opgaver i " + path);
                continue;
            }
            YamlTreeReader.read(files.files().get(path), report).ifPresent(root -> reads.addAll(band(root, band,
                    report)));
        }
        if (run) {
            List<Object> runs = IntStream.range(0, reads.size()).parallel().mapToObj(i -> run(reads.get(i))).toList();
            for (int i = 0; i < reads.size(); i++) {
                check(reads.get(i), runs.get(i));
            }
        }
        return reads.stream().map(TaskRead::task).filter(t -> t.id() != null).toList();
    }

    private List<TaskRead> band(YamlNode root, GradeBand band, FileReport report) {
        Optional<Fields> fields = Fields.of(root, "", report);
        if (fields.isEmpty()) {
            return List.of();
        }
        fields.get().allowOnly("tasks");
        YamlNode tasks = ((YamlNode.Mapping) root).get("tasks");
        if (!(tasks instanceof YamlNode.Sequence(int line, List<YamlNode> items))) {
            report.report(tasks == null ? Rule.REQUIRED_FIELD : Rule.WRONG_TYPE, tasks == null ? null : tasks.line(),
                    "'tasks' skal være en liste med " + MIN_TASKS + "–" + MAX_TASKS + " måleopgaver");
            return List.of();
        }
        if (items.size() < MIN_TASKS || items.size() > MAX_TASKS) {
            report.report(MeasureRule.MEASURE_COUNT, line, "et trin har " + MIN_TASKS + "–" + MAX_TASKS
                    + " måleopgaver (10–15 minutter), men her er der " + items.size());
        }
        List<TaskRead> reads = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            TaskRead read = task(items.get(i), band, i + 1, report);
            if (read != null) {
                reads.add(read);
            }
        }
        Set<MeasureTask.Kind> kinds = new HashSet<>();
        reads.forEach(r -> kinds.add(r.task().kind()));
        kinds.remove(null);
        if (!items.isEmpty() && kinds.size() < MeasureTask.Kind.values().length) {
            report.report(MeasureRule.MEASURE_MIX, line, "et trin blander blokprogrammer (kind: program) og "
                    + "spørgsmål om, hvad et program gør (kind: choice); her mangler "
                    + (kinds.contains(MeasureTask.Kind.PROGRAM) ? "et spørgsmål" : "et program"));
        }
        return reads;
    }

    private TaskRead task(YamlNode node, GradeBand band, int number, FileReport report) {
        String path = "tasks[" + number + "]";
        Fields f = Fields.of(node, path, report).orElse(null);
        if (f == null) {
            return null;
        }
        YamlNode.Mapping m = (YamlNode.Mapping) node;
        String kindText = f.text("kind");
        MeasureTask.Kind kind = null;
        for (MeasureTask.Kind k : MeasureTask.Kind.values()) {
            if (k.yaml().equals(kindText)) {
                kind = k;
            }
        }
        if (kindText != null && kind == null) {
            report.report(MeasureRule.MEASURE_KIND, f.lineOf("kind"), path + ": kind er '" + kindText
                    + "', men skal være program eller choice");
        }
        if (kind == MeasureTask.Kind.CHOICE) {
            f.allowOnly("id", "kind", "area", "title", "text", "world", "start", "program", "options", "answer",
                    "explanation");
        } else {
            f.allowOnly("id", "kind", "area", "title", "text", "world", "start", "checks", "cases", "required",
                    "idealBlocks", "maxBlocks", "seed", "toolbox", "startProgram", "startFile", "solution",
                    "solutionFile");
        }
        String id = f.text("id");
        Ids.checkSlug(id, Ids.SLUG, report, f.lineOf("id"));
        if (id != null) {
            ids.add(id, report, f.lineOf("id"));
        }
        String where = "opgave " + number + (id == null ? "" : " (" + id + ")");
        String area = f.text("area");
        if (area != null && areaIds != null && !areaIds.contains(area)) {
            report.report(MeasureRule.MEASURE_AREA, f.lineOf("area"), where + ": området '" + area + "' findes ikke "
                    + "i målrammen; brug et af " + String.join(", ", areaIds));
        }
        String title = f.text("title");
        String text = f.text("text");
        String worldId = f.text("world");
        World world = worldId == null ? null : Worlds.find(worldId).orElse(null);
        if (worldId != null && world == null) {
            report.report(Rule.UNKNOWN_WORLD, f.lineOf("world"), where + ": verdenen '" + worldId + "' findes ikke");
        }
        Set<String> used = new LinkedHashSet<>();
        LevelReader levels = new LevelReader(files, problems, FOLDER, report, m, world, worldId, "", used);
        List<String> readable = new ArrayList<>(java.util.Arrays.asList(title, text));
        TaskRead read;
        if (kind == MeasureTask.Kind.CHOICE) {
            List<String> options = f.texts("options", true);
            Integer answer = f.integer("answer");
            String explanation = f.text("explanation");
            if (options.size() < 3 || options.size() > 4) {
                report.report(MeasureRule.MEASURE_CHOICE, f.lineOf("options"), where + ": et spørgsmål har 3–4 svar "
                        + "at vælge imellem, men her er der " + options.size());
            } else if (new HashSet<>(options).size() < options.size()) {
                report.report(MeasureRule.MEASURE_CHOICE, f.lineOf("options"), where + ": to svar er ens");
            }
            if (answer != null && (answer < 1 || answer > options.size())) {
                report.report(MeasureRule.MEASURE_CHOICE, f.lineOf("answer"), where + ": 'answer' er " + answer
                        + ", men skal pege på et af de " + options.size() + " svar (1–" + options.size() + ")");
                answer = null;
            }
            Workspace program = levels.programOf(m, "program", "programFile", true, where);
            YamlNode start = m.get("start");
            JsonNode startJson = start instanceof YamlNode.Mapping ? YamlJson.of(start)
                    : JsonNodeFactory.instance.objectNode();
            readable.addAll(options);
            readable.add(explanation);
            MeasureTask task = new MeasureTask(id, band, number, kind, area, title, text, worldId, null, null,
                    program == null ? ExperimentReader.EMPTY_WORKSPACE : program.text(), null, options,
                    answer == null ? -1 : answer - 1, explanation);
            read = new TaskRead(task, null, program, startJson, report, m.line());
        } else {
            LevelSpec spec = levels.specOf(m, f, where);
            ToolboxReader.Toolbox toolbox = ExperimentReader.toolbox(m.get("toolbox"),
                    world == null ? null : ExperimentReader.blockTypes(world), worldId, report, path + ".toolbox");
            Workspace start = levels.programOf(m, "startProgram", "startFile", false, where);
            Workspace solution = levels.programOf(m, "solution", "solutionFile", true, where);
            JsonNode specJson = levels.specJsonOf(m);
            String startText = start == null ? ExperimentReader.EMPTY_WORKSPACE : start.text();
            Level level = new Level(id, number, LevelKind.BUILD, title, text, specJson, toolbox.json(), startText,
                    solution == null ? null : solution.text(), List.of(), null);
            LevelRead levelRead = new LevelRead(level, where, spec, toolbox, start == null ? Workspace.empty() : start,
                    solution, null, null, ExperimentReader.joined(title, text), m.line(), f.lineOf("text"), report,
                    report, report);
            MeasureTask task = new MeasureTask(id, band, number, kind, area, title, text, worldId, specJson,
                    toolbox.json(), startText, solution == null ? null : solution.text(), List.of(), -1, null);
            read = new TaskRead(task, levelRead, null, null, report, m.line());
        }
        checkReadable(readable, band, report, f.lineOf("text"), where);
        return read;
    }

    /** The highest LIX a band's texts may have (CONTENT-GUIDE: 25, 30 and 35). */
    static int maxLix(GradeBand band) {
        return switch (band) {
            case B0_3 -> 25;
            case B4_6 -> 30;
            case B7_9 -> 35;
        };
    }

    private static void checkReadable(List<String> texts, GradeBand band, FileReport report, Integer line,
                                      String where) {
        StringBuilder all = new StringBuilder();
        for (String t : texts) {
            if (t != null) {
                String s = t.strip();
                all.append(s).append(s.matches(".*[.!?:]$") ? " " : ". ");
            }
        }
        long lix = Lix.of(all.toString()).rounded();
        if (lix > maxLix(band)) {
            report.report(MeasureRule.MEASURE_LIX, line, where + ": teksterne har LIX " + lix + ", men til "
                    + band.range().label() + " klasse højst " + maxLix(band) + "; brug kortere sætninger og ord");
        }
    }

    /** A program task's level runs, or a choice's shown program run in its start; null when nothing can run. */
    private static Object run(TaskRead read) {
        if (read.level() != null) {
            return ExperimentRuns.run(read.level());
        }
        Workspace shown = read.shown();
        String world = read.task().world();
        if (shown == null || shown.json() == null || world == null || Worlds.find(world).isEmpty()) {
            return null;
        }
        try {
            return Engine.run(ExperimentSpec.of(world, read.shownStart(), List.of()), shown.text(), Limits.DEFAULT);
        } catch (IllegalArgumentException e) {
            return new RunResult(false, List.of(), 0, List.of(), JsonNodeFactory.instance.objectNode(), List.of(),
                    Optional.of(dk.opdag.experiment.Message.literal(
                            "startværdierne passer ikke til verdenen: " + e.getMessage())));
        }
    }

    private static void check(TaskRead read, Object runs) {
        if (runs instanceof ExperimentRuns.LevelRuns levelRuns) {
            ExperimentRuns.check(read.level(), levelRuns);
        } else if (runs instanceof RunResult shown && shown.error().isPresent()) {
            read.report().report(MeasureRule.MEASURE_PROGRAM_ERROR, read.shown().line(), "opgave "
                    + read.task().number() + ": programmet, eleven skal læse, stopper med en fejl: "
                    + shown.error().get());
        }
    }
}
