package dk.opdag.planning.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import dk.opdag.planning.TrainingItem;
import java.util.List;

/**
 * Staff training in this year's plan, for the leader's overview: each training item with its weeks, the team and
 * the module. The texts are the training bundle's ({@code training.plan.*}).
 */
public class TrainingItemsPanel extends Div {

    public TrainingItemsPanel(List<TrainingItem> items, String trainingLink) {
        addClassName("opdag-leader-training");
        add(new H2(getTranslation("training.plan.title")));
        if (items.isEmpty()) {
            add(new Paragraph(getTranslation("training.plan.none")));
        } else {
            UnorderedList list = new UnorderedList();
            items.forEach(i -> list.add(new ListItem(getTranslation("training.plan.item", i.fromWeek() % 100,
                    i.toWeek() % 100, i.groupName(), i.title()))));
            add(list);
        }
        add(new Anchor(trainingLink, getTranslation("training.plan.link")));
    }
}
