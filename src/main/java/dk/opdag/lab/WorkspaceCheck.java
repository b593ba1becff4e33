package dk.opdag.lab;

import dk.opdag.experiment.Engine;
import dk.opdag.experiment.Limits;
import dk.opdag.experiment.Message;
import dk.opdag.experiment.program.WorkspaceException;
import java.util.Optional;

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
        try {
            Engine.read(worldId, workspace); // the engine's own reading, so what is stored can be run
            return Optional.empty();
        } catch (WorkspaceException e) {
            return Optional.of(new SaveResult.Refused("lab.refused.broken", e.text()));
        }
    }
}
