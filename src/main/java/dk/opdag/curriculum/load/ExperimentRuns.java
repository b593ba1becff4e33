package dk.opdag.curriculum.load;

import dk.opdag.curriculum.load.ExperimentReader.LevelRead;
import dk.opdag.curriculum.load.ExperimentReader.Workspace;
import dk.opdag.experiment.Engine;
import dk.opdag.experiment.ExperimentSpec;
import dk.opdag.experiment.Limits;
import dk.opdag.experiment.RunResult;
import dk.opdag.experiment.level.LevelResult;
import dk.opdag.experiment.level.LevelRunner;
import dk.opdag.experiment.level.RequiredBlocks;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The checks that run an experiment's levels through the engine: every reference solution is perfect on every case
 * (hidden ones included), every start program fails, the worked example does not solve its level, no hint names a
 * distinguishing value ({@link AnswerValues}), and the solution only uses blocks the pupil can get.
 */
final class ExperimentRuns {

    private static final Set<String> VARIABLE_BLOCKS = Set.of("variables_get", "variables_set", "math_change");

    private ExperimentRuns() {
    }

    /**
     * The engine's verdicts on one level; null where a program could not be run.
     *
     * @param exampleOwn the worked example run in its own start state (null without one)
     */
    record LevelRuns(LevelResult solution, LevelResult start, LevelResult example, RunResult exampleOwn,
                     List<AnswerValues.Value> distinguishing) {
    }

    /** One entry per level, in order. */
    record Runs(List<LevelRuns> levels) {
    }

    /**
     * Runs every level's programs (pure, no reporting, so experiments can be run side by side). Nothing runs for a
     * level whose world, checks or start are broken: those are already reported.
     */
    static Runs run(ExperimentReader.Read read) {
        List<LevelRuns> out = new ArrayList<>();
        for (LevelRead l : read.levels()) {
            out.add(run(l));
        }
        return new Runs(out);
    }

    /** One level's runs; also the barometer's program tasks, which are levels with one goal. */
    static LevelRuns run(LevelRead l) {
        if (l.spec() == null) {
            return new LevelRuns(null, null, null, null, List.of());
        }
        Workspace solution = l.solution();
        boolean solutionRuns = solution != null && solution.json() != null;
        LevelResult solved = solutionRuns ? LevelRunner.run(l.spec(), solution.text(), Limits.DEFAULT) : null;
        LevelResult started = l.start().json() != null
                ? LevelRunner.run(l.spec(), l.start().text(), Limits.DEFAULT) : null;
        LevelResult example = null;
        RunResult exampleOwn = null;
        if (l.example() != null && l.example().json() != null) {
            example = LevelRunner.run(l.spec(), l.example().text(), Limits.DEFAULT);
            if (l.exampleStart() != null) {
                try {
                    ExperimentSpec own = new ExperimentSpec(l.spec().worldId(), l.exampleStart(), List.of(),
                            l.spec().base().maxBlocks(), l.spec().base().seed());
                    exampleOwn = Engine.run(own, l.example().text(), Limits.DEFAULT);
                } catch (IllegalArgumentException e) { // the example's start values do not fit the world
                    exampleOwn = new RunResult(false, List.of(), 0, List.of(),
                            tools.jackson.databind.node.JsonNodeFactory.instance.objectNode(), List.of(),
                            Optional.of(dk.opdag.experiment.Message.literal(
                            "startværdierne passer ikke til verdenen: " + e.getMessage())));
                }
            }
        }
        List<AnswerValues.Value> distinguishing = solved != null && solved.passed() && l.start().json() != null
                ? AnswerValues.distinguishing(l.spec(), solution.json(), l.start().json(), l.level().toolbox(),
                        l.known())
                : List.of();
        return new LevelRuns(solved, started, example, exampleOwn, distinguishing);
    }

    static void check(ExperimentReader.Read read, Runs runs) {
        for (int i = 0; i < read.levels().size(); i++) {
            check(read.levels().get(i), runs.levels().get(i));
        }
    }

    static void check(LevelRead l, LevelRuns runs) {
        checkOffered(l);
        String p = l.prefix();
        Integer solutionLine = l.solution() == null ? null : l.solution().line();
        if (runs.solution() != null && !runs.solution().passed()) {
            l.solutionReport().report(Rule.SOLUTION_FAILS, solutionLine, p + "referenceløsningen når ikke målet, "
                    + "når motoren kører den: " + reasons(runs.solution()));
        } else if (runs.solution() != null && !runs.solution().perfect()) {
            l.solutionReport().report(Rule.SOLUTION_NOT_PERFECT, solutionLine, p + "referenceløsningen virker, men "
                    + "er ikke perfekt: " + runs.solution().message());
        }
        Workspace start = l.start();
        if (runs.start() != null && runs.start().passed()) {
            String what = start.isEmpty()
                    ? "et tomt arbejdsområde klarer allerede alle regler; tilføj en regel, der kræver et program"
                    : "startprogrammet klarer allerede alle regler, så eleven har intet at gøre";
            FileReport where = start.path() == null ? l.report() : l.startReport();
            Integer line = start.path() != null ? null : start.line() != null ? start.line() : l.line();
            where.report(Rule.START_PASSES, line, p + what);
        }
        if (runs.example() != null && runs.example().passed()) {
            l.report().report(Rule.EXAMPLE_SOLVES_LEVEL, l.example().line(), p + "det gennemregnede eksempel klarer "
                    + "selve niveauet; det skal vise idéen på et andet eksempel, ikke give svaret");
        }
        if (l.exampleStart() != null && l.spec() != null) {
            boolean sameCase = l.spec().specs().stream().anyMatch(s -> s.startState().equals(l.exampleStart()));
            if (sameCase) {
                l.report().report(Rule.EXAMPLE_CASE, l.example() == null ? l.line() : l.example().line(), p
                        + "eksemplets start er den samme som et af niveauets eksempler; vis idéen på et andet");
            } else if (runs.exampleOwn() != null && runs.exampleOwn().error().isPresent()) {
                l.report().report(Rule.EXAMPLE_CASE, l.example().line(), p + "eksemplets program kan ikke køre i "
                        + "eksemplets egen start: " + runs.exampleOwn().error().get());
            }
        }
        checkHints(l, runs.distinguishing());
    }

