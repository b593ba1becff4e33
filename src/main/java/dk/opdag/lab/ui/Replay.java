package dk.opdag.lab.ui;

import dk.opdag.experiment.Message;
import dk.opdag.experiment.RunResult;
import dk.opdag.experiment.TraceEvent;
import dk.opdag.experiment.check.GoalCheck;
import dk.opdag.experiment.world.greenhouse.GreenhouseChecks;
import dk.opdag.lab.LabExperiment;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** What the world panel draws: the start world, and for a run its trace and final world, as one JSON text. */
public record Replay(String json) {

    /** The world before anything ran. */
    public static Replay start(LabExperiment experiment) {
        return new Replay(base(experiment).toString());
    }

    /** A run to replay, its warnings and errors in the pupil's language. */
    public static Replay of(LabExperiment experiment, RunResult result, Locale locale) {
        ObjectNode root = base(experiment);
        root.set("final", result.finalWorld());
        ArrayNode trace = root.putArray("trace");
        for (TraceEvent e : result.trace()) {
            ObjectNode o = trace.addObject();
            o.put("blockId", e.blockId());
            o.put("kind", e.kind());
            o.set("data", inLanguage(e.data(), locale));
        }
        ArrayNode output = root.putArray("output");
        result.output().forEach(output::add);
        return new Replay(root.toString());
    }

    /**
     * An event's data with its message ({@code message}, Danish) rendered from its key ({@code i18n}) in the given
     * language; the key itself stays on the server.
     */
    static JsonNode inLanguage(JsonNode data, Locale locale) {
        if (data == null || !data.path("i18n").isObject()) {
            return data;
        }
        ObjectNode copy = ((ObjectNode) data).deepCopy();
        copy.remove("i18n");
        copy.put("message", Message.fromJson(data.get("i18n")).in(locale));
        return copy;
    }

    private static ObjectNode base(LabExperiment experiment) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("world", experiment.worldId());
        root.set("start", experiment.startWorld());
        ArrayNode limits = root.putArray("limits");
        for (GoalCheck check : experiment.spec().checks()) {
            if (check instanceof GreenhouseChecks.SensorLimit s) {
                limits.addObject().put("sensor", s.sensor()).put("upper", s.upper()).put("limit", s.limit());
            }
        }
        return root;
    }
}
