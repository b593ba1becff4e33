package dk.opdag.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.opdag.account.Role;
import dk.opdag.training.TrainingCatalog;
import dk.opdag.training.content.DialogueArea;
import dk.opdag.training.content.DialogueCard;
import jakarta.annotation.security.RolesAllowed;

/** The dialogue cards as a sheet to print and cut out: cards in a grid with cut lines, the area on each card. */
@Route(value = TrainingUi.PRINT_CARDS, autoLayout = false)
@RolesAllowed({Role.Names.TEACHER, Role.Names.LEADER})
@StyleSheet("styles/training.css")
public class PrintCardsView extends Main implements HasDynamicTitle {

    public PrintCardsView(TrainingCatalog catalog) {
        addClassName("opdag-print-cards");
        Div noPrint = new Div(new Anchor(TrainingUi.CARDS, getTranslation("training.cards.back")),
                new Button(getTranslation("training.print"), e -> e.getSource().getUI()
                        .ifPresent(ui -> ui.getPage().executeJs("window.print()"))),
                new Paragraph(getTranslation("training.cards.print-intro")));
        noPrint.addClassName("opdag-no-print");
        add(noPrint, new H1(getTranslation("training.cards.title")));
        Div sheet = new Div();
        sheet.addClassName("opdag-card-sheet");
        for (DialogueArea area : catalog.content().cardAreas()) {
            for (DialogueCard card : area.cards()) {
                Div c = new Div();
                c.addClassName("opdag-print-card");
                Paragraph areaName = new Paragraph(area.name());
                areaName.addClassName("opdag-print-card-area");
                Paragraph question = new Paragraph(card.question());
                question.addClassName("opdag-print-card-question");
                UnorderedList follow = new UnorderedList();
                card.followUps().forEach(f -> follow.add(new ListItem(f)));
                c.add(areaName, question, follow);
                sheet.add(c);
            }
        }
        add(sheet);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.cards.title");
    }
}
