package dk.opdag.training.profile;

import dk.opdag.account.SignedInUser;
import dk.opdag.training.Staff;
import dk.opdag.training.TrainingCatalog;
import dk.opdag.training.content.CompetenceItem;
import dk.opdag.training.content.CompetenceModel;
import dk.opdag.training.content.Dimension;
import dk.opdag.training.content.DimensionInfo;
import dk.opdag.training.content.Module;
import dk.opdag.training.module.ModuleRepository;
import dk.opdag.training.team.TeamRepository;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds a teacher's own {@link ProfileReport}. Only ever for the signed-in teacher themself. */
@Service
public class ProfileService {

    static final int SHOWN_ITEMS = 3;
    static final int RECOMMENDED = 3;

    private final AssessmentRepository assessments;
    private final ModuleRepository modules;
    private final TeamRepository teams;
    private final TrainingCatalog catalog;

    public ProfileService(AssessmentRepository assessments, ModuleRepository modules, TeamRepository teams,
                          TrainingCatalog catalog) {
        this.assessments = assessments;
        this.modules = modules;
        this.teams = teams;
        this.catalog = catalog;
    }

    @Transactional(readOnly = true)
    public ProfileReport report(SignedInUser user) {
        Staff.require(user);
        CompetenceModel model = catalog.content().competences();
        List<AssessmentRepository.Assessment> finished = assessments.finished(user.id());
        List<ProfileReport.HistoryPoint> history = finished.stream()
                .map(a -> new ProfileReport.HistoryPoint(a.id(), a.finishedAt(), means(model, a.answers()))).toList();
        if (finished.isEmpty()) {
            return new ProfileReport(null, List.of(), List.of(), List.of(), List.of(), history, false);
        }
        AssessmentRepository.Assessment latest = finished.getLast();
        Map<Dimension, Integer> personal = assessments.targets(user.id());
        Map<Dimension, Integer> team = teams.targetsForMember(user.id());
        Map<Dimension, int[]> checks = checksByDimension(modules.latestChecks(user.id()));
        Map<Dimension, Double> means = means(model, latest.answers());
        boolean assumed = true;
        List<ProfileReport.DimensionRow> rows = new ArrayList<>();
        Map<Dimension, Integer> targets = new EnumMap<>(Dimension.class);
        for (DimensionInfo d : model.dimensions()) {
            ProfileReport.TargetSource source = personal.containsKey(d.dimension()) ? ProfileReport.TargetSource.PERSONAL
                    : team.containsKey(d.dimension()) ? ProfileReport.TargetSource.TEAM
                    : ProfileReport.TargetSource.DEFAULT;
            int target = switch (source) {
                case PERSONAL -> personal.get(d.dimension());
                case TEAM -> team.get(d.dimension());
                case DEFAULT -> ProfileReport.DEFAULT_TARGET;
            };
            assumed &= source == ProfileReport.TargetSource.DEFAULT;
            targets.put(d.dimension(), target);
            int[] check = checks.getOrDefault(d.dimension(), new int[2]);
            rows.add(new ProfileReport.DimensionRow(d.dimension(), d.name(), means.getOrDefault(d.dimension(), 0.0),
                    target, source, check[0], check[1]));
        }
        List<ProfileReport.ItemRow> items = model.items().stream().filter(i -> latest.answers().containsKey(i.id()))
                .map(i -> new ProfileReport.ItemRow(i, latest.answers().get(i.id()), targets.get(i.dimension())))
                .toList();
        List<ProfileReport.ItemRow> strongest = items.stream()
                .sorted(Comparator.comparingInt(ProfileReport.ItemRow::rating).reversed()
                        .thenComparingInt(ProfileReport.ItemRow::gap))
                .limit(SHOWN_ITEMS).toList();
        List<ProfileReport.ItemRow> weakest = items.stream()
                .sorted(Comparator.comparingInt(ProfileReport.ItemRow::rating)
                        .thenComparing(Comparator.comparingInt(ProfileReport.ItemRow::gap).reversed()))
                .limit(SHOWN_ITEMS).toList();
        return new ProfileReport(latest.finishedAt(), rows, strongest, weakest,
                recommend(items, modules.progress(user.id())), history, assumed);
    }

    /**
     * Modules for the largest gaps: items by gap (largest first, then lowest rating), and for each the modules of
     * the content that train it and that the teacher has not completed, until {@link #RECOMMENDED} are found.
     */
    private List<ProfileReport.Recommendation> recommend(List<ProfileReport.ItemRow> items,
                                                         Map<String, ModuleRepository.Progress> progress) {
        List<ProfileReport.ItemRow> gaps = items.stream().filter(i -> i.gap() > 0)
                .sorted(Comparator.comparingInt(ProfileReport.ItemRow::gap).reversed()
                        .thenComparingInt(ProfileReport.ItemRow::rating))
                .toList();
        Map<String, List<CompetenceItem>> because = new LinkedHashMap<>();
        for (ProfileReport.ItemRow gap : gaps) {
            for (Module m : catalog.content().modules()) {
                boolean trains = m.goals().stream().anyMatch(g -> gap.item().id().equals(g.itemId()));
                boolean done = progress.containsKey(m.id()) && progress.get(m.id()).completed();
                if (trains && !done && (because.containsKey(m.id()) || because.size() < RECOMMENDED)) {
                    List<CompetenceItem> list = because.computeIfAbsent(m.id(), k -> new ArrayList<>());
                    if (!list.contains(gap.item())) {
                        list.add(gap.item());
                    }
                }
            }
        }
        return because.entrySet().stream().map(e -> {
            Module m = catalog.module(e.getKey()).orElseThrow();
            return new ProfileReport.Recommendation(m, catalog.content().track(m.trackId()).orElseThrow(),
                    List.copyOf(e.getValue()));
        }).toList();
    }

    /** Newest knowledge-check result per module, counted for each dimension the module trains. */
    private Map<Dimension, int[]> checksByDimension(Map<String, ModuleRepository.CheckResult> latest) {
        Map<Dimension, int[]> sums = new EnumMap<>(Dimension.class);
        latest.values().forEach(r -> catalog.module(r.moduleId()).ifPresent(m -> catalog.dimensionsOf(m)
                .forEach(d -> {
                    int[] s = sums.computeIfAbsent(d, k -> new int[2]);
                    s[0] += r.correct();
                    s[1] += r.total();
                })));
        return sums;
    }

    /** Mean rating per dimension over the items answered, rounded to one decimal. */
    static Map<Dimension, Double> means(CompetenceModel model, Map<String, Integer> answers) {
        Map<Dimension, Double> means = new EnumMap<>(Dimension.class);
        for (DimensionInfo d : model.dimensions()) {
            List<Integer> ratings = d.items().stream().map(i -> answers.get(i.id()))
                    .filter(java.util.Objects::nonNull).toList();
            if (!ratings.isEmpty()) {
                double mean = ratings.stream().mapToInt(Integer::intValue).average().orElse(0);
                means.put(d.dimension(), Math.round(mean * 10) / 10.0);
            }
        }
        return means;
    }
}
