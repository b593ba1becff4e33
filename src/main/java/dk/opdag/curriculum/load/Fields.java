package dk.opdag.curriculum.load;

import dk.opdag.curriculum.model.GradeRange;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Typed, reporting access to the fields of one YAML mapping. A missing or mistyped field is reported once,
 * marked broken, and read as null / empty, so reading goes on and every problem is found in one run.
 */
public final class Fields {

    private final YamlNode.Mapping map;
    private final String path;
    private final FileReport report;
    /** Field names an unknown field looked like a typo of; their absence is not reported twice. */
    private final Set<String> misspelled = new HashSet<>();

    private Fields(YamlNode.Mapping map, String path, FileReport report) {
        this.map = map;
        this.path = path;
        this.report = report;
    }

    /** The node as a mapping, or empty after reporting that it is something else. */
    public static Optional<Fields> of(YamlNode node, String path, FileReport report) {
        if (node instanceof YamlNode.Mapping m) {
            return Optional.of(new Fields(m, path, report));
        }
        report.broken(path, Rule.WRONG_TYPE, node.line(), (path.isEmpty() ? "filen" : "'" + path + "'")
                + " skal være et objekt med felter (navn: værdi), men er " + node.kind());
        return Optional.empty();
    }

    public String pathOf(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    public FileReport report() {
        return report;
    }

    /** The line of a field's key, or of this mapping when the field is absent (null at the top of a file). */
    public Integer lineOf(String name) {
        YamlNode node = map.get(name);
        return node != null ? Integer.valueOf(node.line()) : ownLine();
    }

    private Integer ownLine() {
        return path.isEmpty() ? null : map.line();
    }

    /** Reports every field not in {@code allowed}; unknown fields are usually typos. */
    public void allowOnly(String... allowed) {
        List<String> names = Arrays.asList(allowed);
        map.entries().forEach((key, node) -> {
            if (!names.contains(key)) {
                Optional<String> meant = Spelling.closest(key, names);
                meant.ifPresent(misspelled::add);
                String hint = meant.map(n -> " – mente du '" + n + "'?")
                        .orElse(" (tilladt her: " + String.join(", ", names) + ")");
                report.broken(pathOf(key), Rule.UNKNOWN_FIELD, node.line(), "ukendt felt '" + pathOf(key) + "'" + hint);
            }
        });
    }

    public String text(String name) {
        return text(name, true);
    }

    /** Null when absent or empty. */
    public String optionalText(String name) {
        return text(name, false);
    }

    private String text(String name, boolean required) {
        YamlNode node = present(name, required);
        if (node == null) {
            return null;
        }
        if (node instanceof YamlNode.Scalar(int line, Object value)) {
            String text = value == null ? "" : value.toString().strip();
            if (text.isEmpty() && required) {
                report.broken(pathOf(name), Rule.REQUIRED_FIELD, line, "feltet '" + pathOf(name) + "' er tomt");
            }
            return text.isEmpty() ? null : text;
        }
        wrongType(name, node, "tekst");
        return null;
    }

    /** A required whole number, or null after reporting. */
    public Integer integer(String name) {
        YamlNode node = present(name, true);
        if (node == null) {
            return null;
        }
        if (node instanceof YamlNode.Scalar(_, Integer value)) {
            return value;
        }
        wrongType(name, node, "et helt tal");
        return null;
    }

    /** A list, or null when absent (reported if required) or not a list (reported). */
    private YamlNode.Sequence list(String name, boolean required) {
        YamlNode node = present(name, required);
        if (node == null || node instanceof YamlNode.Sequence) {
            return (YamlNode.Sequence) node;
        }
        wrongType(name, node, "en liste");
        return null;
    }

    /** A list of texts; empty when absent (after reporting it if required). */
    public List<String> texts(String name, boolean required) {
        YamlNode.Sequence seq = list(name, required);
        List<String> texts = new ArrayList<>();
        if (seq == null) {
            return texts;
        }
        for (int i = 0; i < seq.items().size(); i++) {
            YamlNode item = seq.items().get(i);
            String itemPath = pathOf(name) + "[" + (i + 1) + "]";
            if (item instanceof YamlNode.Scalar(_, Object value) && value != null
                    && !(value instanceof Boolean) && !value.toString().isBlank()) {
                texts.add(value.toString().strip());
            } else if (item instanceof YamlNode.Scalar s) {
                report.broken(itemPath, Rule.REQUIRED_FIELD, s.line(), "'" + itemPath + "' er tom");
            } else {
                report.broken(itemPath, Rule.WRONG_TYPE, item.line(),
                        "'" + itemPath + "' skal være tekst, men er " + item.kind());
            }
        }
        return texts;
    }

    /**
     * A list whose items are texts or mappings, e.g. {@code materials}: "Terninger" or {@code {text: ..., print: [..]}}.
     * Each item is a {@link String} or a {@link Fields}; other items are reported and left out.
     */
    List<Object> textsOrObjects(String name, boolean required) {
        YamlNode.Sequence seq = list(name, required);
        List<Object> items = new ArrayList<>();
        if (seq == null) {
            return items;
        }
        for (int i = 0; i < seq.items().size(); i++) {
            YamlNode item = seq.items().get(i);
            String itemPath = pathOf(name) + "[" + (i + 1) + "]";
            if (item instanceof YamlNode.Mapping) {
                of(item, itemPath, report).ifPresent(items::add);
            } else if (item instanceof YamlNode.Scalar(_, Object value) && value != null
                    && !(value instanceof Boolean) && !value.toString().isBlank()) {
                items.add(value.toString().strip());
            } else if (item instanceof YamlNode.Scalar s) {
                report.broken(itemPath, Rule.REQUIRED_FIELD, s.line(), "'" + itemPath + "' er tom");
            } else {
                report.broken(itemPath, Rule.WRONG_TYPE, item.line(),
                        "'" + itemPath + "' skal være tekst eller et objekt med felter, men er " + item.kind());
            }
        }
        return items;
    }

    /** A list of rows, each a list of texts or numbers (a table's cells); empty when absent. */
    List<List<String>> rows(String name) {
        YamlNode.Sequence seq = list(name, false);
        List<List<String>> rows = new ArrayList<>();
        if (seq == null) {
            return rows;
        }
        for (int i = 0; i < seq.items().size(); i++) {
            YamlNode item = seq.items().get(i);
            String itemPath = pathOf(name) + "[" + (i + 1) + "]";
            if (!(item instanceof YamlNode.Sequence(_, List<YamlNode> cells))) {
                report.broken(itemPath, Rule.WRONG_TYPE, item.line(),
                        "'" + itemPath + "' skal være en række, fx [Ahmed, 15, \"3 km\"], men er " + item.kind());
                continue;
            }
            List<String> row = new ArrayList<>();
            for (YamlNode cell : cells) {
                if (cell instanceof YamlNode.Scalar(_, Object value)) {
                    row.add(value == null ? "" : value.toString().strip());
                } else {
                    report.broken(itemPath, Rule.WRONG_TYPE, cell.line(),
                            "en celle i '" + itemPath + "' skal være tekst eller et tal, men er " + cell.kind());
                }
            }
            rows.add(row);
        }
        return rows;
    }

    /** A list of texts, or one text read as a list of one; empty when absent. */
    List<String> textOrTexts(String name) {
        YamlNode node = map.get(name);
        if (node instanceof YamlNode.Scalar(_, Object value) && value != null && !value.toString().isBlank()) {
            return List.of(value.toString().strip());
        }
        return node == null ? List.of() : texts(name, false);
    }

    /** An optional whole number, or {@code fallback} when absent; reported when mistyped. */
    int integerOr(String name, int fallback) {
        return map.get(name) == null ? fallback : java.util.Objects.requireNonNullElse(integer(name), fallback);
    }

    /** True when the field is present (with any value). */
    boolean has(String name) {
        return map.get(name) != null;
    }

    /** The mappings in a list, each with its own path like {@code guide.lessons[2]}. */
    public List<Fields> objects(String name) {
        YamlNode.Sequence seq = list(name, true);
        List<Fields> objects = new ArrayList<>();
        if (seq != null) {
            for (int i = 0; i < seq.items().size(); i++) {
                of(seq.items().get(i), pathOf(name) + "[" + (i + 1) + "]", report).ifPresent(objects::add);
            }
        }
        return objects;
    }

    /** The mappings in an optional list; empty when absent. */
    public List<Fields> optionalObjects(String name) {
        return present(name, false) == null ? List.of() : objects(name);
    }

    /** An optional ISO date ({@code 2026-12-03}); null when absent, reported when it is not a real date. */
    public LocalDate optionalDate(String name) {
        YamlNode node = present(name, false);
        if (node == null) {
            return null;
        }
        if (node instanceof YamlNode.Scalar(_, Object value) && value instanceof String text) {
            try {
                return LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        report.broken(pathOf(name), Rule.WRONG_TYPE, node.line(),
                "'" + pathOf(name) + "' skal være en dato som 2026-12-03 (år-måned-dag), men er '"
                        + (node instanceof YamlNode.Scalar(_, Object v) ? v : node.kind()) + "'");
        return null;
    }

    /** A required nested mapping. */
    public Optional<Fields> object(String name) {
        YamlNode node = present(name, true);
        return node == null ? Optional.empty() : of(node, pathOf(name), report);
    }

    /** {@code [from, to]} as two whole numbers; range rules are checked later. Null when absent or mistyped. */
    public GradeRange gradeRange(String name, boolean required) {
        YamlNode node = present(name, required);
        if (node == null) {
            return null;
        }
        if (node instanceof YamlNode.Sequence(_, List<YamlNode> items) && items.size() == 2
                && items.get(0) instanceof YamlNode.Scalar(_, Integer from)
                && items.get(1) instanceof YamlNode.Scalar(_, Integer to)) {
            return new GradeRange(from, to);
        }
        report.broken(pathOf(name), Rule.WRONG_TYPE, node.line(),
                "'" + pathOf(name) + "' skal være [fra, til] med to klassetrin, fx [4, 6]");
        return null;
    }

    /** The field's node, or null when it is absent or has no value (reported if required). */
    private YamlNode present(String name, boolean required) {
        YamlNode node = map.get(name);
        boolean noValue = node instanceof YamlNode.Scalar(_, Object value) && value == null;
        if (node != null && !noValue) {
            return node;
        }
        if (required && misspelled.contains(name)) {
            report.markBroken(pathOf(name)); // "ukendt felt ... mente du" already said it
        } else if (required) {
            report.broken(pathOf(name), Rule.REQUIRED_FIELD, node == null ? ownLine() : Integer.valueOf(node.line()),
                    "feltet '" + pathOf(name) + "' mangler" + (node == null ? "" : " en værdi"));
        }
        return null;
    }

    private void wrongType(String name, YamlNode node, String expected) {
        report.broken(pathOf(name), Rule.WRONG_TYPE, node.line(),
                "'" + pathOf(name) + "' skal være " + expected + ", men er " + node.kind());
    }
}
