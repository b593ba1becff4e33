package dk.opdag.lab.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import dk.opdag.experiment.CheckOutcome;
import dk.opdag.experiment.RunResult;

/**
 * The outcome of a run for the pupil: "Godt gået!" when every goal is reached, otherwise which goals are
 * missing, with the engine's child-friendly Danish messages, and why the program stopped if it did.
 */
class ResultPanel extends Div {

    ResultPanel() {
        addClassName("opdag-lab-result");
        getElement().setAttribute("aria-live", "polite");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("lab.results"));
        setVisible(false);
    }

    void clear() {
        removeAll();
        setVisible(false);
    }

    void show(RunResult result) {
        removeAll();
        setVisible(true);
        removeClassNames("passed", "failed");
        addClassName(result.passed() ? "passed" : "failed");
        add(new H2(getTranslation(result.passed() ? "lab.passed" : "lab.failed")));
        add(new Paragraph(getTranslation(result.passed() ? "lab.passed.text" : "lab.failed.text")));
        result.error().ifPresent(error -> {
            Paragraph p = new Paragraph();
            p.addClassName("opdag-lab-error");
            Span label = new Span(getTranslation("lab.error.title") + " ");
            label.addClassName("opdag-strong");
            p.add(label, new Span(error));
            add(p);
        });
        if (!result.checks().isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.addClassName("opdag-lab-checks");
            for (CheckOutcome c : result.checks()) {
                ListItem item = new ListItem();
                item.addClassName(c.passed() ? "ok" : "not-ok");
                Span mark = new Span(c.passed() ? "✓" : "✗");
                mark.addClassName("mark");
                mark.getElement().setAttribute("aria-hidden", "true");
                Span label = new Span(getTranslation(c.passed() ? "lab.check.ok" : "lab.check.not-ok") + " ");
                label.addClassName("opdag-strong");
                item.add(mark, label, new Span(c.message()));
                list.add(item);
            }
            add(list);
        }
    }
}
