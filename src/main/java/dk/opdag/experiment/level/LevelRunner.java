package dk.opdag.experiment.level;

import dk.opdag.experiment.Engine;
import dk.opdag.experiment.ExperimentSpec;
import dk.opdag.experiment.Limits;
import dk.opdag.experiment.Message;
import dk.opdag.experiment.RunResult;
import dk.opdag.experiment.program.Block;
import dk.opdag.experiment.program.Program;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs a program on every case of a level and grades it. Thread-safe; never throws for anything a pupil can build.
 * <pre>{@code
 * LevelResult r = LevelRunner.run(LevelSpec.fromJson(levelJson), workspaceJson, Limits.DEFAULT);
 * }</pre>
 */
public final class LevelRunner {

    /** Plain values a pupil types rather than builds: they never count towards the ideal block count. */
    static final Set<String> VALUE_BLOCKS = Set.of("math_number", "text", "logic_boolean");

    private LevelRunner() {
    }

    public static LevelResult run(LevelSpec level, String workspaceJson, Limits limits) {
        return grade(level, Engine.runAll(level.specs(), workspaceJson, limits));
    }

    /**
     * The same on the caller's thread, for a caller that schedules runs itself (the lab's fair scheduler); the
     * thread needs a large stack, and interrupting it stops the run at its next step.
     */
    public static LevelResult runOnCurrentThread(LevelSpec level, String workspaceJson, Limits limits) {
        return grade(level, Engine.runAllOnCurrentThread(level.specs(), workspaceJson, limits));
    }

    private static LevelResult grade(LevelSpec level, Engine.Batch batch) {
        List<ExperimentSpec> specs = level.specs();
        List<RunResult> results = batch.results();

        List<CaseOutcome> cases = new ArrayList<>();
        int shownCase = -1;
        boolean visibleFails = false;
        boolean visibleError = false;
        boolean hiddenFails = false;
        boolean hardCoded = false;
        int firstVisible = level.firstVisible();
        for (int i = 0; i < specs.size(); i++) {
            TestCase c = level.cases().get(i);
            RunResult r = results.get(i);
            cases.add(new CaseOutcome(i + 1, c.hidden() ? null : c.name(), c.hidden(), r.passed()));
            if (c.hidden()) {
                if (!r.passed()) {
                    hiddenFails = true;
                    hardCoded |= sameResult(r, results.get(firstVisible));
                }
            } else if (!r.passed()) {
                visibleFails = true;
                visibleError |= r.error().isPresent();
                if (shownCase < 0) {
                    shownCase = i;
                }
            }
        }
        if (shownCase < 0) {
            shownCase = firstVisible;
        }
        Program program = batch.program();
        int blocks = program == null ? 0 : countedBlocks(program);
        Set<String> used = program == null ? Set.of() : usedTypes(program);

        int score;
        Message message;
        RequiredBlocks missing = level.required().stream()
                .filter(r -> r.anyOf().stream().noneMatch(used::contains)).findFirst().orElse(null);
        int visibleCount = (int) level.cases().stream().filter(c -> !c.hidden()).count();
        if (program == null || visibleError) {
            score = Grade.ERROR;
            message = Message.of("engine.level.stopped");
        } else if (visibleFails) {
            score = Grade.WRONG;
            message = visibleCount > 1
                    ? Message.of("engine.level.wrong-in-case", visibleIndex(level, shownCase))
                    : Message.of("engine.level.wrong");
        } else if (hiddenFails) {
            score = Grade.ONLY_SHOWN_CASES;
            message = hardCoded
                    ? Message.of("engine.level.hard-coded")
                    : level.hiddenMessage() != null ? Message.literal(level.hiddenMessage()) // the activity's own text
                    : Message.of("engine.level.hidden-fails");
        } else if (missing != null) {
            score = Grade.MISSING_BLOCK;
            message = Message.of("engine.level.missing-block", missing.message());
        } else if (level.idealBlocks().isPresent() && blocks > level.idealBlocks().getAsInt()) {
            score = Grade.TOO_MANY_BLOCKS;
            message = Message.of("engine.level.too-many-blocks", blocks, level.idealBlocks().getAsInt());
        } else {
            score = Grade.ALL_PASS;
            message = specs.size() > visibleCount
                    ? Message.of("engine.level.perfect-hidden")
                    : Message.of("engine.level.perfect");
        }
        return new LevelResult(score, message, results.get(shownCase), shownCase, cases, blocks, hardCoded,
                program != null);
    }

    /** 1-based number of a case among the visible ones. */
    private static int visibleIndex(LevelSpec level, int caseIndex) {
        int n = 0;
        for (int i = 0; i <= caseIndex; i++) {
            if (!level.cases().get(i).hidden()) {
                n++;
            }
        }
        return n;
    }

    /** The same printed lines (some) or the same answer: what a program that ignores its input gives every time. */
    private static boolean sameResult(RunResult hidden, RunResult shown) {
        if (!hidden.output().isEmpty() && hidden.output().equals(shown.output())) {
            return true;
        }
        var a = hidden.finalWorld().get("answer");
        return a != null && !a.isNull() && a.equals(shown.finalWorld().get("answer"));
    }

    /** Enabled blocks that are neither shadows nor plain values, outside disabled stacks. */
    static int countedBlocks(Program program) {
        int[] n = {0};
        walk(program, b -> {
            if (!b.shadow() && !VALUE_BLOCKS.contains(b.type())) {
                n[0]++;
            }
        });
        return n[0];
    }

    /** The types of the enabled, non-shadow blocks. */
    static Set<String> usedTypes(Program program) {
        Set<String> types = new HashSet<>();
        walk(program, b -> {
            if (!b.shadow()) {
                types.add(b.type());
            }
        });
        return types;
    }

    private static void walk(Program program, java.util.function.Consumer<Block> visitor) {
        Deque<Block> todo = new ArrayDeque<>();
        program.stacks().forEach(todo::addAll);
        while (!todo.isEmpty()) {
            Block b = todo.pop();
            if (!b.enabled()) {
                continue; // a disabled block and what is inside it do not run
            }
            visitor.accept(b);
            b.inputs().values().forEach(todo::addAll);
        }
    }
}
