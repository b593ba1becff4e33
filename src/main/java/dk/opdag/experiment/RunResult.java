package dk.opdag.experiment;

import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Everything a run produced.
 *
 * @param passed     true when the program ran without error and every check passed
 * @param checks     outcome per goal check, in the spec's order (a block-limit check is added for maxBlocks)
 * @param steps      block evaluations used
 * @param trace      events in order, each tagged with the block that caused it
 * @param finalWorld the world's JSON snapshot after the run, for the client to draw
 * @param output     printed lines
 * @param errorMessage child-friendly reason when the program could not run to the end, as a message key the lab
 *                     renders in the pupil's language
 */
public record RunResult(boolean passed, List<CheckOutcome> checks, int steps, List<TraceEvent> trace,
                        JsonNode finalWorld, List<String> output, Optional<Message> errorMessage) {

    public RunResult {
        checks = List.copyOf(checks);
        trace = List.copyOf(trace);
        output = List.copyOf(output);
    }

    /** The reason the program stopped, in Danish (stored runs, the CLI and content checks use this). */
    public Optional<String> error() {
        return errorMessage.map(Message::danish);
    }
}
