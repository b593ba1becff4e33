package dk.opdag.training.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.opdag.account.CurrentUser;
import dk.opdag.account.Role;
import dk.opdag.training.TrainingCatalog;
import dk.opdag.training.content.DialogueArea;
import dk.opdag.training.content.DialogueCard;
import dk.opdag.training.team.TeamService;
import jakarta.annotation.security.RolesAllowed;

/** All dialogue cards by area, with the way into a team's meeting (facilitator mode) and the printable sheet. */
@Route(TrainingUi.CARDS)
@RolesAllowed({Role.Names.TEACHER, Role.Names.LEADER})
@StyleSheet("styles/training.css")
public class DialogueCardsView extends VerticalLayout implements HasDynamicTitle {

    public DialogueCardsView(TrainingCatalog catalog, TeamService teams, CurrentUser currentUser) {
        addClassName("opdag-training");
        add(new Anchor(TrainingUi.HOME, getTranslation("training.back-home")),
                new H1(getTranslation("training.cards.title")),
                new Paragraph(getTranslation("training.cards.intro", catalog.content().cards().size())));
        Div links = new Div(new Anchor(TrainingUi.PRINT_CARDS, getTranslation("training.cards.print")));
        teams.teamsFor(currentUser.require()).forEach(t -> links.add(new Anchor(TrainingUi.TEAM + t.id() + "/moede",
                getTranslation("training.cards.meeting", t.name()))));
        links.addClassName("opdag-links");
        add(links);
        for (DialogueArea area : catalog.content().cardAreas()) {
            add(new H2(area.name()), new Paragraph(area.intro()));
            Div cards = new Div();
            cards.addClassName("opdag-dialogue-cards");
            for (DialogueCard card : area.cards()) {
                Div c = new Div(new H3(card.question()));
                c.addClassName("opdag-dialogue-card");
                UnorderedList follow = new UnorderedList();
                card.followUps().forEach(f -> follow.add(new ListItem(f)));
                c.add(follow);
                cards.add(c);
            }
            add(cards);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.cards.title");
    }
}
