package dk.opdag.training.content;

import dk.opdag.curriculum.load.CurriculumFiles;
import dk.opdag.curriculum.load.Fields;
import dk.opdag.curriculum.load.FileReport;
import dk.opdag.curriculum.load.Ids;
import dk.opdag.curriculum.load.Problems;
import dk.opdag.curriculum.load.Rule;
import dk.opdag.curriculum.load.YamlNode;
import dk.opdag.curriculum.load.YamlTreeReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and checks the data in {@code teacher-guides/}: {@code competences.yaml} (the self-assessment),
 * {@code dialogue-cards.yaml} and {@code tracks/<id>.yaml}, with the curriculum loader's YAML reading and error
 * reporting, so every problem names its file, line and rule. Links from modules are checked against the
 * catalogue's activities and experiments. Plain Java: the command line runs it without Spring.
 */
public final class TrainingContentLoader {

    public static final String COMPETENCES = "competences.yaml";
    public static final String CARDS = "dialogue-cards.yaml";
    public static final String TRACKS = "tracks";
    /** Always in the folder, so the copy on the classpath can be found. */
    public static final String MARKER = "README.md";
    /** The areas of KL's dialogue cards, in their order. */
    public static final List<String> CARD_AREAS = List.of("anvendelse", "teknologiforstaaelse", "formidling",
            "udvikling");

    static final int MIN_MODULES = 3;
    static final int MAX_MODULES = 6;
    static final int MIN_QUESTIONS = 3;
    static final int MAX_QUESTIONS = 6;
    static final int MIN_OPTIONS = 2;
    static final int MAX_OPTIONS = 5;
    static final int MIN_ITEMS = 20;
    static final int MAX_ITEMS = 30;
    static final int MIN_CARDS = 24;
    static final int MIN_CARDS_PER_AREA = 4;
    static final int MIN_PROMPTS = 2;
    static final int MAX_PROMPTS = 4;
    static final int MAX_FOLLOW_UPS = 4;
    /** Busy-teacher plain language: the short read should not be harder than this. */
    public static final int MAX_READ_LIX = 40;

    /**
     * The catalogue modules may link to. A null set means the curriculum could not be read, so links are not
     * checked (the curriculum's own errors say why).
     */
    public record Catalogue(Set<String> activityIds, Set<String> experimentIds) {
    }

    private final CurriculumFiles files;
    private final String prefix;
    private final Catalogue catalogue;
    private final Problems problems = new Problems();
    /** Where each competence item's id stands in competences.yaml, for warnings about it. */
    private final java.util.Map<String, Integer> itemLines = new java.util.HashMap<>();

    private TrainingContentLoader(CurriculumFiles files, String prefix, Catalogue catalogue) {
        this.files = files;
        this.prefix = prefix;
        this.catalogue = catalogue;
    }

    /** The folder {@code dir}; problems are reported with paths like {@code teacher-guides/tracks/x.yaml}. */
    public static TrainingLoadResult load(Path dir, Catalogue catalogue) {
        return load(CurriculumFiles.fromDirectory(dir), folderName(dir), catalogue);
    }

    /** The copy inside the application, e.g. {@code loadFromClasspath("teacher-guides", ...)}. */
    public static TrainingLoadResult loadFromClasspath(String root, Catalogue catalogue) {
        return load(CurriculumFiles.fromClasspath(root, MARKER, TrainingContentLoader.class.getClassLoader()),
                root + "/", catalogue);
    }

    public static TrainingLoadResult load(CurriculumFiles files, String prefix, Catalogue catalogue) {
        return new TrainingContentLoader(files, prefix, catalogue).run();
    }

    private static String folderName(Path dir) {
        Path name = dir.toAbsolutePath().normalize().getFileName();
        return name == null ? "" : name + "/";
    }

    private TrainingLoadResult run() {
        CompetenceModel competences = readCompetences();
        List<DialogueArea> areas = readCards();
        List<Track> tracks = readTracks(competences, areas);
        return new TrainingLoadResult(new TrainingContent(competences, tracks, areas), problems.errors(),
                problems.warnings());
    }

    // ---- competences.yaml ----

