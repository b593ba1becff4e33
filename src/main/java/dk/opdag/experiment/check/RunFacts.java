package dk.opdag.experiment.check;

import dk.opdag.experiment.Message;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the engine knows about a finished run, for evaluating checks.
 *
 * @param output     printed lines
 * @param steps      steps used
 * @param error      why the run stopped early, if it did
 * @param blockCount non-shadow blocks in the workspace
 * @param variables  final global variables by name (JavaScript values)
 */
public record RunFacts(List<String> output, int steps, Optional<Message> error, int blockCount,
                       Map<String, Object> variables) {
}
