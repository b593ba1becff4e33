package dk.opdag.experiment.world.turtle;

import dk.opdag.experiment.check.CheckFields;
import dk.opdag.experiment.check.GoalCheck;
import dk.opdag.experiment.world.StartStateException;
import dk.opdag.experiment.world.StartStates;
import dk.opdag.experiment.world.World;
import dk.opdag.experiment.world.WorldState;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Turtle drawing. Start state (all optional): {@code {"x": 0, "y": 0, "heading": 0, "penDown": true,
 * "colour": "#000000"}}. Coordinates have y pointing up; heading 0 points up and turning right increases it.
 *
 * <p>Blocks: {@code turtle_forward(DISTANCE)}, {@code turtle_backward(DISTANCE)}, {@code turtle_turn_right(DEGREES)},
 * {@code turtle_turn_left(DEGREES)}, {@code turtle_pen_up}, {@code turtle_pen_down}, {@code turtle_set_colour(COLOUR)}
 * and the values {@code turtle_x}, {@code turtle_y}, {@code turtle_heading}.
 * Checks: {@code polygon}, {@code closed_shape}, {@code segment_count}.
 */
public final class TurtleWorld implements World {

    @Override
    public String id() {
        return "turtle";
    }

    @Override
    public String displayName() {
        return "Skildpadde-tegning";
    }

    @Override
    public Optional<String> drawing() {
        return Optional.of("./opdag-world/turtle.js");
    }

    @Override
    public Set<String> checkTypes() {
        return Set.of("polygon", "closed_shape", "segment_count");
    }

    @Override
    public Optional<GoalCheck> readCheck(String type, CheckFields fields) {
        return TurtleChecks.read(type, fields);
    }

    @Override
    public WorldState create(JsonNode start, long seed) {
        double x = StartStates.number(start, "x", 0);
        double y = StartStates.number(start, "y", 0);
        double heading = StartStates.number(start, "heading", 0);
        boolean penDown = start.path("penDown").asBoolean(true);
        String colour = TurtleState.colour(StartStates.text(start, "colour", "#000000"));
        if (colour == null) {
            throw new StartStateException("Startfarven skal være en farvekode som \"#ff0000\" eller et farvenavn.");
        }
        return new TurtleState(x, y, heading, penDown, colour);
    }
}
