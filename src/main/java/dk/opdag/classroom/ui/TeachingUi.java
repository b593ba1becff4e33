package dk.opdag.classroom.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dk.opdag.classroom.ClassroomException;
import dk.opdag.classroom.assignment.Due;
import dk.opdag.shell.TimeConfig;
import java.time.OffsetDateTime;
import java.util.Locale;

/** Small shared pieces of the teaching views: messages, badges and Danish dates. */
final class TeachingUi {

    private static final Locale DANISH = Locale.of("da");

    private TeachingUi() {
    }

    static String message(Component c, ClassroomException e) {
        return c.getTranslation(e.messageKey(), e.params());
    }

    /** A message a screen reader reads at once. */
    static Paragraph error(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("opdag-error");
        p.getElement().setAttribute("role", "alert");
        return p;
    }

    static Paragraph status(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("opdag-teaching-status");
        p.getElement().setAttribute("role", "status");
        return p;
    }

    /** The page a refused request gets: a heading and the reason, nothing of the data behind it. */
    static void refuse(com.vaadin.flow.component.HasComponents page, Component c, ClassroomException e) {
        page.add(new H1(c.getTranslation("error.denied.title")), error(message(c, e)));
    }

    static Span badge(String text, String kind) {
        Span s = new Span(text);
        s.addClassNames("opdag-badge", "opdag-badge-" + kind);
        return s;
    }

    /** "uge 47" or "mandag 16. november"; empty without a due date. */
    static String due(Component c, Due due) {
        if (due == null) {
            return "";
        }
        return due.week() ? c.getTranslation("teaching.due.week", due.weekNumber())
                : c.getTranslation("teaching.due.date", dk.opdag.shell.LocalDates.day(dk.opdag.shell.LocalDates.current()).format(due.date()));
    }

    static String when(OffsetDateTime t) {
        return t == null ? "" : dk.opdag.shell.LocalDates.when(dk.opdag.shell.LocalDates.current())
                .format(t.atZoneSameInstant(TimeConfig.DANISH_TIME));
    }

    static String clock(OffsetDateTime t) {
        return dk.opdag.shell.LocalDates.clock(dk.opdag.shell.LocalDates.current())
                .format(t.atZoneSameInstant(TimeConfig.DANISH_TIME));
    }

    static long parseId(String raw) {
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new ClassroomException("teaching.error.bad-address");
        }
    }
}
