package dk.opdag.lab;

import dk.opdag.experiment.Limits;
import dk.opdag.experiment.interpreter.StandardBlocks;
import dk.opdag.experiment.Message;
import dk.opdag.experiment.program.WorkspaceException;
import dk.opdag.experiment.program.WorkspaceParser;
import dk.opdag.experiment.world.Worlds;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a workspace may be stored: at most the size the engine runs, well-formed Blockly JSON, and only
 * blocks of the experiment's world (a stored workspace the editor cannot show would lock the pupil out).
 */
final class WorkspaceCheck {

    /** Same limit as the engine's, so everything stored can also be run. */
    static final int MAX_CHARS = Limits.DEFAULT.maxWorkspaceChars();

    private WorkspaceCheck() {
    }

    static Optional<SaveResult.Refused> problem(String workspace, String worldId) {
        if (workspace == null || workspace.isBlank()) {
            return Optional.of(new SaveResult.Refused("lab.refused.broken", Message.of("engine.workspace.unreadable")));
        }
        if (workspace.length() > MAX_CHARS) {
            return Optional.of(new SaveResult.Refused("lab.refused.too-large", null));
        }
        Set<String> allowed = new HashSet<>(StandardBlocks.ALL);
        allowed.addAll(Worlds.get(worldId).blockTypes());
        try {
            new WorkspaceParser(MAX_CHARS, WorkspaceParser.DEFAULT_MAX_BLOCKS, WorkspaceParser.DEFAULT_MAX_DEPTH)
                    .parse(workspace, allowed);
            return Optional.empty();
        } catch (WorkspaceException e) {
            return Optional.of(new SaveResult.Refused("lab.refused.broken", e.text()));
        }
    }
}
