package dk.opdag.curriculum.load;

import java.math.BigInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** A YAML tree as a Jackson tree, for the parts of a file the experiment engine reads (start state, checks). */
final class YamlJson {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private YamlJson() {
    }

    static JsonNode of(YamlNode node) {
        return switch (node) {
            case null -> F.missingNode();
            case YamlNode.Mapping m -> {
                ObjectNode o = F.objectNode();
                m.entries().forEach((k, v) -> o.set(k, of(v)));
                yield o;
            }
            case YamlNode.Sequence s -> {
                ArrayNode a = F.arrayNode();
                s.items().forEach(i -> a.add(of(i)));
                yield a;
            }
            case YamlNode.Scalar(int line, Object value) -> switch (value) {
                case null -> F.nullNode();
                case String t -> F.stringNode(t);
                case Boolean b -> F.booleanNode(b);
                case Integer i -> F.numberNode(i);
                case Long l -> F.numberNode(l);
                case BigInteger b -> F.numberNode(b);
                case Double d -> F.numberNode(d);
                default -> F.stringNode(value.toString());
            };
        };
    }
}
