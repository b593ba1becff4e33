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

    public static String write(String className, String schoolYear, List<PlannedActivity> items, String baseUrl,
                               Locale locale) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Opdag//Årsplaner//DA"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME",
                OpdagI18nProvider.translate("planning.ics.name", locale, className, schoolYear)));
        calendar.add(new XProperty("X-PUBLISHED-TTL", "PT6H"));
        String category = OpdagI18nProvider.translate("planning.ics.category", locale);
        for (PlannedActivity item : items) {
            Week from = Week.ofCode(item.fromWeek());
            Week to = Week.ofCode(item.toWeek());
            VEvent event = new VEvent(from.monday(), to.friday().plusDays(1),
                    OpdagI18nProvider.translate("planning.ics.summary", locale, item.activityTitle(),
                            item.subjectName()));
            event.add(new Uid("plan-item-" + item.id() + "@opdag"));
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
