package dk.opdag.curriculum.load;

import dk.opdag.curriculum.model.Activity;
import dk.opdag.curriculum.model.Curriculum;
import dk.opdag.curriculum.model.Experiment;
import dk.opdag.curriculum.model.Framework;
import dk.opdag.curriculum.model.Goal;
import dk.opdag.curriculum.model.GradeRange;
import dk.opdag.curriculum.model.Subject;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads and validates a curriculum folder ({@code subjects.yaml}, {@code frameworks/}, {@code activities/},
 * {@code experiments/<id>/}, {@code materials/}, {@code barometer/}). Every problem is collected; nothing stops at the first. See {@link Rule}.
 * Experiments are also run: each reference solution must pass and each starting workspace must fail.
 */
public final class CurriculumLoader {

    private static final String SUBJECTS = "subjects.yaml";
    private static final String FRAMEWORKS = "frameworks";
    private static final String ACTIVITIES = "activities";
    private static final String EXPERIMENTS = "experiments";
    private static final String MATERIALS = "materials";

    private final CurriculumFiles files;
    private final boolean runExperiments;
    /** Checking one teacher's activity against the catalogue: the catalogue's materials are not its business. */
    private final boolean ownActivity;
    /** Report missing guide fields (review date, background ...) as errors: {@link GuideFieldChecks}. */
    private final boolean guideFieldsMissingIsError;
    private final Problems problems = new Problems();
    /** False when a file others refer to could not be read; its references are then not checked. */
    private boolean subjectsRead = true;
    private boolean frameworksRead = true;
    /** Names of the folders in experiments/, readable or not. */
    private final Set<String> experimentFolders = new TreeSet<>();

    private CurriculumLoader(CurriculumFiles files, boolean runExperiments, boolean ownActivity,
                             boolean guideFieldsMissingIsError) {
        this.files = files;
        this.runExperiments = runExperiments;
        this.ownActivity = ownActivity;
        this.guideFieldsMissingIsError = guideFieldsMissingIsError;
    }

    /** @throws CurriculumSourceException when {@code dir} is missing or is not a curriculum folder */
    public static LoadResult load(Path dir) {
        return load(CurriculumFiles.fromDirectory(dir));
    }

    /**
     * One experiment, {@code experiments/<id>/} in {@code dir}, read without the rest of the curriculum and without
     * running it: for {@code experiment run}, which must work while an author is still fixing other files.
     */
    public static ExperimentLookup findExperiment(Path dir, String id) {
        return findExperiment(CurriculumFiles.fromDirectory(dir), id);
    }

    /** {@link #findExperiment(Path, String)} in the copy on the classpath. */
    public static ExperimentLookup findExperimentOnClasspath(String root, String id) {
        return findExperiment(CurriculumFiles.fromClasspath(root, CurriculumLoader.class.getClassLoader()), id);
    }

    private static ExperimentLookup findExperiment(CurriculumFiles files, String id) {
        int start = EXPERIMENTS.length() + 1;
        List<String> known = files.under(EXPERIMENTS).map(p -> p.indexOf('/', start) < 0 ? null
                : p.substring(start, p.indexOf('/', start))).filter(java.util.Objects::nonNull).distinct().sorted()
                .toList();
        Optional<Experiment> experiment = known.contains(id)
                ? ExperimentReader.read(files, new Problems(), EXPERIMENTS + "/" + id).map(ExperimentReader.Read::experiment)
                : Optional.empty();
        return new ExperimentLookup(experiment, known);
    }

    /** The copy shipped inside the application, e.g. {@code loadFromClasspath("curriculum")}. */
    public static LoadResult loadFromClasspath(String root) {
        return loadFromClasspath(root, CurriculumLoader.class.getClassLoader());
    }

    public static LoadResult loadFromClasspath(String root, ClassLoader loader) {
        return load(CurriculumFiles.fromClasspath(root, loader));
    }

    /**
     * Checks one activity file (a teacher's own) against the subjects, frameworks and experiments of the curriculum
     * at {@code root} on the classpath, with exactly the rules the catalogue's files meet.
     */
    public static LoadResult checkActivity(String root, String id, byte[] yaml) {
        CurriculumFiles base = CurriculumFiles.fromClasspath(root, CurriculumLoader.class.getClassLoader());
        java.util.SortedMap<String, byte[]> files = new java.util.TreeMap<>();
        base.files().forEach((path, bytes) -> {
            if (!path.startsWith(ACTIVITIES + "/")) {
                files.put(path, bytes);
            }
        });
        files.put(ACTIVITIES + "/" + id + ".yaml", yaml);
        // The shipped experiments were run when the app started; a teacher's save need not run them again.
        return load(new CurriculumFiles(base.origin(), files), false, true);
    }

