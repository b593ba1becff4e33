package dk.opdag.training.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dk.opdag.planning.PlanningException;
import dk.opdag.shell.TimeConfig;
import dk.opdag.training.TrainingException;
import java.text.NumberFormat;
import java.time.OffsetDateTime;
import java.util.Locale;

/** Shared pieces of the training views: routes, messages, Danish dates and numbers. */
final class TrainingUi {

    static final String HOME = "efteruddannelse";
    static final String TRACK = HOME + "/forloeb/";
    static final String MODULE = HOME + "/modul/";
    static final String ASSESSMENT = HOME + "/selvvurdering";
    static final String PROFILE = HOME + "/profil";
    static final String LOGBOOK = HOME + "/logbog";
    static final String RECORD = HOME + "/kursusbevis";
    static final String TEAM = HOME + "/team/";
    static final String CARDS = HOME + "/dialogkort";
    static final String PRINT_CARDS = CARDS + "/udskriv";
    static final String LEADER = HOME + "/ledelse";
    static final String AMBASSADOR = HOME + "/ambassador";
    static final String SESSION = HOME + "/session/";


    private TrainingUi() {
    }

    static String message(Component c, TrainingException e) {
        return c.getTranslation(e.messageKey(), e.params());
    }

    static String message(Component c, PlanningException e) {
        return c.getTranslation(e.key(), e.args());
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
        p.addClassName("opdag-training-status");
        p.getElement().setAttribute("role", "status");
        return p;
    }

    /** The page a refused request gets: a heading and the reason, nothing of the data behind it. */
    static void refuse(HasComponents page, Component c, TrainingException e) {
        page.add(new H1(c.getTranslation("error.denied.title")), error(message(c, e)));
    }

    static Span badge(String text, String kind) {
        Span s = new Span(text);
        s.addClassNames("opdag-badge", "opdag-badge-" + kind);
        return s;
    }

    static String day(OffsetDateTime t) {
        return t == null ? "" : dk.opdag.shell.LocalDates.longDay(dk.opdag.shell.LocalDates.current())
                .format(t.atZoneSameInstant(TimeConfig.DANISH_TIME));
    }

    static String when(OffsetDateTime t) {
        return t == null ? "" : dk.opdag.shell.LocalDates.longWhen(dk.opdag.shell.LocalDates.current())
                .format(t.atZoneSameInstant(TimeConfig.DANISH_TIME));
    }

    /** 2,5 in Danish, 2.5 in English. */
    static String decimal(Component c, double value) {
        Locale locale = c.getUI().map(ui -> ui.getLocale()).orElse(Locale.of("da"));
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f.format(value);
    }

    static long parseId(String raw) {
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new TrainingException("training.error.bad-address");
        }
    }
}
