package dk.opdag.lab.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import dk.opdag.experiment.CheckOutcome;
import dk.opdag.experiment.RunResult;
import dk.opdag.experiment.level.CaseOutcome;
import dk.opdag.experiment.level.Grade;
import dk.opdag.experiment.level.LevelResult;

/**
 * The outcome of a run for the pupil: perfect, passed ("Det virker! Kan du gøre det med færre blokke?") or not yet,
 * with the level's kind reason, the checks of the case the pupil can see, how the other cases went (a hidden case
 * only as "passed or not", never what it was), why the program stopped if it did, and the way on to the next level.
 */
class ResultPanel extends Div {

    ResultPanel() {
        addClassName("opdag-lab-result");
        // Not a live region: the verdict under Kør is read out; this is the detail to go to.
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("lab.results"));
        setVisible(false);
    }

    void clear() {
        removeAll();
        setVisible(false);
    }

    /**
     * @param nextLevel where the next level is, or null (none, or not passed yet)
     */
    void show(LevelResult graded, String nextLevel, int nextNumber) {
        RunResult result = graded.shown();
        removeAll();
        setVisible(true);
        removeClassNames("passed", "failed", "perfect");
        addClassName(graded.passed() ? "passed" : "failed");
        if (graded.perfect()) {
            addClassName("perfect");
        }
        String heading = switch (graded.grade()) {
            case PERFECT -> "lab.perfect";
            case PASS -> "lab.passed";
            case FAIL -> "lab.failed";
        };
        add(new H2(getTranslation(heading)));
        Paragraph reason = new Paragraph(graded.verdict().in(getLocale()));
        reason.addClassName("opdag-lab-reason");
        add(reason);
        if (graded.score() < Grade.ONLY_SHOWN_CASES) {
            add(new Paragraph(getTranslation("lab.failed.text")));
        }
        result.errorMessage().ifPresent(error -> { // the reason in the pupil's language
            Paragraph p = new Paragraph();
            p.addClassName("opdag-lab-error");
            Span label = new Span(getTranslation("lab.error.title") + " ");
            label.addClassName("opdag-strong");
            p.add(label, new Span(error.in(getLocale())));
            add(p);
        });
        if (graded.cases().size() > 1) {
            add(cases(graded));
        }
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
                item.add(mark, label, new Span(c.text().in(getLocale())));
                list.add(item);
            }
            add(list);
        }
        if (graded.passed() && nextLevel != null) {
            Anchor next = new Anchor(nextLevel, getTranslation("lab.level.next", nextNumber));
            next.addClassName("opdag-lab-next");
            add(next);
        }
    }

    /** "Eksempel 1 (Beskeden til mor): klaret", "Skjult eksempel 3: ikke klaret". */
    private UnorderedList cases(LevelResult graded) {
        UnorderedList list = new UnorderedList();
        list.addClassName("opdag-lab-checks");
        list.getElement().setAttribute("aria-label", getTranslation("lab.cases"));
        for (CaseOutcome c : graded.cases()) {
            ListItem item = new ListItem();
            item.addClassName(c.passed() ? "ok" : "not-ok");
            Span mark = new Span(c.passed() ? "✓" : "✗");
            mark.addClassName("mark");
            mark.getElement().setAttribute("aria-hidden", "true");
            String name = c.hidden() ? getTranslation("lab.case.hidden", c.number())
                    : c.name() == null ? getTranslation("lab.case", c.number())
                    : getTranslation("lab.case.named", c.number(), c.name());
            item.add(mark, new Span(name + ": " + getTranslation(c.passed() ? "lab.case.ok" : "lab.case.not-ok")));
            list.add(item);
        }
        return list;
    }
}