    private CompetenceModel readCompetences() {
        FileReport report = problems.file(prefix + COMPETENCES);
        Optional<Fields> file = root(COMPETENCES, report);
        if (file.isEmpty()) {
            return new CompetenceModel(List.of(), List.of());
        }
        Fields f = file.get();
        f.allowOnly("scale", "dimensions");
        List<String> scale = f.texts("scale", true);
        if (report.readable("scale") && scale.size() != CompetenceModel.MAX_LEVEL + 1) {
            report.report(TrainingRule.ITEM_LEVELS, f.lineOf("scale"), "'scale' har " + scale.size()
                    + " trin, men skalaen 0–5 har 6");
        }
        Ids itemIds = new Ids("et kompetenceudsagn");
        Set<Dimension> seen = EnumSet.noneOf(Dimension.class);
        List<DimensionInfo> dimensions = new ArrayList<>();
        for (Fields d : f.objects("dimensions")) {
            d.allowOnly("id", "name", "description", "items");
            String id = d.text("id");
            Optional<Dimension> dimension = Optional.ofNullable(id).flatMap(Dimension::fromId);
            if (id != null && dimension.isEmpty()) {
                report.report(TrainingRule.DIMENSIONS, d.lineOf("id"), "dimensionen '" + id + "' findes ikke; brug "
                        + String.join(", ", EnumSet.allOf(Dimension.class).stream().map(Dimension::id).toList()));
            } else if (dimension.isPresent() && !seen.add(dimension.get())) {
                report.report(TrainingRule.DIMENSIONS, d.lineOf("id"), "dimensionen '" + id + "' står to gange");
            }
            List<CompetenceItem> items = new ArrayList<>();
            for (Fields item : d.objects("items")) {
                item.allowOnly("id", "text", "levels");
                String itemId = item.text("id");
                Ids.checkSlug(itemId, Ids.SLUG, report, item.lineOf("id"));
                List<String> levels = item.texts("levels", true);
                if (report.readable(item.pathOf("levels")) && levels.size() != CompetenceModel.MAX_LEVEL + 1) {
                    report.report(TrainingRule.ITEM_LEVELS, item.lineOf("levels"), "'" + item.pathOf("levels")
                            + "' har " + levels.size() + " beskrivelser, men skal have 6: én for hvert trin 0–5");
                }
                if (itemId != null) {
                    itemLines.putIfAbsent(itemId, item.lineOf("id"));
                }
                if (itemId != null && itemIds.add(itemId, report, item.lineOf("id")) && dimension.isPresent()) {
                    items.add(new CompetenceItem(itemId, dimension.get(), item.text("text"), levels));
                }
            }
            dimension.ifPresent(dim -> dimensions.add(new DimensionInfo(dim, d.text("name"),
                    d.text("description"), items)));
        }
        if (report.intact("dimensions")) {
            EnumSet<Dimension> missing = EnumSet.allOf(Dimension.class);
            missing.removeAll(seen);
            if (!missing.isEmpty()) {
                report.report(TrainingRule.DIMENSIONS, f.lineOf("dimensions"), "dimensionerne mangler: "
                        + String.join(", ", missing.stream().map(Dimension::id).toList()));
            }
            int count = dimensions.stream().mapToInt(x -> x.items().size()).sum();
            if (count < MIN_ITEMS || count > MAX_ITEMS) {
                report.report(TrainingRule.ITEM_COUNT, f.lineOf("dimensions"), "selvvurderingen har " + count
                        + " udsagn, men skal have " + MIN_ITEMS + "–" + MAX_ITEMS + " (10–15 minutter)");
            }
        }
        dimensions.sort(Comparator.comparing(DimensionInfo::dimension));
        return new CompetenceModel(scale, dimensions);
    }

    // ---- dialogue-cards.yaml ----