    static LoadResult load(CurriculumFiles files) {
        return load(files, true, false);
    }

    /**
     * Everything {@link #load(Path)} (or, with {@code dir} null, {@link #loadFromClasspath(String)}) reads and
     * checks except running the experiments, the slow part: the app starts with this and runs them beside the
     * rest of its start ({@code CurriculumStore}).
     */
    public static LoadResult loadWithoutRuns(Path dir, String classpathRoot) {
        CurriculumFiles files = dir == null
                ? CurriculumFiles.fromClasspath(classpathRoot, CurriculumLoader.class.getClassLoader())
                : CurriculumFiles.fromDirectory(dir);
        return load(files, false, false);
    }

    /** As {@link #load(Path)}, with missing guide fields as errors: the mode {@link GuideFieldChecks} switches to. */
    static LoadResult loadWithGuideFieldsRequired(Path dir) {
        return load(CurriculumFiles.fromDirectory(dir), true, false, true);
    }

    private static LoadResult load(CurriculumFiles files, boolean runExperiments, boolean ownActivity) {
        return load(files, runExperiments, ownActivity, GuideFieldChecks.MISSING_IS_ERROR);
    }

    private static LoadResult load(CurriculumFiles files, boolean runExperiments, boolean ownActivity,
                                   boolean guideFieldsMissingIsError) {
        if (!files.has(SUBJECTS) && files.under(FRAMEWORKS).findAny().isEmpty()
                && files.under(ACTIVITIES).findAny().isEmpty()) {
            throw new CurriculumSourceException(files.origin() + " er ikke en forløbsmappe: der er hverken "
                    + SUBJECTS + ", " + FRAMEWORKS + "/ eller " + ACTIVITIES + "/.");
        }
        return new CurriculumLoader(files, runExperiments, ownActivity, guideFieldsMissingIsError).run();
    }

    private LoadResult run() {
        List<Subject> subjects = readSubjects();
        Ids goalIds = new Ids("et mål");
        List<Framework> frameworks = readFrameworks(goalIds);
        List<ActivityReader.Read> reads = readActivities();
        List<Experiment> experiments = readExperiments();
        Map<String, GradeRange> experimentGrades = new LinkedHashMap<>();
        experiments.forEach(e -> experimentGrades.put(e.id(), e.grades()));

        Map<String, Subject> subjectsById = new LinkedHashMap<>();
        subjects.forEach(s -> subjectsById.put(s.id(), s));
        Map<String, Goal> goalsById = new LinkedHashMap<>();
        frameworks.forEach(f -> f.goals().forEach(g -> goalsById.put(g.id(), g)));
        ActivityChecks checks = new ActivityChecks(subjectsRead ? subjectsById : null,
                frameworksRead ? goalsById : null, goalIds, experimentFolders, experimentGrades,
                new GuideFieldChecks(guideFieldsMissingIsError, GuideFieldChecks.today()), !ownActivity);

        List<MaterialReader.Read> materialReads = readMaterials();
        Map<String, Map<String, dk.opdag.curriculum.model.Material>> materialsByActivity = new LinkedHashMap<>();
        materialReads.forEach(r -> materialsByActivity.computeIfAbsent(r.material().activityId(), k -> new LinkedHashMap<>())
                .put(r.fileId(), r.material()));
        Set<String> namedMaterials = new java.util.HashSet<>();

        Ids activityIds = new Ids("et forløb");
        List<Activity> activities = new ArrayList<>();
        // The file named like the id owns it; a misnamed copy is the duplicate.
        reads.sort(Comparator.comparing(ActivityReader.Read::namedRight).reversed());
        for (ActivityReader.Read read : reads) {
            String id = read.activity().id();
            if (id == null || activityIds.add(id, read.report(), read.line("id"))) {
                activities.add(read.activity());
            }
            checks.check(read);
            MaterialChecks.check(read, materialsByActivity, ownActivity, namedMaterials);
        }
        if (!ownActivity) {
            Set<String> fileIds = new TreeSet<>();
            reads.forEach(r -> fileIds.add(r.fileId()));
            MaterialChecks.checkUnused(materialReads, fileIds, namedMaterials, problems);
            checkExperimentsUsed(experiments, activities);
        }
        activities.sort(Comparator.comparing(Activity::id, Comparator.nullsLast(Comparator.naturalOrder())));
        List<dk.opdag.curriculum.model.Material> materials = materialReads.stream()
                .map(MaterialReader.Read::material).filter(m -> m.id() != null).toList();
        Set<String> areaIds = new TreeSet<>();
        frameworks.forEach(f -> f.areas().forEach(a -> areaIds.add(a.id())));
        List<dk.opdag.curriculum.model.MeasureTask> measureTasks = MeasureTaskReader.read(files, problems,
                frameworksRead ? areaIds : null, runExperiments);
        return new LoadResult(new Curriculum(subjects, frameworks, activities, experiments, materials, measureTasks),
                problems.errors(), problems.warnings());
    }

