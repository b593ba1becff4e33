package dk.opdag.experiment.check;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Parses goal checks from JSON, or from a YAML document read into a Jackson tree.
 * Every problem is reported as a {@link GoalCheckException} naming the rule, e.g.
 * "Regel 2 (polygon): 'sides' skal være et helt tal på mindst 3."
 */
public final class GoalCheckParser {

    private GoalCheckParser() {
    }

    /**
     * Parses an array of checks (a missing or null node gives no checks).
     *
     * @param worldChecks reads the checks that belong to a world
     */
    public static List<GoalCheck> parseAll(JsonNode checks, CheckReader worldChecks) {
        List<GoalCheck> out = new ArrayList<>();
        if (checks == null || checks.isMissingNode() || checks.isNull()) {
            return out;
        }
        if (!checks.isArray()) {
            throw new GoalCheckException("Reglerne (checks) skal være en liste.");
        }
        int i = 1;
        for (JsonNode c : checks) {
            out.add(parse(c, i++, worldChecks));
        }
        return out;
    }

    /**
     * Parses one check; {@code ruleNumber} (1-based) is used in error messages.
     *
     * @param worldChecks reads the checks that belong to a world
     */
    public static GoalCheck parse(JsonNode node, int ruleNumber, CheckReader worldChecks) {
        if (node == null || !node.isObject()) {
            throw new GoalCheckException("Regel " + ruleNumber + ": skal være et objekt med en 'type'.");
        }
        JsonNode typeNode = node.get("type");
        if (typeNode == null || !typeNode.isString() || typeNode.stringValue().isBlank()) {
            throw new GoalCheckException("Regel " + ruleNumber + ": mangler 'type'.");
        }
        String type = typeNode.stringValue();
        CheckFields f = new CheckFields(node, "Regel " + ruleNumber + " (" + type + "): ");
        return switch (type) {
            case "output_equals" -> new GoalCheck.OutputEquals(f.texts("lines"), f.optionalFlag("secret"),
                    f.match(), f.optionalFlag("anyOrder"), f.optionalNumber("tolerance", 0));
            case "output_contains" -> new GoalCheck.OutputContains(f.text("text"));
            case "max_blocks" -> new GoalCheck.MaxBlocks(f.integer("max", 1));
            case "max_steps" -> new GoalCheck.MaxSteps(f.integer("max", 1));
            case "no_error" -> new GoalCheck.NoError();
            case "variable_equals" -> new GoalCheck.VariableEquals(f.text("variable"), f.present("value"),
                    f.optionalNumber("tolerance", 1e-9));
            default -> worldChecks.read(type, f).orElseThrow(
                    () -> new GoalCheckException("Regel " + ruleNumber + ": ukendt type '" + type + "'."));
        };
    }
}
