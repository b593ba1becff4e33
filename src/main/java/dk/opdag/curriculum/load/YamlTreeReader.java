package dk.opdag.curriculum.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads YAML with Jackson's streaming parser into {@link YamlNode}s that keep their line numbers. */
public final class YamlTreeReader {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private final JsonParser parser;
    private final FileReport report;

    private YamlTreeReader(JsonParser parser, FileReport report) {
        this.parser = parser;
        this.report = report;
    }

    /** The document's root, or empty after reporting why it cannot be read. */
    public static Optional<YamlNode> read(byte[] bytes, FileReport report) {
        try (JsonParser parser = YAML.createParser(bytes)) {
            if (parser.nextToken() == null) {
                report.report(Rule.YAML_SYNTAX, null, "filen er tom");
                return Optional.empty();
            }
            return Optional.of(new YamlTreeReader(parser, report).value(line(parser)));
        } catch (JacksonException e) {
            TokenStreamLocation where = e.getLocation();
            Integer line = where == null || where.getLineNr() < 1 ? null : where.getLineNr();
            report.report(Rule.YAML_SYNTAX, line, "YAML kan ikke læses (tjek indrykning, kolon og anførselstegn): "
                    + summary(e.getOriginalMessage()));
            return Optional.empty();
        }
    }

    private YamlNode value(int line) {
        return switch (parser.currentToken()) {
            case START_OBJECT -> mapping(line);
            case START_ARRAY -> sequence(line);
            case VALUE_STRING -> new YamlNode.Scalar(line, parser.getString());
            case VALUE_NUMBER_INT -> new YamlNode.Scalar(line, parser.getNumberValue());
            case VALUE_NUMBER_FLOAT -> new YamlNode.Scalar(line, parser.getDoubleValue());
            case VALUE_TRUE -> new YamlNode.Scalar(line, true);
            case VALUE_FALSE -> new YamlNode.Scalar(line, false);
            case VALUE_NULL -> new YamlNode.Scalar(line, null);
            // Tags and anchors are not used in curriculum files; keep their text.
            default -> new YamlNode.Scalar(line, parser.getString());
        };
    }

    private YamlNode mapping(int line) {
        Map<String, YamlNode> entries = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String key = parser.currentName();
            int keyLine = line(parser);
            parser.nextToken();
            YamlNode previous = entries.put(key, value(keyLine));
            if (previous != null) {
                report.report(Rule.DUPLICATE_KEY, keyLine, "feltet '" + key + "' står to gange (også i linje "
                        + previous.line() + "); kun det sidste ville tælle");
            }
        }
        return new YamlNode.Mapping(line, entries);
    }

    private YamlNode sequence(int line) {
        List<YamlNode> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(value(line(parser)));
        }
        return new YamlNode.Sequence(line, items);
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }

    /** SnakeYAML's explanation without its source excerpts and caret lines. */
    static String summary(String message) {
        if (message == null) {
            return "ukendt fejl";
        }
        List<String> parts = message.lines()
                .filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0)))
                .map(String::strip)
                .toList();
        return parts.isEmpty() ? message.strip() : String.join("; ", parts);
    }
}
