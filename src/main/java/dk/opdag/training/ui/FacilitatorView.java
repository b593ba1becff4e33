package dk.opdag.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.opdag.account.CurrentUser;
import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.training.TrainingCatalog;
import dk.opdag.training.TrainingException;
import dk.opdag.training.content.DialogueArea;
import dk.opdag.training.content.DialogueCard;
import dk.opdag.training.team.DialogueService;
import dk.opdag.training.team.TeamService;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Random;

/**
 * Facilitator mode for a staff meeting on a projector: one dialogue card in large text, next or random card, a
 * timer, and the team's notes saved with the date. Full screen, without the app's menu.
 */
@Route(value = TrainingUi.TEAM + ":id/moede", autoLayout = false)
@RolesAllowed({Role.Names.TEACHER, Role.Names.LEADER})
@StyleSheet("styles/training.css")
public class FacilitatorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final TeamService teams;
    private final DialogueService dialogue;
    private final TrainingCatalog catalog;
    private final CurrentUser currentUser;
    private final Random random = new Random();
    private final Div card = new Div();
    private final Div notes = new Div();
    private final Div messages = new Div();
    private SignedInUser user;
    private long teamId;
    private String teamName;
    private List<DialogueCard> deck = List.of();
    private int index;

    public FacilitatorView(TeamService teams, DialogueService dialogue, TrainingCatalog catalog,
                           CurrentUser currentUser) {
        this.teams = teams;
        this.dialogue = dialogue;
        this.catalog = catalog;
        this.currentUser = currentUser;
        addClassName("opdag-facilitator");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        user = currentUser.require();
        try {
            teamId = TrainingUi.parseId(event.getRouteParameters().get("id").orElse(""));
            teamName = teams.overview(user, teamId).team().name();
        } catch (TrainingException e) {
            teamName = null;
            add(new Anchor(TrainingUi.HOME, getTranslation("training.back-home")));
            TrainingUi.refuse(this, this, e);
            return;
        }
        deck = catalog.content().cards();
        Div bar = new Div();
        bar.addClassName("opdag-facilitator-bar");
        Select<String> area = new Select<>();
        area.setLabel(getTranslation("training.facilitator.area"));
        List<String> areas = new java.util.ArrayList<>(List.of(""));
        catalog.content().cardAreas().forEach(a -> areas.add(a.id()));
        area.setItems(areas);
        area.setItemLabelGenerator(id -> id.isEmpty() ? getTranslation("training.facilitator.all-areas")
                : catalog.content().cardArea(id).map(DialogueArea::name).orElse(id));
        area.setValue("");
        area.addValueChangeListener(e -> {
            deck = e.getValue() == null || e.getValue().isEmpty() ? catalog.content().cards()
                    : catalog.content().cardArea(e.getValue()).map(DialogueArea::cards).orElse(List.of());
            index = 0;
            showCard();
        });
        Button next = new Button(getTranslation("training.facilitator.next"), e -> {
            index = (index + 1) % deck.size();
            showCard();
        });
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Button randomCard = new Button(getTranslation("training.facilitator.random"), e -> {
            if (deck.size() > 1) {
                int pick;
                do {
                    pick = random.nextInt(deck.size());
                } while (pick == index);
                index = pick;
            }
            showCard();
        });
        randomCard.addThemeVariants(ButtonVariant.LUMO_LARGE);
        IntegerField minutes = new IntegerField(getTranslation("training.facilitator.minutes"));
        minutes.setMin(1);
        minutes.setMax(120);
        minutes.setValue(10);
        minutes.setStepButtonsVisible(true);
        MeetingTimer timer = new MeetingTimer(10, getTranslation("training.timer.start"),
                getTranslation("training.timer.pause"), getTranslation("training.timer.reset"),
                getTranslation("training.timer.done"));
        minutes.addValueChangeListener(e -> {
            if (e.getValue() != null && e.getValue() > 0 && e.getValue() <= 120) {
                timer.setMinutes(e.getValue());
            }
        });
        bar.add(new Anchor(TrainingUi.TEAM + teamId, getTranslation("training.facilitator.leave")), area, next,
                randomCard, minutes, timer);
        card.addClassName("opdag-facilitator-card");
        card.getElement().setAttribute("aria-live", "polite");
        add(new H1(getTranslation("training.facilitator.title", teamName)), bar, card, noteForm(), messages, notes);
        showCard();
        showNotes();
    }

    private void showCard() {
        card.removeAll();
        if (deck.isEmpty()) {
            return;
        }
        DialogueCard c = deck.get(index);
        Paragraph area = new Paragraph(getTranslation("training.facilitator.card-of",
                catalog.content().cardArea(c.areaId()).map(DialogueArea::name).orElse(""), index + 1, deck.size()));
        area.addClassName("opdag-facilitator-area");
        H2 question = new H2(c.question());
        question.addClassName("opdag-facilitator-question");
        UnorderedList follow = new UnorderedList();
        c.followUps().forEach(f -> follow.add(new ListItem(f)));
        card.add(area, question, follow);
    }

    private Div noteForm() {
        TextArea note = new TextArea(getTranslation("training.facilitator.note"));
        note.setWidthFull();
        note.setMaxLength(DialogueService.MAX_NOTE);
        Button save = new Button(getTranslation("training.facilitator.save"), e -> {
            messages.removeAll();
            try {
                dialogue.save(user, teamId, deck.get(index).id(), note.getValue());
                note.clear();
                messages.add(TrainingUi.status(getTranslation("training.facilitator.saved")));
                showNotes();
            } catch (TrainingException ex) {
                messages.add(TrainingUi.error(TrainingUi.message(this, ex)));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(note, save);
        form.addClassName("opdag-facilitator-notes");
        return form;
    }

    private void showNotes() {
        notes.removeAll();
        var saved = dialogue.notes(user, teamId);
        if (saved.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        saved.forEach(n -> list.add(new ListItem(getTranslation("training.team.note", TrainingUi.day(n.writtenAt()),
                n.card() == null ? "" : n.card().question(), n.note()))));
        notes.add(new H2(getTranslation("training.facilitator.team-notes")), list);
    }

    @Override
    public String getPageTitle() {
        return teamName == null ? getTranslation("training.home.title")
                : getTranslation("training.facilitator.title", teamName);
    }
}
