package dk.opdag.curriculum.load;

import dk.opdag.curriculum.model.Material;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one {@code materials/<activity>/<id>.yaml} (a kopiark, a card set, an answer key or a data set) and checks
 * its shape. Which activity names it is checked in {@link MaterialChecks}.
 */
final class MaterialReader {

    static final Set<Integer> PER_PAGE = Set.of(4, 6, 8, 9, 12);
    static final int MAX_BLANK_ROWS = 40;
    static final int MAX_LINES = 40;

    /** A material with its file, for checks that point at lines. */
    record Read(Material material, String fileId, YamlNode root, FileReport report) {
        Integer line(String path) {
            return YamlNode.lineAt(root, path);
        }
    }

    private MaterialReader() {
    }

    static Optional<Read> read(YamlNode root, String activityId, String fileId, String contentHash,
                               FileReport report) {
        return Fields.of(root, "", report).map(file -> new Read(material(file, activityId, fileId, contentHash),
                fileId, root, report));
    }

    private static Material material(Fields file, String activityId, String fileId, String contentHash) {
        FileReport report = file.report();
        file.allowOnly("id", "title", "kind", "copies", "intro", "perPage", "cards", "columns", "rows", "sections",
                "answers");
        String id = file.text("id");
        Ids.checkSlug(id, Ids.SLUG, report, file.lineOf("id"));
        if (id != null && !id.equals(fileId)) {
            report.report(Rule.ID_FILENAME, file.lineOf("id"),
                    "id er '" + id + "', men filen hedder '" + fileId + ".yaml'; de skal være ens");
        }
        Material.Kind kind = kind(file);
        int perPage = 0;
        List<Material.Card> cards = List.of();
        Material.Table table = null;
        List<Material.Answer> answers = List.of();
        List<Material.Section> sections = file.has("sections") || kind == Material.Kind.WORKSHEET
                ? sections(file) : List.of();
        if (kind == Material.Kind.CARDS) {
            perPage = file.integerOr("perPage", 8);
            if (!PER_PAGE.contains(perPage)) {
                report.broken("perPage", Rule.VALUE_RANGE, file.lineOf("perPage"),
                        "'perPage' er " + perPage + ", men skal være 4, 6, 8, 9 eller 12 kort pr. A4-ark");
            }
            cards = cards(file);
            if (cards.isEmpty() && report.intact("cards") && report.intact("rows")) {
                report.report(Rule.REQUIRED_FIELD, file.lineOf("cards"),
                        "et kortsæt skal have 'cards' eller 'columns' og 'rows' med mindst ét kort");
            }
        } else if (kind == Material.Kind.DATASET) {
            table = table(file, "");
        } else if (kind == Material.Kind.ANSWERS) {
            answers = file.objects("answers").stream().map(a -> {
                a.allowOnly("q", "a");
                return new Material.Answer(a.text("q"), a.text("a"));
            }).toList();
        }
        if (kind != null && kind != Material.Kind.CARDS && file.has("perPage")) {
            report.report(Rule.UNKNOWN_FIELD, file.lineOf("perPage"), "'perPage' gælder kun for kort (kind: cards)");
        }
        return new Material(activityId, id, file.text("title"), kind, file.text("copies"),
                file.optionalText("intro"), perPage, cards, sections, table, answers, contentHash);
    }

    private static Material.Kind kind(Fields file) {
        String value = file.text("kind");
        if (value == null) {
            return null;
        }
        Optional<Material.Kind> kind = Material.Kind.fromYaml(value);
        if (kind.isEmpty()) {
            file.report().broken("kind", Rule.VALUE_RANGE, file.lineOf("kind"), "kind er '" + value
                    + "', men skal være worksheet (kopiark), cards (kort), answers (facitliste) eller dataset (datasæt)");
        }
        return kind.orElse(null);
    }

    /** {@code cards: [{title, lines}]}, or one card per row of {@code columns}/{@code rows} ("Kolonne: værdi"). */
    private static List<Material.Card> cards(Fields file) {
        List<Material.Card> cards = new ArrayList<>();
        if (file.has("cards")) {
            for (Fields card : file.objects("cards")) {
                card.allowOnly("title", "lines");
                cards.add(new Material.Card(card.text("title"), card.texts("lines", false)));
            }
        }
        if (file.has("rows")) {
            Material.Table table = table(file, "");
            if (table != null) {
                for (List<String> row : table.rows()) {
                    List<String> lines = new ArrayList<>();
                    for (int c = 1; c < row.size(); c++) {
                        lines.add(table.columns().get(c) + ": " + row.get(c));
                    }
                    cards.add(new Material.Card(row.isEmpty() ? "" : row.getFirst(), lines));
                }
            }
        }
        return cards;
    }

    /** {@code columns} and {@code rows} of {@code fields}; every row as long as the columns. */
    private static Material.Table table(Fields fields, String blankRowsField) {
        List<String> columns = fields.texts("columns", true);
        List<List<String>> rows = fields.rows("rows");
        for (int i = 0; i < rows.size(); i++) {
            if (!columns.isEmpty() && rows.get(i).size() != columns.size()) {
                fields.report().report(Rule.WRONG_TYPE, fields.lineOf("rows"), "række " + (i + 1) + " i '"
                        + fields.pathOf("rows") + "' har " + rows.get(i).size() + " celler, men der er "
                        + columns.size() + " kolonner");
            }
        }
        int blank = blankRowsField.isEmpty() ? 0 : fields.integerOr(blankRowsField, 0);
        if (blank < 0 || blank > MAX_BLANK_ROWS) {
            fields.report().report(Rule.VALUE_RANGE, fields.lineOf(blankRowsField),
                    "'" + fields.pathOf(blankRowsField) + "' skal være 0–" + MAX_BLANK_ROWS);
        }
        return columns.isEmpty() ? null : new Material.Table(columns, rows, Math.max(0, Math.min(blank, MAX_BLANK_ROWS)));
    }

    private static List<Material.Section> sections(Fields file) {
        List<Material.Section> sections = new ArrayList<>();
        for (Fields s : file.objects("sections")) {
            s.allowOnly("heading", "text", "items", "columns", "rows", "blankRows", "boxes", "lines");
            Material.Table table = s.has("columns") ? table(s, "blankRows") : null;
            int lines = s.integerOr("lines", 0);
            if (lines < 0 || lines > MAX_LINES) {
                s.report().report(Rule.VALUE_RANGE, s.lineOf("lines"), "'" + s.pathOf("lines") + "' skal være 0–"
                        + MAX_LINES + " skrivelinjer");
            }
            sections.add(new Material.Section(s.optionalText("heading"), s.optionalText("text"),
                    s.texts("items", false), table, s.texts("boxes", false), Math.max(0, Math.min(lines, MAX_LINES))));
        }
        return sections;
    }
}
