package dk.opdag.planning.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/** The one line a planning page says after an action: a status, or a problem that screen readers hear at once. */
class StatusMessage extends Div {

    void say(String text, boolean problem) {
        removeAll();
        Paragraph p = new Paragraph(text);
        p.addClassName(problem ? "opdag-error" : "opdag-status");
        p.getElement().setAttribute("role", problem ? "alert" : "status");
        add(p);
    }
}