    private List<Subject> readSubjects() {
        FileReport report = problems.file(SUBJECTS);
        if (!files.has(SUBJECTS)) {
            report.report(Rule.MISSING_FILE, null, "filen med fagene mangler");
            subjectsRead = false;
            return List.of();
        }
        Optional<YamlNode> root = parse(SUBJECTS, report);
        subjectsRead = root.isPresent() && root.get() instanceof YamlNode.Mapping;
        return root.map(r -> SubjectsReader.read(r, report)).orElse(List.of());
    }

    private List<Framework> readFrameworks(Ids goalIds) {
        record Read(Framework framework, FileReport report, Integer line, boolean namedRight) {
        }
        List<Read> reads = new ArrayList<>();
        List<String> paths = yamlFilesIn(FRAMEWORKS, "målramme");
        frameworksRead = !paths.isEmpty();
        for (String path : paths) {
            FileReport report = problems.file(path);
            Optional<YamlNode> root = parse(path, report);
            Optional<Framework> framework = root.flatMap(r -> FrameworkReader.read(r, stem(path), report, goalIds));
            frameworksRead &= framework.isPresent();
            framework.ifPresent(f -> reads.add(new Read(f, report, YamlNode.lineAt(root.get(), "version"),
                    stem(path).equals(f.version()))));
        }
        // The file named like the version owns it; a misnamed copy is the duplicate.
        reads.sort(Comparator.comparing(Read::namedRight).reversed());
        Ids versions = new Ids("en målramme");
        return reads.stream()
                .filter(r -> r.framework().version() == null
                        || versions.add(r.framework().version(), r.report(), r.line()))
                .map(Read::framework)
                .sorted(Comparator.comparing(Framework::version, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    private List<ActivityReader.Read> readActivities() {
        List<ActivityReader.Read> reads = new ArrayList<>();
        for (String path : yamlFilesIn(ACTIVITIES, "forløb")) {
            FileReport report = problems.file(path);
            String hash = sha256(files.files().get(path));
            parse(path, report).flatMap(root -> ActivityReader.read(root, stem(path), hash, report))
                    .ifPresent(reads::add);
        }
        return reads;
    }

    /**
     * Print materials: {@code materials/<activity>/<id>.yaml}. Anything else in {@code materials/} is skipped with a
     * warning. Sorted by activity and file name, the order the print view shows them in.
     */
    private List<MaterialReader.Read> readMaterials() {
        List<MaterialReader.Read> reads = new ArrayList<>();
        int start = MATERIALS.length() + 1;
        files.under(MATERIALS).filter(path -> !isNotes(path)).forEach(path -> {
            String rest = path.substring(start);
            int slash = rest.indexOf('/');
            if (slash < 0 || rest.indexOf('/', slash + 1) >= 0 || !path.endsWith(".yaml")) {
                problems.add(Rule.IGNORED_FILE, path, null, "filen bliver ikke læst: et materiale skal ligge i "
                        + MATERIALS + "/<forløbets id>/<id>.yaml");
                return;
            }
            String activityId = rest.substring(0, slash);
            FileReport report = problems.file(path);
            String hash = sha256(files.files().get(path));
            parse(path, report).flatMap(root -> MaterialReader.read(root, activityId, stem(path), hash, report))
                    .ifPresent(reads::add);
        });
        return reads;
    }

    /** The {@code *.yaml} files directly in a folder; warns about anything else there, which would be skipped. */
    private List<String> yamlFilesIn(String folder, String what) {
        List<String> yaml = new ArrayList<>();
        files.under(folder).forEach(path -> {
            boolean direct = path.indexOf('/', folder.length() + 1) < 0;
            if (direct && path.endsWith(".yaml")) {
                yaml.add(path);
            } else if (!isNotes(path)) {
                String yml = path.endsWith(".yml") ? " (ikke .yml)" : "";
                problems.add(Rule.IGNORED_FILE, path, null, "filen bliver ikke læst: et " + what
                        + " skal ligge direkte i " + folder + "/ og hedde <id>.yaml" + yml);
            }
        });
        if (yaml.isEmpty()) {
            problems.add(Rule.MISSING_FILE, folder + "/", null, "der er ingen " + what + " (*.yaml) i " + folder + "/");
        }
        return yaml;
    }

    /**
     * Every folder directly in {@code experiments/} is one experiment. Its id (= folder name) is kept even when the
     * experiment is broken, so activities that link it get no second, misleading "unknown experiment" error.
     */
    private List<Experiment> readExperiments() {
        int start = EXPERIMENTS.length() + 1;
        Set<String> folders = new TreeSet<>();
        files.under(EXPERIMENTS).filter(path -> !isNotes(path)).forEach(path -> {
            int slash = path.indexOf('/', start);
            if (slash >= 0) {
                folders.add(path.substring(0, slash));
            } else {
                problems.add(Rule.IGNORED_FILE, path, null, "filen bliver ikke læst: et eksperiment skal ligge i sin "
                        + "egen mappe, " + EXPERIMENTS + "/<id>/" + ExperimentReader.YAML);
            }
        });
        List<ExperimentReader.Read> reads = new ArrayList<>();
        for (String folder : folders) {
            experimentFolders.add(folder.substring(start));
            ExperimentReader.read(files, problems, folder).ifPresent(reads::add);
        }
        reads.sort(Comparator.comparing(ExperimentReader.Read::namedRight).reversed());
        // Running every solution and start is the slow part of a load: run the experiments side by side.
        List<ExperimentRuns.Runs> runs = runExperiments
                ? java.util.stream.IntStream.range(0, reads.size()).parallel()
                        .mapToObj(i -> ExperimentRuns.run(reads.get(i))).toList()
                : List.of();
        Ids ids = new Ids("et eksperiment");
        List<Experiment> experiments = new ArrayList<>();
        for (int i = 0; i < reads.size(); i++) {
            ExperimentReader.Read read = reads.get(i);
            String id = read.experiment().id();
            if (id == null || ids.add(id, read.report(), read.line("id"))) {
                experiments.add(id == null ? withId(read.experiment(), read.folderId()) : read.experiment());
            }
            if (runExperiments) {
                ExperimentRuns.check(read, runs.get(i));
            }
        }
        experiments.sort(Comparator.comparing(Experiment::id));
        return experiments;
    }

    /** A broken experiment without an id is still known by its folder name. */
    /**
     * {@code experiment-unused}: every experiment is worked on in a lesson step with minutes of some activity, so a
     * teacher meets it in a lesson. Only when the activities could all be read: a broken activity is reported first.
     */
    private void checkExperimentsUsed(List<Experiment> experiments, List<Activity> activities) {
        if (!problems.errors().isEmpty()) {
            return;
        }
        Set<String> used = new TreeSet<>();
        activities.stream().filter(a -> a.guide() != null).flatMap(a -> a.guide().lessons().stream())
                .flatMap(l -> l.steps().stream()).filter(s -> s.minutes() > 0 && s.experiment() != null)
                .forEach(s -> used.add(s.experiment()));
        for (Experiment e : experiments) {
            if (!used.contains(e.id())) {
                problems.add(Rule.EXPERIMENT_UNUSED, EXPERIMENTS + "/" + e.id() + "/" + ExperimentReader.YAML, 1,
                        "eksperimentet '" + e.id() + "' bruges ikke i noget trin i et forløb; skriv "
                                + "'experiment: " + e.id() + "' ved det trin i et forløb, hvor eleverne arbejder med det");
            }
        }
    }

    private static Experiment withId(Experiment e, String id) {
        return new Experiment(id, e.title(), e.goal(), e.grades(), e.world(), e.levels(), e.legacyLevel(),
                e.contentHash());
    }

    private Optional<YamlNode> parse(String path, FileReport report) {
        return YamlTreeReader.read(files.files().get(path), report);
    }

    /** A README or a hidden file (.DS_Store, editor backups): not content, and not worth a warning. */
    private static boolean isNotes(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.equals("README.md") || name.startsWith(".");
    }

    /** {@code activities/x.yaml} → {@code x}. */
    private static String stem(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
