package dk.opdag.cli;

import dk.opdag.curriculum.load.CurriculumLoader;
import dk.opdag.curriculum.load.CurriculumSourceException;
import dk.opdag.curriculum.load.LoadResult;
import dk.opdag.curriculum.load.Problem;
import dk.opdag.curriculum.model.Curriculum;
import dk.opdag.curriculum.model.GradeBand;
import dk.opdag.curriculum.model.SubjectUse;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** {@code curriculum check [DIR]}: validates the curriculum folder and prints every problem with file and line. */
final class CurriculumCommand implements CliCommand {

    static final String USAGE = """
            Brug: java -jar opdag.jar curriculum check [MAPPE]
              Tjekker fag, målrammer, forløb og eksperimenter i MAPPE; eksperimenternes løsninger og
              startprogrammer køres. Uden MAPPE bruges ./curriculum, hvis den findes, ellers den kopi,
              der er bygget ind i programmet.
              Afslutningskode: 0 = ingen fejl, 1 = fejl fundet, 2 = kunne ikke tjekke.""";

    private static final Path DEFAULT_DIR = Path.of("curriculum");

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
        if (args.isEmpty() || !args.getFirst().equals("check") || args.size() > 2) {
            err.println(USAGE);
            return ExitCode.UNUSABLE;
        }
        try {
            return check(args.size() == 2 ? Path.of(args.get(1)) : null, out);
        } catch (CurriculumSourceException e) {
            err.println("Kan ikke tjekke forløbene: " + e.getMessage());
            return ExitCode.UNUSABLE;
        }
    }

    private static int check(Path dir, PrintStream out) {
        long started = System.nanoTime();
        String source;
        LoadResult result;
        if (dir != null) {
            result = CurriculumLoader.load(dir);
            source = dir.toString();
        } else if (Files.isDirectory(DEFAULT_DIR)) {
            result = CurriculumLoader.load(DEFAULT_DIR);
            source = DEFAULT_DIR.toString();
        } else {
            result = CurriculumLoader.loadFromClasspath("curriculum");
            source = "den indbyggede kopi";
        }
        out.println("Tjekket: " + source);
        print("Fejl", result.errors(), out);
        print("Advarsler", result.warnings(), out);
        out.println(levels(result.curriculum()));
        out.println(summary(result));
        out.printf(java.util.Locale.ROOT, "Tjekket på %.1f s (alle referenceløsninger og startprogrammer kørt på alle "
                + "eksempler).%n", (System.nanoTime() - started) / 1e9);
        return result.hasErrors() ? ExitCode.FAILED : ExitCode.OK;
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
