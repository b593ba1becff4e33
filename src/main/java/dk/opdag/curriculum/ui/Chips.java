package dk.opdag.curriculum.ui;

import com.vaadin.flow.component.Component;

/** Short labels shared by catalogue cards and the activity page. */
final class Chips {

    private Chips() {
    }

    /** "4.–6. klasse", "0. klasse". */
    static String grades(Component context, int from, int to) {
        return from == to ? context.getTranslation("catalogue.grade-one", from)
                : context.getTranslation("catalogue.grades", from, to);
    }
}
