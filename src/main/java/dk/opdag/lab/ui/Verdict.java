package dk.opdag.lab.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dk.opdag.experiment.level.LevelResult;

/**
 * The verdict of a run in one line right under Kør ("Godt gået! Det virker. Kan du gøre det med færre blokke?"),
 * where the eye is when the replay ends, on a phone as on a laptop; a status region, so it is read out too. The
 * full result with every check stays below the work, one press away.
 */
class Verdict extends Div {

    private Runnable showDetails = () -> { };

    Verdict() {
        addClassName("opdag-lab-verdict");
        getElement().setAttribute("role", "status");
        setVisible(false);
    }

    /** What "Se hele resultatet" does (scroll to the full result). */
    void onDetails(Runnable action) {
        this.showDetails = action;
    }

    void clear() {
        removeAll();
        setVisible(false);
    }

    void show(LevelResult graded) {
        removeAll();
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
        Span title = new Span(getTranslation(heading));
        title.addClassName("opdag-lab-verdict-title");
        Span reason = new Span(graded.verdict().in(getLocale()));
        reason.addClassName("opdag-lab-verdict-reason");
        Button details = new Button(getTranslation("lesson.verdict.details"), e -> showDetails.run());
        details.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        add(title, reason, details);
        setVisible(true);
    }
}
