package dk.opdag.classroom.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A labelled horizontal bar: the text says the number, the bar only shows it (so colour is never the message). */
final class Bars {

    private Bars() {
    }

    static Div bar(String label, double share) {
        Div row = new Div();
        row.addClassName("opdag-bar-row");
        Span text = new Span(label);
        text.addClassName("opdag-bar-label");
        Div track = new Div();
        track.addClassName("opdag-bar-track");
        track.getElement().setAttribute("aria-hidden", "true");
        Div fill = new Div();
        fill.addClassName("opdag-bar-fill");
        fill.getStyle().set("width", Math.round(Math.max(0, Math.min(1, share)) * 100) + "%");
        track.add(fill);
        row.add(text, track);
        return row;
    }
}
