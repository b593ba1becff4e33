package dk.opdag.curriculum.load;

import dk.opdag.experiment.Engine;
import dk.opdag.experiment.Limits;
import dk.opdag.experiment.RunResult;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The checks that run an experiment through the engine: the reference solution must reach the goal and the
 * starting workspace must not; and the solution may only use blocks the pupil can get.
 */
final class ExperimentRuns {

    private static final Set<String> VARIABLE_BLOCKS = Set.of("variables_get", "variables_set", "math_change");

    private ExperimentRuns() {
    }

    /** The engine's verdicts on an experiment's two workspaces; null where a workspace could not be run. */
    record Runs(RunResult solution, RunResult start) {
    }

    /**
     * Runs the solution and the start (pure, no reporting, so experiments can be run side by side).
     * Nothing runs when world, checks or start state are broken: those are already reported.
     */
    static Runs run(ExperimentReader.Read read) {
        if (read.spec() == null) {
            return new Runs(null, null);
        }
        ExperimentReader.Workspace solution = read.solution();
        RunResult solved = solution != null && solution.json() != null
                ? Engine.run(read.spec(), solution.text(), Limits.DEFAULT) : null;
        RunResult started = read.start().json() != null
                ? Engine.run(read.spec(), read.start().text(), Limits.DEFAULT) : null;
        return new Runs(solved, started);
    }

    static void check(ExperimentReader.Read read, Runs runs, FileReport solutionReport, FileReport startReport) {
        checkOffered(read, solutionReport);
        if (runs.solution() != null && !runs.solution().passed()) {
            solutionReport.report(Rule.SOLUTION_FAILS, null, "referenceløsningen når ikke målet, når motoren "
                    + "kører den: " + reasons(runs.solution()));
        }
        ExperimentReader.Workspace start = read.start();
        if (runs.start() != null) {
            RunResult result = runs.start();
            if (result.passed()) {
                String what = start.path() == null
                        ? "et tomt arbejdsområde klarer allerede alle regler; tilføj en regel, der kræver et program"
                        : "startprogrammet klarer allerede alle regler, så eleven har intet at gøre";
                (start.path() == null ? read.report() : startReport).report(Rule.START_PASSES,
                        start.path() == null ? read.line("checks") : null, what);
            }
        }
    }

    /** The failed checks' own messages, or the error that stopped the run. */
    private static String reasons(RunResult result) {
        if (result.error().isPresent()) {
            return "programmet stoppede: " + result.error().get();
        }
        return result.checks().stream().filter(c -> !c.passed())
                .map(c -> c.type() + ": " + c.message()).collect(Collectors.joining("; "));
    }

    /** Every block the pupil must place is in the toolbox, in the start workspace, or in an offered category. */
    private static void checkOffered(ExperimentReader.Read read, FileReport solutionReport) {
        ExperimentReader.Workspace solution = read.solution();
        if (solution == null || solution.json() == null || read.toolbox().blocks().isEmpty()) {
            return;
        }
        Set<String> available = new LinkedHashSet<>(read.toolbox().blocks());
        if (read.start().json() != null) {
            WorkspaceBlocks.of(read.start().json()).forEach(b -> available.add(b.type()));
        }
        Set<String> missing = new LinkedHashSet<>();
        for (WorkspaceBlocks.Found b : WorkspaceBlocks.of(solution.json())) {
            boolean fromCategory = read.toolbox().variables() && VARIABLE_BLOCKS.contains(b.type())
                    || read.toolbox().functions() && b.type().startsWith("procedures_");
            if (!b.shadow() && !available.contains(b.type()) && !fromCategory) {
                missing.add(b.type());
            }
        }
        if (!missing.isEmpty()) {
            solutionReport.report(Rule.SOLUTION_BLOCK_NOT_OFFERED, null, "referenceløsningen bruger "
                    + (missing.size() == 1 ? "blokken " : "blokkene ") + String.join(", ", missing)
                    + ", som eleven ikke kan finde i værktøjskassen (toolbox) eller i startprogrammet");
        }
    }
}
