package dk.opdag.materials.sheets;

import dk.opdag.curriculum.model.Material;
import java.util.ArrayList;
import java.util.List;

/**
 * Shipped materials as A4 sheets in XHTML: the print view shows exactly this markup, and {@link SheetPdf} renders
 * the same markup to PDF. Cards are laid out several to a sheet in a table whose dashed borders are the cut lines;
 * sheets for 0.–3. klasse use large type. Every text is escaped: the markup is built here, never taken from files.
 */
public final class SheetHtml {

    /** Height in mm the cards of one sheet share: an A4 page less margins and the heading, also in large type. */
    static final int PAGE_HEIGHT_MM = 215;

    private SheetHtml() {
    }

    /** The sheets of one activity's materials, inside one {@code <div class="opdag-sheets">}. */
    public static String fragment(String activityTitle, boolean largeType, List<Material> materials) {
        StringBuilder html = new StringBuilder();
        html.append("<div class=\"opdag-sheets").append(largeType ? " opdag-large-type" : "").append("\">");
        for (Material m : materials) {
            material(html, activityTitle, m);
        }
        html.append("</div>");
        return html.toString();
    }

    /** A whole XHTML document for the PDF renderer, with the print style sheet inline. */
    public static String document(String activityTitle, boolean largeType, List<Material> materials, String css) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"da\"><head><meta charset=\"UTF-8\"/><title>"
                + esc(activityTitle) + "</title><style>\n" + css + "\n</style></head><body>"
                + fragment(activityTitle, largeType, materials) + "</body></html>";
    }

    private static void material(StringBuilder html, String activityTitle, Material m) {
        if (m.kind() == Material.Kind.CARDS) {
            List<List<Material.Card>> pages = pages(m.cards(), m.perPage());
            for (int p = 0; p < pages.size(); p++) {
                html.append("<section class=\"opdag-sheet opdag-sheet-cards\" id=\"").append(esc(m.id()))
                        .append(p == 0 ? "" : "-" + (p + 1)).append("\">");
                header(html, activityTitle, m, p == 0, pages.size() > 1 ? (p + 1) + "/" + pages.size() : null);
                cards(html, pages.get(p), m.perPage());
                html.append("</section>");
            }
            if (!m.sections().isEmpty()) {
                html.append("<section class=\"opdag-sheet\">");
                header(html, activityTitle, m, false, null);
                m.sections().forEach(s -> section(html, s));
                html.append("</section>");
            }
            return;
        }
        html.append("<section class=\"opdag-sheet opdag-sheet-").append(m.kind().name().toLowerCase(java.util.Locale.ROOT))
                .append("\" id=\"").append(esc(m.id())).append("\">");
        header(html, activityTitle, m, true, null);
        if (m.table() != null) {
            table(html, m.table());
        }
        if (!m.answers().isEmpty()) {
            html.append("<ol class=\"opdag-answers\">");
            for (Material.Answer a : m.answers()) {
                html.append("<li><p class=\"opdag-q\">").append(esc(a.question())).append("</p><p class=\"opdag-a\">")
                        .append(esc(a.answer())).append("</p></li>");
            }
            html.append("</ol>");
        }
        m.sections().forEach(s -> section(html, s));
        html.append("</section>");
    }

    private static void header(StringBuilder html, String activityTitle, Material m, boolean withIntro, String page) {
        html.append("<p class=\"opdag-sheet-source\">Opdag · ").append(esc(activityTitle));
        if (m.kind() == Material.Kind.ANSWERS) {
            html.append(" · til læreren");
        }
        if (page != null) {
            html.append(" · ark ").append(page);
        }
        html.append("</p><h2 class=\"opdag-sheet-title\">").append(esc(m.title())).append("</h2>");
        if (withIntro && m.intro() != null) {
            paragraphs(html, m.intro(), "opdag-sheet-intro");
        }
    }

    private static List<List<Material.Card>> pages(List<Material.Card> cards, int perPage) {
        List<List<Material.Card>> pages = new ArrayList<>();
        for (int i = 0; i < cards.size(); i += perPage) {
            pages.add(cards.subList(i, Math.min(cards.size(), i + perPage)));
        }
        return pages;
    }

    /** Columns and rows for a number of cards per sheet: 4 = 2×2, 6 = 2×3, 8 = 2×4, 9 = 3×3, 12 = 3×4. */
    static int columns(int perPage) {
        return perPage == 9 || perPage == 12 ? 3 : 2;
    }

    private static void cards(StringBuilder html, List<Material.Card> cards, int perPage) {
        int columns = columns(perPage);
        int rows = perPage / columns;
        int height = PAGE_HEIGHT_MM / rows - 2;
        html.append("<table class=\"opdag-cards opdag-cards-").append(perPage).append("\">");
        for (int r = 0; r < rows; r++) {
            html.append("<tr>");
            for (int c = 0; c < columns; c++) {
                int i = r * columns + c;
                html.append("<td style=\"height: ").append(height).append("mm; width: ").append(100 / columns)
                        .append("%;\">");
                if (i < cards.size()) {
                    Material.Card card = cards.get(i);
                    if (card.title() != null && !card.title().isBlank()) {
                        html.append("<p class=\"opdag-card-title\">").append(esc(card.title())).append("</p>");
                    }
                    for (String line : card.lines()) {
                        html.append("<p class=\"opdag-card-line\">").append(esc(line)).append("</p>");
                    }
                }
                html.append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</table>");
    }

    private static void section(StringBuilder html, Material.Section s) {
        html.append("<div class=\"opdag-sheet-section\">");
        if (s.heading() != null) {
            html.append("<h3>").append(esc(s.heading())).append("</h3>");
        }
        if (s.text() != null) {
            paragraphs(html, s.text(), null);
        }
        if (!s.items().isEmpty()) {
            html.append("<ol class=\"opdag-items\">");
            s.items().forEach(i -> html.append("<li>").append(esc(i)).append("</li>"));
            html.append("</ol>");
        }
        if (s.table() != null) {
            table(html, s.table());
        }
        if (!s.boxes().isEmpty()) {
            html.append("<table class=\"opdag-boxes\"><tr>");
            int width = 100 / s.boxes().size();
            s.boxes().forEach(b -> html.append("<td style=\"width: ").append(width).append("%;\"><p class=\"opdag-box-label\">")
                    .append(esc(b)).append("</p></td>"));
            html.append("</tr></table>");
        }
        for (int i = 0; i < s.lines(); i++) {
            html.append("<div class=\"opdag-write-line\"></div>");
        }
        html.append("</div>");
    }

    private static void table(StringBuilder html, Material.Table t) {
        html.append("<table class=\"opdag-sheet-table\"><thead><tr>");
        t.columns().forEach(c -> html.append("<th>").append(esc(c)).append("</th>"));
        html.append("</tr></thead><tbody>");
        for (List<String> row : t.rows()) {
            html.append("<tr>");
            row.forEach(cell -> html.append("<td>").append(esc(cell)).append("</td>"));
            html.append("</tr>");
        }
        for (int i = 0; i < t.blankRows(); i++) {
            html.append("<tr class=\"opdag-blank-row\">");
            t.columns().forEach(c -> html.append("<td>&#160;</td>"));
            html.append("</tr>");
        }
        html.append("</tbody></table>");
    }

    private static void paragraphs(StringBuilder html, String text, String cssClass) {
        for (String p : text.strip().split("\\n\\s*\\n")) {
            html.append("<p").append(cssClass == null ? "" : " class=\"" + cssClass + "\"").append(">")
                    .append(esc(p.strip()).replace("\n", "<br/>")).append("</p>");
        }
    }

    /** XML escaping, which is also safe HTML. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (ch >= 0x20 || ch == '\n' || ch == '\t') {
                        out.append(ch);
                    }
                }
            }
        }
        return out.toString();
    }
}
