package dk.opdag.curriculum.load;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** The blocks in Blockly workspace JSON, found without running anything: for checks on what a solution uses. */
final class WorkspaceBlocks {

    /** One block: its type and whether it is a shadow (a grey default block inside an input). */
    record Found(String type, boolean shadow) {
    }

    private WorkspaceBlocks() {
    }

    /** Every block, depth first; blocks without a type are skipped (the engine reports them). */
    static List<Found> of(JsonNode workspace) {
        List<Found> found = new ArrayList<>();
        record Todo(JsonNode block, boolean shadow) {
        }
        Deque<Todo> todo = new ArrayDeque<>();
        JsonNode blocks = workspace.path("blocks");
        for (JsonNode top : blocks.isArray() ? blocks : blocks.path("blocks")) {
            todo.push(new Todo(top, false));
        }
        while (!todo.isEmpty()) {
            Todo t = todo.pop();
            if (!t.block().isObject()) {
                continue;
            }
            if (t.block().path("type").isString()) {
                found.add(new Found(t.block().get("type").asString(), t.shadow()));
            }
            List<JsonNode> connections = new ArrayList<>();
            for (Map.Entry<String, JsonNode> input : t.block().path("inputs").properties()) {
                connections.add(input.getValue());
            }
            connections.add(t.block().path("next"));
            for (JsonNode c : connections) {
                if (c.get("block") != null) {
                    todo.push(new Todo(c.get("block"), false));
                }
                if (c.get("shadow") != null) {
                    todo.push(new Todo(c.get("shadow"), true));
                }
            }
        }
        return found;
    }
}
