package dk.opdag.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.opdag.account.CurrentUser;
import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.training.TrainingException;
import dk.opdag.training.ambassador.AmbassadorService;
import jakarta.annotation.security.RolesAllowed;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A session an ambassador runs on a module: who is invited, the shared notes, and (for the ambassador) the
 * attendance that completes the module for everyone who came.
 */
@Route(TrainingUi.SESSION + ":id")
@RolesAllowed(Role.Names.TEACHER)
@StyleSheet("styles/training.css")
public class SessionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AmbassadorService ambassadors;
    private final CurrentUser currentUser;
    private final Div messages = new Div();
    private SignedInUser user;
    private long sessionId;
    private String title;

    public SessionView(AmbassadorService ambassadors, CurrentUser currentUser) {
        this.ambassadors = ambassadors;
        this.currentUser = currentUser;
        addClassName("opdag-training");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        user = currentUser.require();
        try {
            sessionId = TrainingUi.parseId(event.getRouteParameters().get("id").orElse(""));
            render();
        } catch (TrainingException e) {
            removeAll();
            title = null;
            add(new Anchor(TrainingUi.HOME, getTranslation("training.back-home")));
            TrainingUi.refuse(this, this, e);
        }
    }

    private void say(String text, boolean problem) {
        messages.removeAll();
        messages.add(problem ? TrainingUi.error(text) : TrainingUi.status(text));
    }

    private void render() {
        removeAll();
        AmbassadorService.SessionView s = ambassadors.session(user, sessionId);
        String moduleTitle = s.module() == null ? s.session().moduleId() : s.module().title();
        title = getTranslation("training.session.title", moduleTitle);
        add(new Anchor(s.mine() ? TrainingUi.AMBASSADOR : TrainingUi.HOME, getTranslation("training.back-home")),
                new H1(title),
                new Paragraph(getTranslation("training.session.when", TrainingUi.when(s.session().meetsAt()),
                        s.session().place(), s.ambassadorName())));
        if (s.module() != null) {
            add(new Anchor(TrainingUi.MODULE + s.module().id(), getTranslation("training.session.open-module")));
        }
        add(new Paragraph(getTranslation("training.session.plan")), messages);
        if (s.session().completed()) {
            add(TrainingUi.badge(getTranslation("training.session.completed", TrainingUi.day(s.session()
                    .completedAt())), "done"));
        }
        add(new H2(getTranslation("training.session.participants")));
        UnorderedList people = new UnorderedList();
        s.participants().forEach(p -> people.add(new ListItem(s.session().completed()
                ? getTranslation(p.attended() ? "training.session.came" : "training.session.absent", p.name())
                : p.name())));
        add(s.participants().isEmpty() ? new Paragraph(getTranslation("training.session.nobody")) : people);
        if (s.mine() && !s.session().completed() && !s.participants().isEmpty()) {
            CheckboxGroup<AmbassadorService.Participant> came = new CheckboxGroup<>(
                    getTranslation("training.session.attendance"));
            came.setItems(s.participants());
            came.setItemLabelGenerator(AmbassadorService.Participant::name);
            Button register = new Button(getTranslation("training.session.register"), e -> {
                try {
                    Set<Long> ids = came.getValue().stream().map(AmbassadorService.Participant::teacherId)
                            .collect(Collectors.toSet());
                    int n = ambassadors.registerAttendance(user, sessionId, ids);
                    render();
                    say(getTranslation("training.session.registered", n), false);
                } catch (TrainingException ex) {
                    say(TrainingUi.message(this, ex), true);
                }
            });
            register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(came, register);
        }
        add(new H2(getTranslation("training.session.notes")));
        if (s.notes().isEmpty()) {
            add(new Paragraph(getTranslation("training.session.no-notes")));
        } else {
            UnorderedList notes = new UnorderedList();
            s.notes().forEach(n -> notes.add(new ListItem(getTranslation("training.session.note", n.author(),
                    TrainingUi.when(n.writtenAt()), n.note()))));
            add(notes);
        }
        TextArea note = new TextArea(getTranslation("training.session.new-note"));
        note.setWidthFull();
        note.setMaxLength(AmbassadorService.MAX_NOTE);
        Button save = new Button(getTranslation("training.session.add-note"), e -> {
            try {
                ambassadors.addNote(user, sessionId, note.getValue());
                render();
                say(getTranslation("training.session.note-saved"), false);
            } catch (TrainingException ex) {
                say(TrainingUi.message(this, ex), true);
            }
        });
        add(note, save);
    }

    @Override
    public String getPageTitle() {
        return title == null ? getTranslation("training.home.title") : title;
    }
}
