package dk.opdag.cli;

import dk.opdag.curriculum.load.CurriculumFiles;
import dk.opdag.curriculum.load.CurriculumLoader;
import dk.opdag.curriculum.load.CurriculumSourceException;
import dk.opdag.curriculum.load.LoadResult;
import dk.opdag.curriculum.load.Problem;
import dk.opdag.curriculum.model.Curriculum;
import dk.opdag.curriculum.model.GradeBand;
import dk.opdag.curriculum.model.SubjectUse;
import dk.opdag.curriculum.yearplan.SamplePlan;
import dk.opdag.curriculum.yearplan.YearPlanLoader;
import dk.opdag.training.content.TrainingCheck;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** {@code curriculum check [DIR]}: validates the curriculum folder and prints every problem with file and line. */
final class CurriculumCommand implements CliCommand {

    static final String USAGE = """
            Brug: java -jar opdag.jar curriculum check [MAPPE] [--guides VEJLEDNINGER]
              Tjekker fag, målrammer, forløb og eksperimenter i MAPPE; eksperimenternes løsninger og
              startprogrammer køres. Uden MAPPE bruges ./curriculum, hvis den findes, ellers den kopi,
              der er bygget ind i programmet.
              Tjekker også efteruddannelsen (forløb, moduler, selvvurdering, dialogkort) i VEJLEDNINGER;
              uden --guides bruges teacher-guides ved siden af MAPPE (uden MAPPE: ./teacher-guides eller
              den indbyggede kopi).
              Afslutningskode: 0 = ingen fejl, 1 = fejl fundet, 2 = kunne ikke tjekke.""";

    private static final Path DEFAULT_DIR = Path.of("curriculum");
    private static final Path DEFAULT_GUIDES = Path.of("teacher-guides");

    @Override
    public String name() {
        return "curriculum";
    }

