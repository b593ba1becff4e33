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

    static void check(ExperimentReader.Read read, FileReport solutionReport, FileReport startReport) {
        checkOffered(read, solutionReport);
        if (read.spec() == null) {
            return; // world, checks or start state are broken and already reported
        }
        ExperimentReader.Workspace solution = read.solution();
        if (solution != null && solution.json() != null) {
            RunResult result = Engine.run(read.spec(), solution.text(), Limits.DEFAULT);
            if (!result.passed()) {
                solutionReport.report(Rule.SOLUTION_FAILS, null, "referenceløsningen når ikke målet, når motoren "
                        + "kører den: " + reasons(result));
            }
        }
        ExperimentReader.Workspace start = read.start();
        if (start.json() != null) {
            RunResult result = Engine.run(read.spec(), start.text(), Limits.DEFAULT);
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