    private List<DialogueArea> readCards() {
        FileReport report = problems.file(prefix + CARDS);
        Optional<Fields> file = root(CARDS, report);
        if (file.isEmpty()) {
            return List.of();
        }
        Fields f = file.get();
        f.allowOnly("areas");
        Ids cardIds = new Ids("et dialogkort");
        List<DialogueArea> areas = new ArrayList<>();
        Set<String> seenAreas = new HashSet<>();
        for (Fields a : f.objects("areas")) {
            a.allowOnly("id", "name", "intro", "cards");
            String id = a.text("id");
            if (id != null && !CARD_AREAS.contains(id)) {
                report.report(TrainingRule.CARD_COUNT, a.lineOf("id"), "området '" + id + "' findes ikke; brug "
                        + String.join(", ", CARD_AREAS));
            } else if (id != null && !seenAreas.add(id)) {
                report.report(TrainingRule.CARD_COUNT, a.lineOf("id"), "området '" + id + "' står to gange");
            }
            List<DialogueCard> cards = new ArrayList<>();
            for (Fields c : a.objects("cards")) {
                c.allowOnly("id", "question", "follow-ups");
                String cardId = c.text("id");
                Ids.checkSlug(cardId, Ids.SLUG, report, c.lineOf("id"));
                List<String> followUps = c.texts("follow-ups", true);
                if (report.readable(c.pathOf("follow-ups"))
                        && (followUps.isEmpty() || followUps.size() > MAX_FOLLOW_UPS)) {
                    report.report(TrainingRule.CARD_FOLLOW_UPS, c.lineOf("follow-ups"), "'" + c.pathOf("follow-ups")
                            + "' har " + followUps.size() + " spørgsmål, men skal have 1–" + MAX_FOLLOW_UPS);
                }
                if (cardId != null && cardIds.add(cardId, report, c.lineOf("id"))) {
                    cards.add(new DialogueCard(cardId, id, c.text("question"), followUps));
                }
            }
            if (report.intact(a.pathOf("cards")) && cards.size() < MIN_CARDS_PER_AREA) {
                report.report(TrainingRule.CARD_COUNT, a.lineOf("cards"), "området '" + id + "' har " + cards.size()
                        + " kort, men skal have mindst " + MIN_CARDS_PER_AREA);
            }
            areas.add(new DialogueArea(id, a.text("name"), a.text("intro"), cards));
        }
        if (report.intact("areas")) {
            List<String> missing = CARD_AREAS.stream().filter(x -> !seenAreas.contains(x)).toList();
            if (!missing.isEmpty()) {
                report.report(TrainingRule.CARD_COUNT, f.lineOf("areas"), "områderne mangler: "
                        + String.join(", ", missing));
            }
            int count = areas.stream().mapToInt(x -> x.cards().size()).sum();
            if (count < MIN_CARDS) {
                report.report(TrainingRule.CARD_COUNT, f.lineOf("areas"), "der er " + count
                        + " dialogkort, men skal være mindst " + MIN_CARDS);
            }
        }
        areas.sort(Comparator.comparingInt(x -> x.id() == null ? 99 : CARD_AREAS.indexOf(x.id())));
        return areas;
    }

    // ---- tracks/<id>.yaml ----

    private record Read(Track track, int order) {
    }

    private List<Track> readTracks(CompetenceModel competences, List<DialogueArea> areas) {
        Set<String> itemIds = new HashSet<>();
        competences.items().forEach(i -> itemIds.add(i.id()));
        boolean itemsKnown = !itemIds.isEmpty();
        Set<String> cardIds = new HashSet<>();
        areas.forEach(a -> a.cards().forEach(c -> cardIds.add(c.id())));
        boolean cardsKnown = !cardIds.isEmpty();
        Ids trackIds = new Ids("et forløb");
        Ids moduleIds = new Ids("et modul");
        List<Read> reads = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        files.under(TRACKS).forEach(path -> {
            boolean direct = path.indexOf('/', TRACKS.length() + 1) < 0;
            String name = path.substring(path.lastIndexOf('/') + 1);
            if (direct && path.endsWith(".yaml")) {
                paths.add(path);
            } else if (!name.equals(MARKER) && !name.startsWith(".")) {
                problems.add(Rule.IGNORED_FILE, prefix + path, null, "filen bliver ikke læst: et forløb skal ligge "
                        + "direkte i " + TRACKS + "/ og hedde <id>.yaml");
            }
        });
        if (paths.isEmpty()) {
            problems.add(Rule.MISSING_FILE, prefix + TRACKS + "/", null, "der er ingen forløb (*.yaml) i " + TRACKS
                    + "/");
        }
        for (String path : paths) {
            FileReport report = problems.file(prefix + path);
            String stem = path.substring(path.lastIndexOf('/') + 1, path.length() - ".yaml".length());
            root(path, report).ifPresent(f -> {
                f.allowOnly("id", "order", "title", "summary", "modules");
                String id = f.text("id");
                Ids.checkSlug(id, Ids.SLUG, report, f.lineOf("id"));
                if (id != null && !id.equals(stem)) {
                    report.report(Rule.ID_FILENAME, f.lineOf("id"), "id er '" + id + "', men filen hedder '" + stem
                            + ".yaml'; de skal være ens");
                }
                Integer order = f.integer("order");
                if (order != null && order < 1) {
                    report.broken("order", Rule.VALUE_RANGE, f.lineOf("order"), "'order' er " + order
                            + ", men skal være 1 eller mere");
                }
                List<Fields> moduleFields = f.objects("modules");
                if (report.readable("modules") && (moduleFields.size() < MIN_MODULES
                        || moduleFields.size() > MAX_MODULES)) {
                    report.report(TrainingRule.TRACK_MODULES, f.lineOf("modules"), "forløbet har "
                            + moduleFields.size() + " moduler, men skal have " + MIN_MODULES + "–" + MAX_MODULES);
                }
                List<Module> modules = new ArrayList<>();
                for (Fields m : moduleFields) {
                    Module module = module(m, id, itemsKnown ? itemIds : null, cardsKnown ? cardIds : null);
                    if (module.id() == null || moduleIds.add(module.id(), report, m.lineOf("id"))) {
                        modules.add(module);
                    }
                }
                if (id == null || trackIds.add(id, report, f.lineOf("id"))) {
                    reads.add(new Read(new Track(id, f.text("title"), f.text("summary"), modules),
                            order == null ? Integer.MAX_VALUE : order));
                }
            });
        }
        reads.sort(Comparator.comparingInt(Read::order).thenComparing(r -> r.track().id(),
                Comparator.nullsLast(Comparator.naturalOrder())));
        if (itemsKnown && !paths.isEmpty()) {
            Set<String> trained = new HashSet<>();
            reads.forEach(r -> r.track().modules().forEach(m -> m.goals().forEach(g -> trained.add(g.itemId()))));
            competences.items().stream().filter(i -> !trained.contains(i.id())).forEach(i -> problems.add(
                    TrainingRule.ITEM_WITHOUT_MODULE, prefix + COMPETENCES, itemLines.get(i.id()), "udsagnet '" + i.id()
                            + "' trænes ikke af noget modul, så et hul her kan ikke få et modul foreslået"));
        }
        return reads.stream().map(Read::track).toList();
    }

