package dk.opdag.experiment.program;

import dk.opdag.experiment.Message;
import dk.opdag.experiment.js.JsNumbers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads Blockly's JSON serialization ({@code Blockly.serialization.workspaces.save}) into a {@link Program}.
 * Structural problems become a {@link WorkspaceException} with a Danish message for the pupil.
 * Statement chains are read iteratively, so long programs cannot overflow the stack; nesting of blocks inside
 * blocks is limited instead.
 */
public final class WorkspaceParser {

    public static final int DEFAULT_MAX_CHARS = 2_000_000;
    public static final int DEFAULT_MAX_BLOCKS = 5_000;
    public static final int DEFAULT_MAX_DEPTH = 200;

    /** Blockly sorts top blocks by y + sin(3°)·x, so blocks further down run later. */
    private static final double SCAN_OFFSET = Math.sin(Math.toRadians(3));

    /** Names Blockly gives new variables that have no name (Variables.generateUniqueName). */
    private static final String UNIQUE_LETTERS = "ijkmnopqrstuvwxyzabcdefgh";

    private final int maxChars;
    private final int maxBlocks;
    private final int maxDepth;
    private final JsonMapper mapper;

    public WorkspaceParser() {
        this(DEFAULT_MAX_CHARS, DEFAULT_MAX_BLOCKS, DEFAULT_MAX_DEPTH);
    }

