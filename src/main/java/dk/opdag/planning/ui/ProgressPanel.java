package dk.opdag.planning.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dk.opdag.planning.PlanProgressService.ItemProgress;
import dk.opdag.planning.PlanProgressService.PlanProgress;
import dk.opdag.planning.PlanProgressService.Status;
import java.util.List;
import java.util.stream.Collectors;

/** Planned vs done: done, slipped, running now, the next two teaching weeks, later — in that order. */
class ProgressPanel extends VerticalLayout {

    ProgressPanel(PlanProgress progress, boolean classPlan) {
        setPadding(false);
        addClassName("opdag-progress");
        if (!classPlan) {
            add(new Paragraph(getTranslation("planning.progress.template")));
        } else if (!progress.available()) {
            Paragraph note = new Paragraph(getTranslation("planning.progress.unavailable"));
            note.addClassName("opdag-empty");
            add(note);
        }
        String next = progress.nextWeeks().stream().map(w -> Integer.toString(w.number()))
                .collect(Collectors.joining(" " + getTranslation("planning.and") + " "));
        if (progress.available()) {
            section(progress.with(Status.DONE), "planning.progress.done");
            section(progress.with(Status.SLIPPED), "planning.progress.slipped");
        } else {
            section(progress.with(Status.PAST), "planning.progress.past");
        }
        section(progress.with(Status.NOW), "planning.progress.now");
        H3 nextHeading = new H3(next.isEmpty() ? getTranslation("planning.progress.next-none")
                : getTranslation("planning.progress.next", next));
        add(nextHeading);
        add(list(progress.with(Status.NEXT), "planning.progress.nothing-next"));
        section(progress.with(Status.LATER), "planning.progress.later");
        if (!progress.unplanned().isEmpty()) {
            add(new H3(getTranslation("planning.progress.unplanned")));
            UnorderedList ul = new UnorderedList();
            progress.unplanned().forEach(u -> ul.add(new ListItem(u.title())));
            add(ul);
        }
    }

    private void section(List<ItemProgress> items, String key) {
        add(new H3(getTranslation(key, items.size())));
        add(list(items, "planning.progress.none"));
    }

    private com.vaadin.flow.component.Component list(List<ItemProgress> items, String emptyKey) {
        if (items.isEmpty()) {
            return new Paragraph(getTranslation(emptyKey));
        }
        UnorderedList ul = new UnorderedList();
        for (ItemProgress p : items) {
            String text = getTranslation("planning.progress.item", p.item().activityTitle(),
                    PlanTexts.weeks(this, p.item().fromWeek(), p.item().toWeek()), p.item().subjectName());
            if (p.completion() != null && p.completion().pupilsTotal() > 0) {
                text += " " + getTranslation("planning.progress.pupils", p.completion().pupilsDone(),
                        p.completion().pupilsTotal());
            }
            ListItem li = new ListItem(text);
            li.addClassName("opdag-progress-" + p.status().name().toLowerCase(java.util.Locale.ROOT));
            ul.add(li);
        }
        return ul;
    }
}
