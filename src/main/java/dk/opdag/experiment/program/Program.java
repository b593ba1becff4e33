package dk.opdag.experiment.program;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A parsed workspace: the top-level stacks in Blockly's execution order (top to bottom, as
 * {@code workspace.getTopBlocks(true)} orders them) and the workspace variables.
 *
 * @param stacks    top-level stacks; each is a chain of blocks joined by {@code next}
 * @param variables variable id to variable name
 * @param slotKeys  every variable key the program uses (lower-cased names), indexed by {@link Block#varSlot()}
 */
public record Program(List<List<Block>> stacks, Map<String, String> variables, List<String> slotKeys) {

    public Program {
        stacks = stacks.stream().map(List::copyOf).toList();
        variables = Map.copyOf(variables);
        slotKeys = List.copyOf(slotKeys);
    }

    /** The slot of a variable key, or -1 when the program never names it. */
    public int slotOf(String key) {
        return slotKeys.indexOf(key);
    }

    /** Visits every block in the program, shadows and disabled blocks included. Iterative, so depth is no issue. */
    public void forEachBlock(Consumer<Block> visitor) {
        Deque<Block> todo = new ArrayDeque<>();
        for (List<Block> stack : stacks) {
            todo.addAll(stack);
        }
        while (!todo.isEmpty()) {
            Block b = todo.pop();
            visitor.accept(b);
            for (List<Block> chain : b.inputs().values()) {
                todo.addAll(chain);
            }
        }
    }

    /** Number of blocks a pupil placed: shadow blocks (defaults inside inputs) are not counted. */
    public int blockCount() {
        int[] count = {0};
        forEachBlock(b -> {
            if (!b.shadow()) {
                count[0]++;
            }
        });
        return count[0];
    }
}