    @Override
    public String summary() {
        return "check [MAPPE]  tjekker forløbsindholdet";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() == 1 && List.of("help", "--help", "-h").contains(args.getFirst())) {
            out.println(USAGE);
            return ExitCode.OK;
        }
        List<String> rest = new ArrayList<>(args);
        Path guides = null;
        int option = rest.indexOf("--guides");
        if (option >= 0) {
            if (option + 1 >= rest.size()) {
                err.println(USAGE);
                return ExitCode.UNUSABLE;
            }
            guides = Path.of(rest.get(option + 1));
            rest.subList(option, option + 2).clear();
        }
        if (rest.isEmpty() || !rest.getFirst().equals("check") || rest.size() > 2) {
            err.println(USAGE);
            return ExitCode.UNUSABLE;
        }
        try {
            return check(rest.size() == 2 ? Path.of(rest.get(1)) : null, guides, out);
        } catch (CurriculumSourceException e) {
            err.println("Kan ikke tjekke forløbene: " + e.getMessage());
            return ExitCode.UNUSABLE;
        }
    }

    private static int check(Path dir, Path guides, PrintStream out) {
        long started = System.nanoTime();
        String source;
        LoadResult result;
        CurriculumFiles files;
        if (dir != null) {
            result = CurriculumLoader.load(dir);
            source = dir.toString();
            files = CurriculumFiles.fromDirectory(dir);
        } else if (Files.isDirectory(DEFAULT_DIR)) {
            result = CurriculumLoader.load(DEFAULT_DIR);
            source = DEFAULT_DIR.toString();
            files = CurriculumFiles.fromDirectory(DEFAULT_DIR);
        } else {
            result = CurriculumLoader.loadFromClasspath("curriculum");
            source = "den indbyggede kopi";
            files = CurriculumFiles.fromClasspath("curriculum", "subjects.yaml", CurriculumCommand.class.getClassLoader());
        }
        out.println("Tjekket: " + source);
        print("Fejl", result.errors(), out);
        print("Advarsler", result.warnings(), out);
        out.println(levels(result.curriculum()));
        out.println(summary(result));
        boolean planErrors = checkYearPlans(files, result, out);
        boolean guideErrors = checkGuides(dir, guides, result, out);
        out.printf(java.util.Locale.ROOT, "Tjekket på %.1f s (alle referenceløsninger og startprogrammer kørt på alle "
                + "eksempler).%n", (System.nanoTime() - started) / 1e9);
        return result.hasErrors() || planErrors || guideErrors ? ExitCode.FAILED : ExitCode.OK;
    }

    /** yearplans/ and courses/ (sample year plans, the valgfag course), linked against the checked curriculum. */
    private static boolean checkYearPlans(CurriculumFiles files, LoadResult curriculum, PrintStream out) {
        if (files.under(YearPlanLoader.PLANS).findAny().isEmpty() && files.under(YearPlanLoader.COURSES).findAny()
                .isEmpty()) {
            out.println("Årsplan-skabeloner og valgfag er ikke tjekket: mappen har hverken " + YearPlanLoader.PLANS
                    + "/ eller " + YearPlanLoader.COURSES + "/.");
            return false;
        }
        YearPlanLoader.Result plans = YearPlanLoader.load(files, curriculum.curriculum());
        print("Fejl i årsplaner og valgfag", plans.errors(), out);
        print("Advarsler om årsplaner og valgfag", plans.warnings(), out);
        int own = plans.plans().stream().mapToInt(SamplePlan::ownLessons).sum();
        int total = plans.plans().stream().mapToInt(SamplePlan::totalLessons).sum();
        out.println(plans.plans().size() + " årsplan-skabeloner (" + own + " af " + total
                + " lektioner er egne forløb), " + plans.courses().size() + " valgfag: " + plans.errors().size()
                + " fejl.");
        return plans.hasErrors();
    }

    /** teacher-guides/ (training tracks, self-assessment, dialogue cards), linked against the checked curriculum. */
    private static boolean checkGuides(Path dir, Path guides, LoadResult curriculum, PrintStream out) {
        Path folder = guides;
        if (folder == null && dir != null) {
            Path sibling = dir.toAbsolutePath().normalize().resolveSibling(DEFAULT_GUIDES);
            if (!Files.isDirectory(sibling)) {
                out.println("Efteruddannelsen er ikke tjekket: der er ingen " + DEFAULT_GUIDES
                        + " ved siden af " + dir + " (brug --guides).");
                return false;
            }
            folder = sibling;
        } else if (folder == null && Files.isDirectory(DEFAULT_GUIDES)) {
            folder = DEFAULT_GUIDES;
        }
        if (folder != null && !Files.isDirectory(folder)) {
            throw new CurriculumSourceException("Mappen " + folder.toAbsolutePath() + " findes ikke.");
        }
        return TrainingCheck.run(folder, curriculum.curriculum(), out).hasErrors();
    }

    private static void print(String heading, List<Problem> problems, PrintStream out) {
        if (!problems.isEmpty()) {
            out.println(heading + ":");
            problems.forEach(p -> out.println(p.format()));
        }
    }

    /**
     * Levels per band and world, e.g. "Niveauer: 55 i 19 eksperimenter (9 med niveauer, 10 med ét mål). Pr. trin:
     * 0.–3.: 20, 4.–6.: 20, 7.–9.: 25. Pr. verden: data 16, text 15 ..." An experiment written for two bands
     * counts in both.
     */
    static String levels(Curriculum c) {
        int total = c.experiments().stream().mapToInt(e -> e.levels().size()).sum();
        long leveled = c.experiments().stream().filter(e -> !e.singleLevel()).count();
        String bands = Arrays.stream(GradeBand.values())
                .map(b -> b.range().label() + ": " + c.experiments().stream()
                        .filter(e -> e.grades() != null && e.grades().bands().contains(b))
                        .mapToInt(e -> e.levels().size()).sum())
                .collect(Collectors.joining(", "));
        java.util.Map<String, Integer> worlds = new java.util.TreeMap<>();
        c.experiments().forEach(e -> worlds.merge(String.valueOf(e.world()), e.levels().size(), Integer::sum));
        String perWorld = worlds.entrySet().stream().map(w -> w.getKey() + " " + w.getValue())
                .collect(Collectors.joining(", "));
        return "Niveauer: " + total + " i " + c.experiments().size() + " eksperimenter (" + leveled + " med niveauer, "
                + (c.experiments().size() - leveled) + " med ét mål). Pr. trin: " + bands + ". Pr. verden: "
                + perWorld + ".";
    }

    /**
     * E.g. "45 forløb (0.–3.: 15, 4.–6.: 15, 7.–9.: 15), 18 af 20 fag i brug, 1 målramme, 18 eksperimenter: 0 fejl,
     * 2 advarsler."
     */
    static String summary(LoadResult result) {
        Curriculum c = result.curriculum();
        String bands = Arrays.stream(GradeBand.values())
                .map(b -> b.range().label() + ": " + c.activitiesIn(b).size())
                .collect(Collectors.joining(", "));
        long subjectsUsed = c.activities().stream().flatMap(a -> a.subjects().stream()).map(SubjectUse::id)
                .filter(id -> c.subject(id).isPresent()).distinct().count();
        int frameworks = c.frameworks().size();
        int experiments = c.experiments().size();
        return c.activities().size() + " forløb (" + bands + "), " + subjectsUsed + " af " + c.subjects().size()
                + " fag i brug, " + frameworks + (frameworks == 1 ? " målramme" : " målrammer") + ", " + experiments
                + (experiments == 1 ? " eksperiment" : " eksperimenter") + ": "
                + result.errors().size() + " fejl, " + result.warnings().size()
                + (result.warnings().size() == 1 ? " advarsel." : " advarsler.");
    }
}