    private Module module(Fields m, String trackId, Set<String> itemIds, Set<String> cardIds) {
        FileReport report = m.report();
        m.allowOnly("id", "title", "minutes", "goals", "read", "try", "in-class", "reflection", "team", "check");
        String id = m.text("id");
        Ids.checkSlug(id, Ids.SLUG, report, m.lineOf("id"));
        Integer minutes = m.integer("minutes");
        if (minutes != null && (minutes < 10 || minutes > 180)) {
            report.broken(m.pathOf("minutes"), Rule.VALUE_RANGE, m.lineOf("minutes"), "'" + m.pathOf("minutes")
                    + "' er " + minutes + ", men et modul varer 10–180 minutter");
        }
        List<Module.Goal> goals = m.objects("goals").stream().map(g -> {
            g.allowOnly("item", "text");
            String item = g.text("item");
            if (item != null && itemIds != null && !itemIds.contains(item)) {
                report.report(TrainingRule.UNKNOWN_ITEM, g.lineOf("item"), "målet peger på udsagnet '" + item
                        + "', som ikke står i " + COMPETENCES);
            }
            return new Module.Goal(item, g.text("text"));
        }).toList();
        if (report.readable(m.pathOf("goals")) && goals.isEmpty()) {
            report.report(Rule.REQUIRED_FIELD, m.lineOf("goals"), "'" + m.pathOf("goals") + "' er tom");
        }
        String read = m.text("read");
        if (read != null) {
            double lix = readLix(read);
            if (lix > MAX_READ_LIX) {
                report.report(TrainingRule.MODULE_LIX, m.lineOf("read"), "modulets tekst har LIX " + Math.round(lix)
                        + "; skriv kortere sætninger og ord (højst " + MAX_READ_LIX + ")");
            }
        }
        Module.TryIt tryIt = m.object("try").map(t -> tryIt(t)).orElse(null);
        Module.InClass inClass = m.object("in-class").map(c -> {
            c.allowOnly("activity", "task");
            String activity = c.text("activity");
            checkActivity(activity, c);
            return new Module.InClass(activity, c.text("task"));
        }).orElse(null);
        List<String> reflection = m.texts("reflection", true);
        if (report.readable(m.pathOf("reflection"))
                && (reflection.size() < MIN_PROMPTS || reflection.size() > MAX_PROMPTS)) {
            report.report(TrainingRule.REFLECTION_PROMPTS, m.lineOf("reflection"), "'" + m.pathOf("reflection")
                    + "' har " + reflection.size() + " spørgsmål til logbogen, men skal have " + MIN_PROMPTS + "–"
                    + MAX_PROMPTS);
        }
        String card = m.object("team").map(t -> {
            t.allowOnly("card");
            String c = t.text("card");
            if (c != null && cardIds != null && !cardIds.contains(c)) {
                report.report(TrainingRule.UNKNOWN_CARD, t.lineOf("card"), "dialogkortet '" + c
                        + "' findes ikke i " + CARDS);
            }
            return c;
        }).orElse(null);
        List<Fields> questionFields = m.objects("check");
        if (report.readable(m.pathOf("check")) && (questionFields.size() < MIN_QUESTIONS
                || questionFields.size() > MAX_QUESTIONS)) {
            report.report(TrainingRule.CHECK_QUESTIONS, m.lineOf("check"), "videnstjekket har "
                    + questionFields.size() + " spørgsmål, men skal have " + MIN_QUESTIONS + "–" + MAX_QUESTIONS);
        }
        List<Module.Question> check = questionFields.stream().map(this::question).toList();
        return new Module(id, trackId, m.text("title"), minutes == null ? 0 : minutes, goals, read, tryIt, inClass,
                reflection, card, check);
    }