    /**
     * @param maxChars  longest accepted JSON text
     * @param maxBlocks most blocks (shadows included)
     * @param maxDepth  most levels of blocks inside blocks (a statement chain counts as one level)
     */
    public WorkspaceParser(int maxChars, int maxBlocks, int maxDepth) {
        this.maxChars = maxChars;
        this.maxBlocks = maxBlocks;
        this.maxDepth = maxDepth;
        // Each statement in a chain nests the JSON two levels deeper, so allow generously and count blocks ourselves.
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(Math.max(1_000, 6 * maxBlocks + 100))
                .build();
        this.mapper = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(constraints).build()).build();
    }

    /** Parses without restricting block types. */
    public Program parse(String json) {
        return parse(json, null);
    }

    /**
     * Parses and rejects blocks whose type is not in {@code allowedTypes} (null allows all).
     *
     * @throws WorkspaceException with a Danish message
     */
    public Program parse(String json, Set<String> allowedTypes) {
        if (json == null || json.isBlank()) {
            throw new WorkspaceException(Message.of("engine.workspace.empty"));
        }
        if (json.length() > maxChars) {
            throw new WorkspaceException(Message.of("engine.workspace.too-big", maxChars));
        }
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JacksonException e) {
            if (e.getClass().getSimpleName().contains("Constraints")) {
                throw new WorkspaceException(Message.of("engine.workspace.too-deep"));
            }
            throw new WorkspaceException(Message.of("engine.workspace.broken"));
        }
        if (root == null || !root.isObject()) {
            throw new WorkspaceException(Message.of("engine.workspace.broken"));
        }
        return new Reader(allowedTypes).read(root);
    }

    /** State for one parse: variables and the block counter. */
    private final class Reader {
        private final Set<String> allowedTypes;
        private final Map<String, String> variables = new LinkedHashMap<>();
        private final Map<String, String> idByLowerName = new HashMap<>();
        /** Variable key to slot number: each variable gets a fixed index, so a run reads an array, not a map. */
        private final Map<String, Integer> slots = new LinkedHashMap<>();
        private int blockCount;

        Reader(Set<String> allowedTypes) {
            this.allowedTypes = allowedTypes;
        }

        Program read(JsonNode root) {
            for (JsonNode v : root.path("variables")) {
                String id = text(v.get("id"));
                String name = text(v.get("name"));
                if (name == null) {
                    continue;
                }
                if (id == null) {
                    id = "var:" + name;
                }
                addVariable(id, name);
            }
            JsonNode blocksNode = root.path("blocks");
            JsonNode topBlocks = blocksNode.isArray() ? blocksNode : blocksNode.path("blocks");
            record Top(List<Block> chain, double order) {
            }
            List<Top> tops = new ArrayList<>();
            for (JsonNode top : topBlocks) {
                if (!top.isObject()) {
                    throw broken();
                }
                double x = top.path("x").asDouble(0);
                double y = top.path("y").asDouble(0);
                tops.add(new Top(readChain(top, false, 1), y + SCAN_OFFSET * x));
            }
            tops.sort(Comparator.comparingDouble(Top::order)); // List.sort is stable, like Array.prototype.sort
            for (String name : variables.values()) {
                slot(MutationReader.key(name));
            }
            return new Program(tops.stream().map(Top::chain).toList(), variables, List.copyOf(slots.keySet()));
        }

        private List<Block> readChain(JsonNode first, boolean shadow, int depth) {
            if (depth > maxDepth) {
                throw new WorkspaceException(Message.of("engine.workspace.too-many-levels", String.valueOf(maxDepth)));
            }
            List<Block> chain = new ArrayList<>();
            JsonNode current = first;
            boolean currentShadow = shadow;
            while (current != null) {
                chain.add(readBlock(current, currentShadow, depth));
                JsonNode next = current.get("next");
                current = null;
                if (next != null && next.isObject()) {
                    if (next.get("block") instanceof JsonNode b && b.isObject()) {
                        current = b;
                        currentShadow = false;
                    } else if (next.get("shadow") instanceof JsonNode s && s.isObject()) {
                        current = s;
                        currentShadow = true;
                    }
                }
            }
            return chain;
        }

        private Block readBlock(JsonNode node, boolean shadow, int depth) {
            if (++blockCount > maxBlocks) {
                throw new WorkspaceException(Message.of("engine.workspace.too-many-blocks", String.valueOf(maxBlocks)));
            }
            String type = text(node.get("type"));
            String id = text(node.get("id"));
            if (id == null) {
                id = "blok" + blockCount;
            }
            if (type == null || type.isBlank()) {
                throw new WorkspaceException(Message.of("engine.workspace.no-type"), id);
            }
            if (allowedTypes != null && !allowedTypes.contains(type)) {
                throw new WorkspaceException(Message.of("engine.workspace.not-allowed", type), id);
            }
            type = type.intern(); // a known type: the interpreter's type checks then hit == first
            Map<String, String> fields = new HashMap<>();
            JsonNode fieldsNode = node.path("fields");
            for (Map.Entry<String, JsonNode> f : fieldsNode.properties()) {
                String value = fieldValue(f.getValue());
                if (value != null) {
                    // Keys interned: lookups by literal names hit == first. Short values too (dropdown choices such
                    // as "ADD" or "FROM_START"), so comparing them with literals hits == first as well.
                    fields.put(f.getKey().intern(), value.length() <= 24 ? value.intern() : value);
                }
            }
            Map<String, List<Block>> inputs = new HashMap<>();
            for (Map.Entry<String, JsonNode> in : node.path("inputs").properties()) {
                JsonNode connection = in.getValue();
                if (connection.get("block") instanceof JsonNode b && b.isObject()) {
                    inputs.put(in.getKey().intern(), readChain(b, false, depth + 1));
                } else if (connection.get("shadow") instanceof JsonNode s && s.isObject()) {
                    inputs.put(in.getKey().intern(), readChain(s, true, depth + 1));
                }
            }
            Mutation mutation = MutationReader.read(type, node.get("extraState"), inputs, fields);
            boolean enabled = node.path("enabled").asBoolean(true) && node.path("disabledReasons").isEmpty();
            return new Block(id, type, fields, inputs, mutation, shadow, enabled, slot(Block.variableKey(type, fields)));
        }

        private int slot(String key) {
            Integer slot = slots.get(key);
            if (slot == null) {
                slot = slots.size();
                slots.put(key, slot);
            }
            return slot;
        }

        private String fieldValue(JsonNode v) {
            if (v == null || v.isNull()) {
                return null;
            }
            if (v.isString()) {
                return v.stringValue();
            }
            if (v.isNumber()) {
                return JsNumbers.toString(v.asDouble());
            }
            if (v.isBoolean()) {
                return String.valueOf(v.asBoolean());
            }
            if (v.isObject()) {
                return variableName(text(v.get("id")), text(v.get("name")));
            }
            return v.toString();
        }

        /** Resolves a variable field like Blockly's getOrCreateVariablePackage: by id, then by name, else created. */
        private String variableName(String id, String name) {
            if (id != null && variables.containsKey(id)) {
                return variables.get(id);
            }
            if (name != null) {
                String existing = idByLowerName.get(name.toLowerCase(Locale.ROOT));
                if (existing != null) {
                    return variables.get(existing);
                }
            } else {
                name = uniqueName();
            }
            addVariable(id != null ? id : "var:" + name, name);
            return name;
        }

        private void addVariable(String id, String name) {
            variables.put(id, name);
            idByLowerName.putIfAbsent(name.toLowerCase(Locale.ROOT), id);
        }

        private String uniqueName() {
            for (int round = 0; ; round++) {
                for (char c : UNIQUE_LETTERS.toCharArray()) {
                    String candidate = round == 0 ? String.valueOf(c) : c + Integer.toString(round);
                    if (!idByLowerName.containsKey(candidate)) {
                        return candidate;
                    }
                }
            }
        }

        private WorkspaceException broken() {
            return new WorkspaceException(Message.of("engine.workspace.broken"));
        }
    }

    private static String text(JsonNode n) {
        return n != null && n.isString() ? n.stringValue() : null;
    }
}