    /** No hint and no worked example names a distinguishing value. */
    private static void checkHints(LevelRead l, List<AnswerValues.Value> values) {
        if (values.isEmpty()) {
            return;
        }
        List<String> hints = l.level().hints();
        for (int i = 0; i < hints.size(); i++) {
            Optional<AnswerValues.Value> named = AnswerValues.namedIn(hints.get(i), values);
            if (named.isPresent()) {
                l.report().report(Rule.HINT_GIVES_ANSWER, l.hintsLine(), l.prefix() + "hint " + (i + 1)
                        + " nævner " + named.get().shown() + ", som er en del af svaret (det står ikke i "
                        + "startprogrammet eller opgaven, og løsningen virker ikke uden det); giv et skub i stedet");
            }
        }
        if (l.level().example() != null) {
            AnswerValues.namedIn(l.level().example().text(), values).ifPresent(v -> l.report().report(
                    Rule.HINT_GIVES_ANSWER, l.hintsLine(), l.prefix() + "eksemplets tekst nævner " + v.shown()
                            + ", som er en del af svaret; vis idéen med andre tal eller ord"));
        }
        if (l.example() != null && l.example().json() != null) {
            Set<AnswerValues.Value> used = AnswerValues.literals(l.example().json());
            values.stream().filter(used::contains).findFirst().ifPresent(v -> l.report().report(
                    Rule.HINT_GIVES_ANSWER, l.example().line(), l.prefix() + "eksemplets program bruger "
                            + v.shown() + ", som er en del af svaret; vis idéen med andre tal eller ord"));
        }
    }

    /** The failed checks' own messages, or the error that stopped the run. */
    private static String reasons(LevelResult result) {
        RunResult shown = result.shown();
        if (shown.error().isPresent()) {
            return "programmet stoppede: " + shown.error().get();
        }
        String failed = shown.checks().stream().filter(c -> !c.passed())
                .map(c -> c.type() + ": " + c.message()).collect(Collectors.joining("; "));
        String hidden = result.cases().stream().filter(c -> c.hidden() && !c.passed())
                .map(c -> "eksempel " + c.number()).collect(Collectors.joining(", "));
        return failed.isEmpty() ? result.message() + (hidden.isEmpty() ? "" : " (" + hidden + ")") : failed;
    }

    /** Every block the pupil must place is in the toolbox, in the start workspace, or in an offered category. */
    private static void checkOffered(LevelRead l) {
        Workspace solution = l.solution();
        if (l.toolbox().blocks().isEmpty()) {
            return;
        }
        Set<String> available = new LinkedHashSet<>(l.toolbox().blocks());
        if (l.start().json() != null) {
            WorkspaceBlocks.of(l.start().json()).forEach(b -> available.add(b.type()));
        }
        if (solution != null && solution.json() != null) {
            Set<String> missing = new LinkedHashSet<>();
            for (WorkspaceBlocks.Found b : WorkspaceBlocks.of(solution.json())) {
                if (!b.shadow() && !offered(l, available, b.type())) {
                    missing.add(b.type());
                }
            }
            if (!missing.isEmpty()) {
                l.solutionReport().report(Rule.SOLUTION_BLOCK_NOT_OFFERED, solution.line(), l.prefix()
                        + "referenceløsningen bruger " + (missing.size() == 1 ? "blokken " : "blokkene ")
                        + String.join(", ", missing) + ", som eleven ikke kan finde i værktøjskassen (toolbox) eller "
                        + "i startprogrammet");
            }
        }
        if (l.spec() != null) {
            for (RequiredBlocks r : l.spec().required()) {
                if (r.anyOf().stream().noneMatch(t -> offered(l, available, t))) {
                    l.report().report(Rule.REQUIRED_BLOCK_NOT_OFFERED, l.line(), l.prefix() + "niveauet kræver "
                            + String.join(" eller ", r.anyOf()) + ", men ingen af dem er i værktøjskassen");
                }
            }
        }
    }

    private static boolean offered(LevelRead l, Set<String> available, String type) {
        return available.contains(type) || l.toolbox().variables() && VARIABLE_BLOCKS.contains(type)
                || l.toolbox().functions() && type.startsWith("procedures_");
    }
}
