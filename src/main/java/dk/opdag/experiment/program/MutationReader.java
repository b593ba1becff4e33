package dk.opdag.experiment.program;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Turns Blockly's mutator state into a {@link Mutation}. Blockly saves it three ways: JSON extra state
 * ({@code saveExtraState}), an XML mutation string for blocks that only have {@code mutationToDom} (such as
 * {@code procedures_ifreturn}) or for workspaces converted from XML, and nothing at all when the block is in its
 * default shape (a {@code controls_if} without else-if or else has no extra state, so its inputs tell).
 */
final class MutationReader {

    private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z_:][-\\w:.]*)\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern MUTATION_TAG = Pattern.compile("<mutation\\b([^>]*)>");
    private static final Pattern ARG_TAG = Pattern.compile("<arg\\b([^>]*)>");

    private MutationReader() {
    }

    static Mutation read(String type, JsonNode extra, Map<String, ?> inputs, Map<String, String> fields) {
        Xml xml = extra != null && extra.isString() ? Xml.parse(extra.stringValue()) : null;
        JsonNode json = extra != null && extra.isObject() ? extra : null;
        return switch (type) {
            case "lists_create_with" -> items(json, xml, 3);
            case "text_join" -> items(json, xml, 2);
            case "controls_if" -> ifShape(json, xml, inputs);
            case "procedures_ifreturn" -> new Mutation(0, 0, false,
                    xml != null ? !"0".equals(xml.attributes.get("value")) : json == null || json.path("value").asInt(1) != 0,
                    null, null, List.of());
            case "procedures_defnoreturn", "procedures_defreturn" ->
                    procedure(fields.getOrDefault("NAME", ""), params(json, xml));
            case "procedures_callnoreturn", "procedures_callreturn" -> {
                String name = json != null && json.path("name").isString() ? json.path("name").stringValue()
                        : xml != null && xml.attributes.containsKey("name") ? xml.attributes.get("name")
                        : fields.getOrDefault("NAME", "");
                yield procedure(name, params(json, xml));
            }
            default -> Mutation.NONE;
        };
    }

    private static Mutation items(JsonNode json, Xml xml, int defaultCount) {
        int count = defaultCount;
        if (json != null && json.get("itemCount") instanceof JsonNode n && n.isNumber()) {
            count = n.asInt();
        } else if (xml != null && xml.attributes.containsKey("items")) {
            count = integer(xml.attributes.get("items"), defaultCount);
        }
        return new Mutation(count, 0, false, true, null, null, List.of());
    }

    private static Mutation ifShape(JsonNode json, Xml xml, Map<String, ?> inputs) {
        int elseIfs;
        boolean hasElse;
        if (json != null) {
            JsonNode n = json.get("elseIfCount");
            elseIfs = n != null && n.isNumber() ? n.asInt() : 0;
            hasElse = json.path("hasElse").asBoolean(false);
        } else if (xml != null) {
            elseIfs = integer(xml.attributes.get("elseif"), 0);
            hasElse = integer(xml.attributes.get("else"), 0) != 0;
        } else {
            // Default shape, no extra state saved: the connected inputs are all there is.
            elseIfs = 0;
            while (inputs.containsKey("IF" + (elseIfs + 1)) || inputs.containsKey("DO" + (elseIfs + 1))) {
                elseIfs++;
            }
            hasElse = inputs.containsKey("ELSE");
        }
        return new Mutation(0, Math.max(0, elseIfs), hasElse, true, null, null, List.of());
    }

    private static Mutation procedure(String name, List<String> params) {
        List<String> keys = params.stream().map(MutationReader::key).toList();
        return new Mutation(0, 0, false, true, name, key(name), keys);
    }

    /** Parameter names: a definition saves {name, id} objects, a call plain names, XML {@code <arg name>} tags. */
    private static List<String> params(JsonNode json, Xml xml) {
        List<String> names = new ArrayList<>();
        if (json != null) {
            for (JsonNode p : json.path("params")) {
                names.add(p.isString() ? p.stringValue() : p.path("name").asString(""));
            }
        } else if (xml != null) {
            names.addAll(xml.args);
        }
        return names;
    }

    /** A variable or function name's key: lower-cased and interned, so lookups mostly hit on identity. */
    static String key(String name) {
        return name.toLowerCase(Locale.ROOT).intern();
    }

    private static int integer(String s, int defaultValue) {
        if (s == null) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return defaultValue;
        }
    }

    /** The attributes of an XML {@code <mutation>} tag and the names of its {@code <arg>} children. */
    private record Xml(Map<String, String> attributes, List<String> args) {

        static Xml parse(String text) {
            Map<String, String> attributes = new HashMap<>();
            Matcher tag = MUTATION_TAG.matcher(text);
            if (tag.find()) {
                attributes.putAll(attributes(tag.group(1)));
            }
            List<String> args = new ArrayList<>();
            Matcher arg = ARG_TAG.matcher(text);
            while (arg.find()) {
                String name = attributes(arg.group(1)).get("name");
                if (name != null) {
                    args.add(name);
                }
            }
            return new Xml(attributes, args);
        }

        private static Map<String, String> attributes(String inside) {
            Map<String, String> out = new HashMap<>();
            Matcher m = ATTRIBUTE.matcher(inside);
            while (m.find()) {
                out.putIfAbsent(m.group(1), unescape(m.group(2)));
            }
            return out;
        }

        private static String unescape(String s) {
            return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                    .replace("&amp;", "&");
        }
    }
}
