package dk.opdag.training.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.markdown.Markdown;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.opdag.account.Role;
import dk.opdag.shell.Navigation;
import dk.opdag.training.TeacherGuides;
import jakarta.annotation.security.RolesAllowed;

/** One guide, rendered from Markdown by Vaadin's Markdown component (which sanitises it). */
@Route(Navigation.GUIDES + "/:slug")
@RolesAllowed({Role.Names.TEACHER, Role.Names.LEADER, Role.Names.ADMIN})
public class GuideView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final TeacherGuides guides;
    private String title;

    public GuideView(TeacherGuides guides) {
        this.guides = guides;
        addClassName("opdag-guide");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Anchor back = new Anchor(Navigation.GUIDES, getTranslation("guides.back"));
        var guide = guides.find(event.getRouteParameters().get("slug").orElse(""));
        if (guide.isEmpty()) {
            title = getTranslation("guides.not-found");
            add(back, new H1(title));
            return;
        }
        title = guide.get().title();
        add(back, new Markdown(guide.get().markdown()));
    }

    @Override
    public String getPageTitle() {
        return title == null ? getTranslation("guides.title") : title;
    }
}
