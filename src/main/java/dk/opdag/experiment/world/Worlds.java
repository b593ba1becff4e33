package dk.opdag.experiment.world;

import dk.opdag.experiment.check.CheckReader;
import dk.opdag.experiment.world.console.ConsoleWorld;
import dk.opdag.experiment.world.data.DataWorld;
import dk.opdag.experiment.world.greenhouse.GreenhouseWorld;
import dk.opdag.experiment.world.music.MusicWorld;
import dk.opdag.experiment.world.robot.RobotWorld;
import dk.opdag.experiment.world.text.TextWorld;
import dk.opdag.experiment.world.turtle.TurtleWorld;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Registry of the experiment worlds by id: turtle, robot, greenhouse, data, text, music and console. */
public final class Worlds {

    private static final Map<String, World> BY_ID = new LinkedHashMap<>();

    static {
        for (World w : new World[] {new TurtleWorld(), new RobotWorld(), new GreenhouseWorld(), new DataWorld(),
                new TextWorld(), new MusicWorld(), new ConsoleWorld()}) {
            BY_ID.put(w.id(), w);
        }
    }

    private Worlds() {
    }

    public static Optional<World> find(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    /** The world with this id; IllegalArgumentException for an unknown id. */
    public static World get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("Ukendt verden: '" + id
                + "'. Kendte verdener: " + String.join(", ", BY_ID.keySet())));
    }

    public static Collection<World> all() {
        return BY_ID.values();
    }

    /** Reads a world's own goal check with whichever registered world has that check type. */
    public static CheckReader checkReader() {
        return (type, fields) -> {
            for (World w : BY_ID.values()) {
                if (w.checkTypes().contains(type)) {
                    return w.readCheck(type, fields);
                }
            }
            return Optional.empty();
        };
    }
}
