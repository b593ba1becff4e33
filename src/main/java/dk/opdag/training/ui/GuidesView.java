package dk.opdag.training.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.opdag.account.Role;
import dk.opdag.shell.Navigation;
import dk.opdag.training.TeacherGuides;
import jakarta.annotation.security.RolesAllowed;

/** "Vejledninger": the guides that go across activities (getting started, leading a lesson, school-wide plans). */
@Route(Navigation.GUIDES)
@Menu(title = "nav.guides", order = 100)
@RolesAllowed({Role.Names.TEACHER, Role.Names.LEADER, Role.Names.ADMIN})
public class GuidesView extends VerticalLayout implements HasDynamicTitle {

    public GuidesView(TeacherGuides guides) {
        add(new H1(getTranslation("guides.title")), new Paragraph(getTranslation("guides.intro")));
        Div list = new Div();
        list.addClassName("opdag-activity-cards");
        for (TeacherGuides.Guide guide : guides.all()) {
            Div card = new Div();
            card.addClassName("opdag-guide-card");
            card.add(new H2(new Anchor(Navigation.GUIDES + "/" + guide.slug(), guide.title())),
                    new Paragraph(guide.summary()));
            list.add(card);
        }
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("guides.title");
    }
}
