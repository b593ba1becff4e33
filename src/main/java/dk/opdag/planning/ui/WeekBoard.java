package dk.opdag.planning.ui;

import com.vaadin.flow.component.html.Anchor;
import dk.opdag.planning.AttachedFiles;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import dk.opdag.planning.PlannedActivity;
import dk.opdag.planning.SchoolCalendar;
import dk.opdag.planning.Week;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * The calendar-like week view: one card per week from uge 32 to uge 26, holidays marked, and in each the items that
 * start there (with Flyt and Ret) and those that continue from before. A crowded week shows its first few and a
 * button to the list filtered to that week, so even a 2,000-item plan stays quick to draw.
 */
class WeekBoard extends Div {

    static final int SHOWN_PER_WEEK = 6;
    private final Map<Long, List<AttachedFiles.FileRef>> files;

    WeekBoard(SchoolCalendar calendar, List<PlannedActivity> items, int thisWeek, boolean canEdit,
              Consumer<PlannedActivity> move, Consumer<PlannedActivity> edit, IntConsumer showWeek,
              Map<Long, List<AttachedFiles.FileRef>> files) {
        this.files = files;
        addClassName("opdag-week-board");
        Map<Integer, List<PlannedActivity>> byWeek = new HashMap<>();
        for (PlannedActivity item : items) {
            for (Week w : calendar.weeks()) {
                if (item.covers(w.code())) {
                    byWeek.computeIfAbsent(w.code(), k -> new ArrayList<>()).add(item);
                }
            }
        }
        for (Week week : calendar.weeks()) {
            boolean holiday = calendar.isHoliday(week.code());
            Div card = new Div();
            card.addClassName("opdag-week");
            card.getElement().setAttribute("data-week", Integer.toString(week.code()));
            if (holiday) {
                card.addClassName("opdag-week-holiday");
            }
            if (week.code() == thisWeek) {
                card.addClassName("opdag-week-now");
                card.getElement().setAttribute("aria-current", "date");
            }
            H3 heading = new H3(getTranslation("planning.week-heading", week.number(),
                    PlanTexts.dates(week.code(), week.code())));
            card.add(heading);
            if (holiday) {
                card.add(new Paragraph(getTranslation("planning.holiday")));
            }
            List<PlannedActivity> here = byWeek.getOrDefault(week.code(), List.of());
            if (!here.isEmpty()) {
                UnorderedList list = new UnorderedList();
                here.stream().limit(SHOWN_PER_WEEK).forEach(item -> list.add(entry(item, week, canEdit, move, edit)));
                card.add(list);
                if (here.size() > SHOWN_PER_WEEK) {
                    Button all = new Button(getTranslation("planning.week.more", here.size() - SHOWN_PER_WEEK,
                            week.number()), e -> showWeek.accept(week.code()));
                    all.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                    card.add(all);
                }
            }
            add(card);
        }
    }

    private ListItem entry(PlannedActivity item, Week week, boolean canEdit, Consumer<PlannedActivity> move,
                           Consumer<PlannedActivity> edit) {
        ListItem li = new ListItem();
        li.addClassName("opdag-plan-item");
        boolean starts = item.fromWeek() == week.code();
        Span title = new Span(item.activityTitle());
        title.addClassName("opdag-plan-item-title");
        String subject = dk.opdag.curriculum.CurriculumNames.subject(item.subjectId(), item.subjectName(), getLocale());
        Span meta = new Span(starts ? getTranslation("planning.item.meta", subject,
                PlanTexts.weeks(this, item.fromWeek(), item.toWeek()))
                : getTranslation("planning.item.continues", subject));
        meta.addClassName("opdag-plan-item-meta");
        li.add(title, meta);
        if (!starts) {
            li.addClassName("opdag-plan-item-continued");
            return li;
        }
        List<AttachedFiles.FileRef> attached = files.getOrDefault(item.id(), List.of());
        if (!attached.isEmpty()) {
            // Read-only: the teachers' own files for this week's item or its activity, each opening the file's page.
            UnorderedList fileList = new UnorderedList();
            fileList.addClassName("opdag-plan-item-files");
            fileList.getElement().setAttribute("aria-label",
                    getTranslation("planfiles.label", item.activityTitle()));
            attached.forEach(f -> fileList.add(new ListItem(new Anchor("materialer/fil/" + f.id(), f.title()))));
            li.add(fileList);
        }
        if (item.teacherName() != null) {
            Span who = new Span(item.teacherName());
            who.addClassName("opdag-plan-item-meta");
            li.add(who);
        }
        if (canEdit) {
            // Plain buttons: a busy plan shows hundreds of them, and native ones are far lighter to draw.
            NativeButton moveButton = new NativeButton(getTranslation("planning.item.move"), e -> move.accept(item));
            moveButton.getElement().setAttribute("aria-label",
                    getTranslation("planning.item.move-label", item.activityTitle()));
            NativeButton editButton = new NativeButton(getTranslation("planning.item.edit"), e -> edit.accept(item));
            editButton.getElement().setAttribute("aria-label",
                    getTranslation("planning.item.edit-label", item.activityTitle()));
            Div actions = new Div(moveButton, editButton);
            actions.addClassName("opdag-plan-item-actions");
            li.add(actions);
        }
        return li;
    }
}
