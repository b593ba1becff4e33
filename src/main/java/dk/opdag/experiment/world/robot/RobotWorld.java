package dk.opdag.experiment.world.robot;

import dk.opdag.experiment.check.CheckFields;
import dk.opdag.experiment.check.GoalCheck;
import dk.opdag.experiment.world.StartStateException;
import dk.opdag.experiment.world.StartStates;
import dk.opdag.experiment.world.World;
import dk.opdag.experiment.world.WorldState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Grid robot in a maze. Start state: {@code {"map": ["#####", "#R.F#", "#####"], "direction": "east"}} where
 * {@code #} is a wall, {@code R} the robot, {@code F} the flag, {@code *} an item and {@code .} or space is floor
 * (outside the map counts as wall).
 *
 * <p>Blocks: {@code robot_move} (one field forward), {@code robot_turn_left}, {@code robot_turn_right},
 * {@code robot_pick_up}, and the values {@code robot_wall_ahead}, {@code robot_at_flag}, {@code robot_item_here}.
 * Bumping into a wall is a trace event and a friendly warning; the robot stays where it is.
 * Checks: {@code reach_flag}, {@code collect_all_items} (and the general {@code max_blocks}).
 */
public final class RobotWorld implements World {

    private static final List<String> DEFAULT_MAP = List.of(
            "#######",
            "#R..*F#",
            "#######");

    @Override
    public String id() {
        return "robot";
    }

    @Override
    public String displayName() {
        return "Robot i labyrint";
    }

    @Override
    public Optional<String> drawing() {
        return Optional.of("./opdag-world/robot.js");
    }

    @Override
    public Set<String> checkTypes() {
        return Set.of("reach_flag", "collect_all_items");
    }

    @Override
    public Optional<GoalCheck> readCheck(String type, CheckFields fields) {
        return RobotChecks.read(type, fields);
    }

    @Override
    public WorldState create(JsonNode start, long seed) {
        List<String> rows = new ArrayList<>();
        JsonNode map = start.get("map");
        if (map == null || map.isNull()) {
            rows.addAll(DEFAULT_MAP);
        } else {
            if (!map.isArray() || map.isEmpty()) {
                throw new StartStateException("'map' skal være en liste af tekstlinjer, fx [\"#####\", \"#R.F#\"].");
            }
            for (JsonNode row : map) {
                if (!row.isString()) {
                    throw new StartStateException("Hver linje i 'map' skal være en tekst.");
                }
                rows.add(row.stringValue());
            }
        }
        if (rows.size() > 100 || rows.stream().anyMatch(r -> r.length() > 100)) {
            throw new StartStateException("Banen må højst være 100 x 100 felter.");
        }
        Direction direction = Direction.parse(StartStates.text(start, "direction", "east"));
        if (direction == null) {
            throw new StartStateException("'direction' skal være north, east, south eller west (eller nord, øst, syd, vest).");
        }
        return RobotState.fromMap(rows, direction);
    }
}