    private static double readLix(String markdown) {
        return dk.opdag.curriculum.load.Lix.of(ModuleText.plain(markdown)).value();
    }

    private Module.TryIt tryIt(Fields t) {
        t.allowOnly("activity", "experiment", "task");
        String activity = t.optionalText("activity");
        String experiment = t.optionalText("experiment");
        if ((activity == null) == (experiment == null)) {
            t.report().report(TrainingRule.TRY_TARGET, t.lineOf(activity == null ? "task" : "experiment"),
                    "'" + t.pathOf("task").replaceFirst("\\.task$", "") + "' skal have enten 'activity' eller 'experiment'"
                            + " (præcis én af dem)");
        }
        checkActivity(activity, t);
        if (experiment != null && catalogue.experimentIds() != null
                && !catalogue.experimentIds().contains(experiment)) {
            t.report().report(TrainingRule.UNKNOWN_EXPERIMENT, t.lineOf("experiment"), "eksperimentet '"
                    + experiment + "' findes ikke i kataloget");
        }
        String task = t.text("task");
        return activity != null ? new Module.TryIt(Module.TryIt.Kind.ACTIVITY, activity, task)
                : new Module.TryIt(Module.TryIt.Kind.EXPERIMENT, experiment, task);
    }

    private void checkActivity(String activity, Fields at) {
        if (activity != null && catalogue.activityIds() != null && !catalogue.activityIds().contains(activity)) {
            at.report().report(TrainingRule.UNKNOWN_ACTIVITY, at.lineOf("activity"), "aktiviteten '" + activity
                    + "' findes ikke i kataloget");
        }
    }

    private Module.Question question(Fields q) {
        FileReport report = q.report();
        q.allowOnly("question", "program", "options", "explanation");
        List<Fields> optionFields = q.objects("options");
        List<Module.Option> options = new ArrayList<>();
        for (Fields o : optionFields) {
            o.allowOnly("text", "correct");
            String correct = o.optionalText("correct");
            if (correct != null && !correct.equals("true") && !correct.equals("false")) {
                report.broken(o.pathOf("correct"), Rule.WRONG_TYPE, o.lineOf("correct"), "'" + o.pathOf("correct")
                        + "' skal være true eller false");
            }
            options.add(new Module.Option(o.text("text"), "true".equals(correct)));
        }
        if (report.intact(q.pathOf("options"))) {
            if (options.size() < MIN_OPTIONS || options.size() > MAX_OPTIONS) {
                report.report(TrainingRule.CHECK_OPTIONS, q.lineOf("options"), "'" + q.pathOf("options") + "' har "
                        + options.size() + " svarmuligheder, men skal have " + MIN_OPTIONS + "–" + MAX_OPTIONS);
            }
            long correct = options.stream().filter(Module.Option::correct).count();
            if (correct == 0) {
                report.report(TrainingRule.CHECK_NO_CORRECT, q.lineOf("options"), "'" + q.pathOf("options")
                        + "' har intet rigtigt svar; markér ét med correct: true");
            } else if (correct > 1) {
                report.report(TrainingRule.CHECK_MANY_CORRECT, q.lineOf("options"), "'" + q.pathOf("options")
                        + "' har " + correct + " rigtige svar, men skal have præcis ét");
            }
        }
        return new Module.Question(q.text("question"), q.optionalText("program"), options, q.text("explanation"));
    }

    /** The file's top-level mapping, or empty after reporting why there is none. */
    private Optional<Fields> root(String path, FileReport report) {
        if (!files.has(path)) {
            report.report(Rule.MISSING_FILE, null, "filen mangler");
            return Optional.empty();
        }
        Optional<YamlNode> root = YamlTreeReader.read(files.files().get(path), report);
        return root.flatMap(r -> Fields.of(r, "", report));
    }
}
