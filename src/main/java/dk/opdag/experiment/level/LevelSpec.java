package dk.opdag.experiment.level;

import dk.opdag.experiment.ExperimentSpec;
import dk.opdag.experiment.check.GoalCheck;
import dk.opdag.experiment.check.GoalCheckException;
import dk.opdag.experiment.check.GoalCheckParser;
import dk.opdag.experiment.interpreter.StandardBlocks;
import dk.opdag.experiment.world.Worlds;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a level runs and how it grades: the world, the level's start and checks ({@code base}), the cases (other
 * start states, some hidden, each with its own checks), the blocks the task asks for and an ideal block count.
 * Construction checks everything, so a spec that exists can always be run.
 *
 * @param base          world, start, checks every case must meet, maxBlocks and seed
 * @param cases         at least one, and at least one the pupil can see; the first visible case is the one shown
 * @param required      blocks the program must contain
 * @param idealBlocks   the length of the best solution: a passing program with more blocks passes, but is not
 *                      perfect. Counted without shadows and without plain values (numbers, texts, true/false), so
 *                      typing a number never costs a block
 * @param hiddenMessage for the pupil when only a hidden case fails; null for the default
 */
public record LevelSpec(ExperimentSpec base, List<TestCase> cases, List<RequiredBlocks> required,
                        OptionalInt idealBlocks, String hiddenMessage) {

    public LevelSpec {
        cases = cases == null || cases.isEmpty()
                ? List.of(new TestCase(null, JsonNodeFactory.instance.objectNode(), List.of(), false))
                : List.copyOf(cases);
        required = required == null ? List.of() : List.copyOf(required);
        idealBlocks = idealBlocks == null ? OptionalInt.empty() : idealBlocks;
        if (cases.stream().allMatch(TestCase::hidden)) {
            throw new GoalCheckException("Mindst ét eksempel (case) skal være synligt for eleven.");
        }
        for (int i = 0; i < cases.size(); i++) {
            try {
                specFor(base, cases.get(i));
            } catch (IllegalArgumentException e) {
                throw new GoalCheckException("Eksempel " + (i + 1) + ": " + e.getMessage());
            }
        }
    }

    /** A level with one visible case: the old single-goal experiment. */
    public static LevelSpec single(ExperimentSpec spec) {
        return new LevelSpec(spec, List.of(), List.of(), OptionalInt.empty(), null);
    }

    /** One spec per case, in the cases' order. */
    public List<ExperimentSpec> specs() {
        return cases.stream().map(c -> specFor(base, c)).toList();
    }

    /** The index of the first case the pupil can see. */
    public int firstVisible() {
        for (int i = 0; i < cases.size(); i++) {
            if (!cases.get(i).hidden()) {
                return i;
            }
        }
        throw new IllegalStateException("no visible case"); // the constructor refuses this
    }

    /** The spec of the first visible case: what the pupil's world shows before a run. */
    public ExperimentSpec visibleSpec() {
        return specFor(base, cases.get(firstVisible()));
    }

    public String worldId() {
        return base.worldId();
    }

    private static ExperimentSpec specFor(ExperimentSpec base, TestCase c) {
        ObjectNode start = base.startState() instanceof ObjectNode o ? o.deepCopy()
                : JsonNodeFactory.instance.objectNode();
        if (c.start() != null && c.start().isObject()) {
            for (Map.Entry<String, JsonNode> e : c.start().properties()) {
                start.set(e.getKey(), e.getValue());
            }
        }
        List<GoalCheck> checks = new ArrayList<>(base.checks());
        checks.addAll(c.checks());
        return new ExperimentSpec(base.worldId(), start, checks, base.maxBlocks(), base.seed());
    }

    /**
     * Reads a level as JSON (or a YAML tree): what {@link ExperimentSpec#fromJson} reads, plus
     * {@code cases: [{name, start, checks, hidden}]}, {@code required: [type | {blocks: [...], message}]},
     * {@code idealBlocks} and {@code hiddenMessage}.
     */
    public static LevelSpec fromJson(JsonNode node) {
        ExperimentSpec base = ExperimentSpec.fromJson(node);
        List<TestCase> cases = new ArrayList<>();
        JsonNode casesNode = node.get("cases");
        if (casesNode != null && !casesNode.isNull()) {
            if (!casesNode.isArray()) {
                throw new GoalCheckException("'cases' skal være en liste af eksempler.");
            }
            int i = 1;
            for (JsonNode c : casesNode) {
                cases.add(testCase(c, i++));
            }
        }
        List<RequiredBlocks> required = new ArrayList<>();
        JsonNode requiredNode = node.get("required");
        if (requiredNode != null && !requiredNode.isNull()) {
            if (!requiredNode.isArray()) {
                throw new GoalCheckException("'required' skal være en liste af bloktyper.");
            }
            for (JsonNode r : requiredNode) {
                required.add(required(r, base.worldId()));
            }
        }
        JsonNode ideal = node.get("idealBlocks");
        OptionalInt idealBlocks = OptionalInt.empty();
        if (ideal != null && !ideal.isNull()) {
            if (!ideal.isIntegralNumber() || ideal.asInt() < 1) {
                throw new GoalCheckException("'idealBlocks' skal være et helt tal på mindst 1.");
            }
            idealBlocks = OptionalInt.of(ideal.asInt());
        }
        JsonNode hidden = node.get("hiddenMessage");
        return new LevelSpec(base, cases, required, idealBlocks,
                hidden != null && hidden.isString() && !hidden.stringValue().isBlank() ? hidden.stringValue() : null);
    }

    private static TestCase testCase(JsonNode c, int number) {
        String prefix = "Eksempel " + number + ": ";
        if (!c.isObject()) {
            throw new GoalCheckException(prefix + "skal være et objekt med 'start' og 'checks'.");
        }
        JsonNode start = c.get("start");
        if (start != null && !start.isNull() && !start.isObject()) {
            throw new GoalCheckException(prefix + "'start' skal være et objekt med verdenens startværdier.");
        }
        JsonNode hidden = c.get("hidden");
        if (hidden != null && !hidden.isNull() && !hidden.isBoolean()) {
            throw new GoalCheckException(prefix + "'hidden' skal være true eller false.");
        }
        List<GoalCheck> checks;
        try {
            checks = GoalCheckParser.parseAll(c.get("checks"), Worlds.checkReader());
        } catch (GoalCheckException e) {
            throw new GoalCheckException(prefix + e.getMessage());
        }
        JsonNode name = c.get("name");
        return new TestCase(name != null && name.isString() ? name.stringValue() : null,
                start == null || start.isNull() ? JsonNodeFactory.instance.objectNode() : start, checks,
                hidden != null && hidden.asBoolean(false));
    }

    private static RequiredBlocks required(JsonNode r, String world) {
        List<String> types = new ArrayList<>();
        String message = null;
        if (r.isString()) {
            types.add(r.stringValue());
        } else if (r.isObject() && r.path("blocks").isArray()) {
            r.get("blocks").forEach(t -> types.add(t.asString("")));
            message = r.path("message").isString() ? r.get("message").stringValue() : null;
        } else {
            throw new GoalCheckException("Hvert krav i 'required' er en bloktype eller {blocks: [...], message: ...}.");
        }
        for (String t : types) {
            if (!StandardBlocks.ALL.contains(t) && !Worlds.get(world).blockTypes().contains(t)) {
                throw new GoalCheckException("'required' nævner blokken '" + t + "', som ikke findes i verdenen '"
                        + world + "'.");
            }
        }
        if (types.isEmpty()) {
            throw new GoalCheckException("Et krav i 'required' skal nævne mindst én bloktype.");
        }
        return new RequiredBlocks(types, message);
    }
}
