package dk.opdag.planning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;

/**
 * A row of toggle buttons that shows one section of a page at a time. Used instead of Vaadin's TabSheet, whose tab
 * list fails axe-core's aria-required-children rule (an internal scroll container sits between tablist and tabs);
 * pressed buttons (aria-pressed) say the same thing without that problem.
 */
class Sections extends Div {

    private final Div bar = new Div();
    private final Div body = new Div();
    private final List<Button> buttons = new ArrayList<>();
    private final List<Component> panels = new ArrayList<>();
    private int selected = -1;

    Sections(String label) {
        addClassName("opdag-sections");
        bar.addClassName("opdag-section-bar");
        bar.getElement().setAttribute("role", "group");
        bar.getElement().setAttribute("aria-label", label);
        body.addClassName("opdag-section-body");
        add(bar, body);
    }

    int add(String label, Component panel) {
        int index = panels.size();
        Button button = new Button(label, e -> select(index));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        buttons.add(button);
        panels.add(panel);
        bar.add(button);
        if (selected < 0) {
            select(0);
        }
        return index;
    }

    void select(int index) {
        selected = index;
        body.removeAll();
        body.add(panels.get(index));
        for (int i = 0; i < buttons.size(); i++) {
            Button b = buttons.get(i);
            b.getElement().setAttribute("aria-pressed", Boolean.toString(i == index));
            if (i == index) {
                b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                b.removeThemeVariants(ButtonVariant.LUMO_TERTIARY);
            } else {
                b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                b.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
        }
    }

    int selected() {
        return selected;
    }

    int count() {
        return panels.size();
    }

    void clear() {
        bar.removeAll();
        body.removeAll();
        buttons.clear();
        panels.clear();
        selected = -1;
    }
}
