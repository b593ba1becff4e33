package dk.opdag.experiment.level;

import dk.opdag.experiment.check.GoalCheck;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One start state a level's program must handle: another message, maze, table or day.
 *
 * @param name   what the pupil sees for a case they can see ("Beskeden til mor"); null for none
 * @param start  the world's start values; they are laid over the level's own {@code start}, field by field
 * @param checks checks for this case only, on top of the level's checks (typically the expected result)
 * @param hidden true for a case the pupil never sees: not its start, not its result, not in any message
 */
public record TestCase(String name, JsonNode start, List<GoalCheck> checks, boolean hidden) {

    public TestCase {
        checks = List.copyOf(checks);
    }
}
