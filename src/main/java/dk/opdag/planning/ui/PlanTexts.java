package dk.opdag.planning.ui;

import com.vaadin.flow.component.Component;
import dk.opdag.classroom.SchoolYears;
import dk.opdag.planning.Plan;
import dk.opdag.planning.PlanChange;
import dk.opdag.planning.PlanningException;
import dk.opdag.planning.Week;

/** Week labels, plan titles and history lines in the user's language, for every planning view. */
final class PlanTexts {

    private PlanTexts() {
    }

    static String error(Component c, PlanningException e) {
        return c.getTranslation(e.key(), e.args());
    }

    /** "uge 41". */
    static String week(Component c, int code) {
        return c.getTranslation("planning.week", Week.ofCode(code).number());
    }

    /** "uge 41" or "uge 41–43". */
    static String weeks(Component c, int from, int to) {
        return from == to ? week(c, from)
                : c.getTranslation("planning.weeks", Week.ofCode(from).number(), Week.ofCode(to).number());
    }

    /** "5.10.–9.10." for one week, "5.10.–16.10." for a range (Monday of the first to Friday of the last). */
    static String dates(int from, int to) {
        var start = Week.ofCode(from).monday();
        var end = Week.ofCode(to).friday();
        return start.getDayOfMonth() + "." + start.getMonthValue() + ".–" + end.getDayOfMonth() + "."
                + end.getMonthValue() + ".";
    }

    /** "Uge 41 · 5.10.–9.10.", or "Uge 42 · ferie". */
    static String weekOption(Component c, Week w, boolean holiday) {
        return holiday ? c.getTranslation("planning.week-option.holiday", w.number())
                : c.getTranslation("planning.week-option", w.number(), dates(w.code(), w.code()));
    }

    /** "Årsplan for 5.B" or "Årgangsplan for 5. klasse". */
    static String title(Component c, Plan plan) {
        return plan.isTemplate() ? c.getTranslation("planning.template-name", plan.grade())
                : c.getTranslation("planning.class-plan-name", plan.className());
    }

    static String year(Plan plan) {
        return SchoolYears.label(plan.startYear());
    }

    /** A history line: "Bo Berg flyttede »Sortér som en computer« fra uge 40–41 til uge 44–45." */
    static String change(Component c, PlanChange ch) {
        String none = c.getTranslation("planning.change.nobody");
        return switch (ch.kind()) {
            case CREATED -> c.getTranslation("planning.change.created", ch.actorName());
            case ADOPTED -> c.getTranslation("planning.change.adopted", ch.actorName(), ch.after());
            case COPIED -> c.getTranslation("planning.change.copied", ch.actorName(), ch.before(), ch.after());
            case ADDED -> c.getTranslation("planning.change.added", ch.actorName(), ch.activityTitle(),
                    range(c, ch.after()));
            case MOVED -> c.getTranslation("planning.change.moved", ch.actorName(), ch.activityTitle(),
                    range(c, ch.before()), range(c, ch.after()));
            case SUBJECT -> c.getTranslation("planning.change.subject", ch.actorName(), ch.activityTitle(),
                    ch.before(), ch.after());
            case TEACHER -> c.getTranslation("planning.change.teacher", ch.actorName(), ch.activityTitle(),
                    ch.before() == null ? none : ch.before(), ch.after() == null ? none : ch.after());
            case NOTE -> c.getTranslation("planning.change.note", ch.actorName(), ch.activityTitle());
            case REMOVED -> c.getTranslation("planning.change.removed", ch.actorName(), ch.activityTitle(),
                    range(c, ch.before()));
        };
    }

    /** The stored "202641-202642" as "uge 41–42". */
    private static String range(Component c, String stored) {
        if (stored == null || !stored.contains("-")) {
            return "";
        }
        String[] parts = stored.split("-");
        try {
            return weeks(c, Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        } catch (NumberFormatException e) {
            return stored;
        }
    }
}
