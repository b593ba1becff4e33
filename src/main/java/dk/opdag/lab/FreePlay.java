package dk.opdag.lab;

import dk.opdag.curriculum.model.GradeBand;
import dk.opdag.experiment.ExperimentSpec;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * "Frit eksperiment" for each grade band: a world to play in (the console, the turtle or the robot) and a toolbox
 * that fits the band. 0.–3. get the world's blocks, repeat, numbers and printing; 4.–6. add conditions, counting
 * loops, variables, functions and simple arithmetic; 7.–9. get every standard block (lists, trigonometry, atan2).
 * Work is stored per world under its own id ({@code frit/…}); it is play, never progress.
 */
public final class FreePlay {

    /** The worlds of free play, by their work id. */
    public enum FreeWorld {
        CONSOLE(LabExperiment.FREE_ID, "console"),
        TURTLE("frit/skildpadde", "turtle"),
        ROBOT("frit/robot", "robot");

        private final String id;
        private final String world;

        FreeWorld(String id, String world) {
            this.id = id;
            this.world = world;
        }

        public String id() {
            return id;
        }

        public String world() {
            return world;
        }

        public static java.util.Optional<FreeWorld> byId(String id) {
            for (FreeWorld w : values()) {
                if (w.id.equals(id)) {
                    return java.util.Optional.of(w);
                }
            }
            return java.util.Optional.empty();
        }
    }

    /** Standard blocks per band; null means all of the standard toolbox. */
    private static final Map<GradeBand, Set<String>> STANDARD = Map.of(
            GradeBand.B0_3, Set.of("controls_repeat_ext", "math_number", "text_print", "text"),
            GradeBand.B4_6, Set.of("controls_if", "logic_compare", "logic_operation", "logic_negate", "logic_boolean",
                    "controls_repeat_ext", "controls_whileUntil", "controls_for", "math_number", "math_arithmetic",
                    "math_random_int", "math_modulo", "math_round", "text_print", "text", "text_join",
                    "text_length"));
    /** Custom categories (variables, functions) from 4th grade. */
    private static final Set<GradeBand> CUSTOM = Set.of(GradeBand.B4_6, GradeBand.B7_9);

    private static final Map<String, List<String>> WORLD_BLOCKS = Map.of(
            "turtle", List.of("turtle_forward", "turtle_backward", "turtle_turn_right", "turtle_turn_left",
                    "turtle_pen_up", "turtle_pen_down", "turtle_set_colour"),
            "robot", List.of("robot_move", "robot_turn_left", "robot_turn_right", "robot_pick_up", "robot_wall_ahead",
                    "robot_at_flag", "robot_item_here"));
    /** The robot's blocks that read the world (for conditions): from 4th grade, with the conditions. */
    private static final Set<String> ROBOT_SENSES = Set.of("robot_wall_ahead", "robot_at_flag", "robot_item_here");

    /** A room with a flag and three things to pick up, for the robot's free play. */
    private static final List<String> ROBOT_ROOM = List.of(
            "##########",
            "#R...*...#",
            "#.##...#.#",
            "#..*.#...#",
            "#.#....*F#",
            "##########");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FreePlay() {
    }

    /** The band of a grade, and 4.–6. for anyone without a class (a sensible middle). */
    public static GradeBand bandOrDefault(java.util.Optional<GradeBand> band) {
        return band.orElse(GradeBand.B4_6);
    }

    /** The free experiment in a world for a band. */
    public static LabExperiment experiment(FreeWorld world, GradeBand band, String standardToolbox, String title) {
        JsonNode start = switch (world) {
            case ROBOT -> JsonNodeFactory.instance.objectNode().put("direction", "east")
                    .set("map", JSON.valueToTree(ROBOT_ROOM));
            default -> JsonNodeFactory.instance.objectNode();
        };
        return new LabExperiment(world.id(), title, "", ExperimentSpec.of(world.world(), start, List.of()),
                toolbox(world, band, standardToolbox), "{}", List.of());
    }

    /** The band's standard blocks after the world's own category. */
    static String toolbox(FreeWorld world, GradeBand band, String standardToolbox) {
        ObjectNode all = (ObjectNode) JSON.readTree(standardToolbox);
        ArrayNode categories = JsonNodeFactory.instance.arrayNode();
        List<String> own = WORLD_BLOCKS.get(world.world());
        if (own != null) {
            ObjectNode category = JsonNodeFactory.instance.objectNode().put("kind", "category")
                    .put("name", "%{BKY_LAB_CATEGORY_WORLD_" + world.world().toUpperCase(java.util.Locale.ROOT) + "}");
            ArrayNode blocks = category.putArray("contents");
            for (String type : own) {
                if (band != GradeBand.B0_3 || !ROBOT_SENSES.contains(type)) {
                    blocks.addObject().put("kind", "block").put("type", type);
                }
            }
            categories.add(category);
        }
        Set<String> allowed = STANDARD.get(band);
        for (JsonNode c : all.path("contents")) {
            ObjectNode category = ((ObjectNode) c).deepCopy();
            if (category.has("custom")) {
                if (CUSTOM.contains(band)) {
                    categories.add(category);
                }
                continue;
            }
            if (!category.path("contents").isArray()) {
                if (allowed == null) {
                    categories.add(category); // a separator
                }
                continue;
            }
            ArrayNode kept = JsonNodeFactory.instance.arrayNode();
            for (JsonNode b : category.get("contents")) {
                if (allowed == null || allowed.contains(b.path("type").asString())) {
                    kept.add(b);
                }
            }
            if (!kept.isEmpty()) {
                category.set("contents", kept);
                categories.add(category);
            }
        }
        all.set("contents", categories);
        return all.toString();
    }
}
