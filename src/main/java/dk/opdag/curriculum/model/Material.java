package dk.opdag.curriculum.model;

import java.util.List;

/**
 * A print material shipped with an activity, read from {@code materials/<activity>/<id>.yaml}: a worksheet (kopiark),
 * a set of cards to cut out, an answer key for the teacher, or a data set. Opdag renders it as A4 pages.
 *
 * @param activityId  the activity whose folder it lies in
 * @param copies      how many to print, for the teacher ("1 pr. elev", "1 sæt pr. gruppe")
 * @param intro       printed at the top; may be null
 * @param perPage     cards per A4 sheet (4, 6, 8, 9 or 12); 0 for other kinds
 * @param cards       for {@link Kind#CARDS}
 * @param sections    for {@link Kind#WORKSHEET} (and optional in the others, after the main content)
 * @param table       for {@link Kind#DATASET}; null for the others
 * @param answers     for {@link Kind#ANSWERS}
 * @param contentHash SHA-256 (hex) of the file, so the search index can tell what changed
 */
public record Material(String activityId, String id, String title, Kind kind, String copies, String intro,
                       int perPage, List<Card> cards, List<Section> sections, Table table, List<Answer> answers,
                       String contentHash) {

    public Material {
        cards = List.copyOf(cards);
        sections = List.copyOf(sections);
        answers = List.copyOf(answers);
    }

    public enum Kind {
        WORKSHEET, CARDS, ANSWERS, DATASET;

        public static java.util.Optional<Kind> fromYaml(String value) {
            return switch (value) {
                case "worksheet" -> java.util.Optional.of(WORKSHEET);
                case "cards" -> java.util.Optional.of(CARDS);
                case "answers" -> java.util.Optional.of(ANSWERS);
                case "dataset" -> java.util.Optional.of(DATASET);
                default -> java.util.Optional.empty();
            };
        }
    }

    /** One card: a heading and a few short lines. */
    public record Card(String title, List<String> lines) {
        public Card {
            lines = List.copyOf(lines);
        }
    }

    /**
     * One part of a worksheet: a heading, text, then any of: numbered questions, a table (with empty rows to fill),
     * labelled boxes to draw or write in, and ruled lines to write on.
     */
    public record Section(String heading, String text, List<String> items, Table table, List<String> boxes,
                          int lines) {
        public Section {
            items = List.copyOf(items);
            boxes = List.copyOf(boxes);
        }
    }

    /** Columns and rows of text; {@code blankRows} empty rows follow for pupils to fill in. */
    public record Table(List<String> columns, List<List<String>> rows, int blankRows) {
        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    public record Answer(String question, String answer) {
    }

    /** Every word of the material, for search. */
    public String plainText() {
        StringBuilder text = new StringBuilder(title).append('\n');
        append(text, intro);
        cards.forEach(c -> {
            append(text, c.title());
            c.lines().forEach(l -> append(text, l));
        });
        sections.forEach(s -> {
            append(text, s.heading());
            append(text, s.text());
            s.items().forEach(i -> append(text, i));
            s.boxes().forEach(b -> append(text, b));
            appendTable(text, s.table());
        });
        appendTable(text, table);
        answers.forEach(a -> {
            append(text, a.question());
            append(text, a.answer());
        });
        return text.toString();
    }

    private static void appendTable(StringBuilder text, Table table) {
        if (table != null) {
            append(text, String.join(" ", table.columns()));
            table.rows().forEach(r -> append(text, String.join(" ", r)));
        }
    }

    private static void append(StringBuilder text, String s) {
        if (s != null && !s.isBlank()) {
            text.append(s).append('\n');
        }
    }
}
