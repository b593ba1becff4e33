package dk.opdag.curriculum.load;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed YAML value that remembers its line, so every problem can point at the line to fix.
 * A value inside a mapping carries the line of its key.
 */
public sealed interface YamlNode {

    int line();

    /** Danish name of the kind of value, for "wrong type" messages. */
    String kind();

    /**
     * The line of the value at a path like {@code guide.lessons[2].title} (1-based index), or of the deepest
     * part of the path that exists; null when not even the first part does.
     */
    static Integer lineAt(YamlNode root, String path) {
        Integer line = null;
        YamlNode node = root;
        for (String part : path.split("\\.")) {
            int bracket = part.indexOf('[');
            String key = bracket < 0 ? part : part.substring(0, bracket);
            node = node instanceof Mapping m ? m.get(key) : null;
            if (node != null && bracket >= 0) {
                int index = Integer.parseInt(part.substring(bracket + 1, part.length() - 1)) - 1;
                line = node.line();
                node = node instanceof Sequence s && index < s.items().size() ? s.items().get(index) : null;
            }
            if (node == null) {
                return line;
            }
            line = node.line();
        }
        return line;
    }

    public record Mapping(int line, Map<String, YamlNode> entries) implements YamlNode {
        public Mapping {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        public YamlNode get(String key) {
            return entries.get(key);
        }

        @Override
        public String kind() {
            return "et objekt med felter";
        }
    }

    public record Sequence(int line, List<YamlNode> items) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String kind() {
            return "en liste";
        }
    }

    /** {@code value} is a String, Integer, Long, BigInteger, Double, Boolean, or null for an empty value. */
    public record Scalar(int line, Object value) implements YamlNode {
        @Override
        public String kind() {
            return switch (value) {
                case null -> "tom";
                case String s -> "tekst ('" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "')";
                case Boolean b -> "sand/falsk";
                case Double d -> "et decimaltal (" + d + ")";
                default -> "et tal (" + value + ")";
            };
        }
    }
}
