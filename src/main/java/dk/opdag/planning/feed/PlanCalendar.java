package dk.opdag.planning.feed;

import dk.opdag.planning.PlannedActivity;
import dk.opdag.planning.Week;
import dk.opdag.shell.OpdagI18nProvider;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Transp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * A class plan as iCalendar (RFC 5545), built with iCal4j: one all-day event per item from the Monday of its first
 * week to the Friday of its last. Events are "transparent", so weeks of planned teaching do not make the teacher look
 * busy. Only what the plan says goes in — activity, subject, class and weeks — never notes (a note might name a
 * pupil) and nothing about pupils.
 */
public final class PlanCalendar {

    private PlanCalendar() {
    }

    /** One event of a calendar: an item of a class's plan. */
    public record ClassItem(String className, PlannedActivity item) {
    }

    public static String write(String className, String schoolYear, List<PlannedActivity> items, String baseUrl,
                               Locale locale) {
        return write(OpdagI18nProvider.translate("planning.ics.name", locale, className, schoolYear),
                items.stream().map(i -> new ClassItem(className, i)).toList(), false, baseUrl, locale);
    }

    /**
     * The whole school's year plan for its leader: every class's items, each event named with its class. The
     * events' ids differ from the class feeds', so a leader who also teaches can subscribe to both.
     */
    public static String writeSchool(String schoolName, String schoolYear, List<ClassItem> items, String baseUrl,
                                     Locale locale) {
        return write(OpdagI18nProvider.translate("planning.ics.school-name", locale, schoolName, schoolYear),
                items, true, baseUrl, locale);
    }

    private static String write(String name, List<ClassItem> items, boolean school, String baseUrl, Locale locale) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Opdag//Årsplaner//DA"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new XProperty("X-PUBLISHED-TTL", "PT6H"));
        String category = OpdagI18nProvider.translate("planning.ics.category", locale);
        for (ClassItem classItem : items) {
            PlannedActivity item = classItem.item();
            String className = classItem.className();
            Week from = Week.ofCode(item.fromWeek());
            Week to = Week.ofCode(item.toWeek());
            String summary = school
                    ? OpdagI18nProvider.translate("planning.ics.school-summary", locale, className,
                            item.activityTitle(), item.subjectName())
                    : OpdagI18nProvider.translate("planning.ics.summary", locale, item.activityTitle(),
                            item.subjectName());
            VEvent event = new VEvent(from.monday(), to.friday().plusDays(1), summary);
            event.add(new Uid((school ? "school-plan-item-" : "plan-item-") + item.id() + "@opdag"));
            event.add(new Sequence(item.version()));
            event.add(new LastModified(item.updatedAt().toInstant()));
            event.add(new Description(OpdagI18nProvider.translate("planning.ics.description", locale, className,
                    from.number(), to.number(), item.subjectName())));
            if (baseUrl != null && !baseUrl.isBlank()) {
                event.add(new Url(URI.create(baseUrl + "/aktivitet/" + item.activityId())));
            }
            event.add(new Categories(category));
            event.add(new Transp(Transp.VALUE_TRANSPARENT));
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("the class plan made an invalid calendar", e);
        }
        return out.toString();
    }
}
