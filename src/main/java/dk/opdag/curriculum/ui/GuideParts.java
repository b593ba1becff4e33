package dk.opdag.curriculum.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dk.opdag.curriculum.model.Answer;
import dk.opdag.curriculum.model.Evaluation;
import dk.opdag.curriculum.model.Term;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/**
 * The parts of a teacher's guide that make it trustworthy: the review date, the word list, evaluation on three
 * levels and the answer key. The answer key starts collapsed, so a guide shown on the board does not reveal it.
 */
final class GuideParts {

    private GuideParts() {
    }

    /** "Fagligt gennemset d. 3. december 2026". */
    static Paragraph reviewed(Component view, java.util.Locale locale, LocalDate date) {
        String day = DateTimeFormatter.ofPattern(view.getTranslation("guide.reviewed.date-pattern"), locale)
                .format(date);
        Paragraph p = new Paragraph(view.getTranslation("guide.reviewed", day));
        p.setId("activity-reviewed");
        p.addClassName("opdag-reviewed");
        return p;
    }

    static DescriptionList vocabulary(List<Term> terms) {
        DescriptionList list = new DescriptionList();
        list.setId("activity-vocabulary");
        list.addClassName("opdag-vocabulary");
        for (Term t : terms) {
            list.add(new DescriptionList.Term(t.word()), new DescriptionList.Description(t.means()));
        }
        return list;
    }

    /** One row per goal: the goal, then på vej / nået / videre. */
    static NativeTable evaluation(Component view, List<Evaluation> evaluation, Function<String, String> goalText) {
        NativeTable table = new NativeTable();
        table.setId("activity-evaluation");
        table.addClassName("opdag-evaluation");
        NativeTableHeader head = new NativeTableHeader();
        NativeTableRow header = new NativeTableRow();
        for (String key : List.of("guide.evaluation.goal", "guide.evaluation.emerging", "guide.evaluation.reached",
                "guide.evaluation.beyond")) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(view.getTranslation(key));
            cell.getElement().setAttribute("scope", "col");
            header.add(cell);
        }
        head.add(header);
        NativeTableBody body = new NativeTableBody();
        for (Evaluation e : evaluation) {
            NativeTableRow row = new NativeTableRow();
            NativeTableHeaderCell goal = new NativeTableHeaderCell(goalText.apply(e.goal()));
            goal.getElement().setAttribute("scope", "row");
            row.add(goal, cell(e.emerging()), cell(e.signs()), cell(e.beyond()));
            body.add(row);
        }
        table.add(head, body);
        return table;
    }

    private static NativeTableCell cell(String text) {
        return new NativeTableCell(text == null ? "–" : text);
    }

    /** The answer key, collapsed until the teacher opens it. */
    static Details answers(Component view, List<Answer> answers) {
        Div list = new Div();
        list.addClassName("opdag-answers");
        for (Answer qa : answers) {
            Paragraph q = new Paragraph();
            Span question = new Span(qa.q());
            question.addClassName("opdag-strong");
            q.add(question);
            list.add(q, new Paragraph(qa.a()));
        }
        Details details = new Details(view.getTranslation("guide.answers"), list);
        details.setId("activity-answers");
        details.setOpened(false);
        return details;
    }
}
