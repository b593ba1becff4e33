package dk.opdag.training.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.opdag.account.CurrentUser;
import dk.opdag.account.Role;
import dk.opdag.training.TrainingException;
import dk.opdag.training.module.ModuleService;
import jakarta.annotation.security.RolesAllowed;

/** One track: its modules in order, with the teacher's status on each. */
@Route(TrainingUi.TRACK + ":track")
@RolesAllowed({Role.Names.TEACHER, Role.Names.LEADER})
@StyleSheet("styles/training.css")
public class TrackView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ModuleService modules;
    private final CurrentUser currentUser;
    private String title;

    public TrackView(ModuleService modules, CurrentUser currentUser) {
        this.modules = modules;
        this.currentUser = currentUser;
        addClassName("opdag-training");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String id = event.getRouteParameters().get("track").orElse("");
        var entry = modules.overview(currentUser.require()).stream().filter(t -> t.track().id().equals(id))
                .findFirst();
        add(new Anchor(TrainingUi.HOME, getTranslation("training.back-home")));
        if (entry.isEmpty()) {
            title = getTranslation("training.track.not-found");
            TrainingUi.refuse(this, this, new TrainingException("training.track.not-found"));
            return;
        }
        var t = entry.get();
        title = t.track().title();
        add(new H1(title), new Paragraph(t.track().summary()),
                new Paragraph(getTranslation("training.home.track-progress", t.completed(), t.modules().size(),
                        t.track().minutes())));
        OrderedList list = new OrderedList();
        list.addClassName("opdag-module-list");
        for (ModuleService.ModuleEntry m : t.modules()) {
            ListItem item = new ListItem(new Anchor(TrainingUi.MODULE + m.module().id(), m.module().title()),
                    new Span(" · " + getTranslation("training.minutes", m.module().minutes()) + " · "),
                    TrainingUi.badge(getTranslation("training.status." + m.status().name()),
                            m.status().name().toLowerCase()));
            list.add(item);
        }
        add(list);
    }

    @Override
    public String getPageTitle() {
        return title == null ? getTranslation("training.home.title") : title;
    }
}
