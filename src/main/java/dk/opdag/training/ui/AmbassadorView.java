package dk.opdag.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.opdag.account.CurrentUser;
import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.shell.TimeConfig;
import dk.opdag.training.TrainingCatalog;
import dk.opdag.training.TrainingException;
import dk.opdag.training.ambassador.AmbassadorService;
import dk.opdag.training.content.Module;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDateTime;

/** The ambassador's page: plan a session on a module for colleagues, and see and take colleagues' help requests. */
@Route(TrainingUi.AMBASSADOR)
@RolesAllowed(Role.Names.TEACHER)
@StyleSheet("styles/training.css")
public class AmbassadorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AmbassadorService ambassadors;
    private final TrainingCatalog catalog;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Div messages = new Div();
    private SignedInUser user;

    public AmbassadorView(AmbassadorService ambassadors, TrainingCatalog catalog, CurrentUser currentUser,
                          Clock clock) {
        this.ambassadors = ambassadors;
        this.catalog = catalog;
        this.currentUser = currentUser;
        this.clock = clock;
        addClassName("opdag-training");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        render();
    }

    private void say(String text, boolean problem) {
        messages.removeAll();
        messages.add(problem ? TrainingUi.error(text) : TrainingUi.status(text));
    }

    private void render() {
        removeAll();
        user = currentUser.require();
        add(new Anchor(TrainingUi.HOME, getTranslation("training.back-home")),
                new H1(getTranslation("training.ambassador.title")));
        if (!ambassadors.isAmbassador(user)) {
            add(TrainingUi.error(getTranslation("training.ambassador.error.only")));
            return;
        }
        add(new Paragraph(getTranslation("training.ambassador.intro")), messages);
        add(new H2(getTranslation("training.ambassador.new-session")), sessionForm());
        add(new H2(getTranslation("training.ambassador.sessions")));
        var sessions = ambassadors.sessions(user);
        if (sessions.isEmpty()) {
            add(new Paragraph(getTranslation("training.ambassador.no-sessions")));
        } else {
            UnorderedList list = new UnorderedList();
            sessions.forEach(s -> list.add(new ListItem(new Anchor(TrainingUi.SESSION + s.id(),
                    getTranslation("training.session.link", catalog.module(s.moduleId()).map(Module::title)
                            .orElse(s.moduleId()), TrainingUi.when(s.meetsAt()))))));
            add(list);
        }
        add(new H2(getTranslation("training.ambassador.requests")));
        var requests = ambassadors.openHelpRequests(user);
        if (requests.isEmpty()) {
            add(new Paragraph(getTranslation("training.ambassador.no-requests")));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("opdag-help-requests");
        for (AmbassadorService.HelpView h : requests) {
            ListItem item = new ListItem(new Paragraph(getTranslation("training.ambassador.request", h.askedBy(),
                    TrainingUi.day(h.request().createdAt()), h.module() == null ? "–" : h.module().title())),
                    new Paragraph(h.request().message()));
            if (h.takenBy() != null) {
                item.add(new Span(getTranslation("training.ambassador.taken-by", h.takenBy()) + " "));
            } else {
                Button take = new Button(getTranslation("training.ambassador.take"), e -> {
                    ambassadors.take(user, h.request().id());
                    render();
                    say(getTranslation("training.ambassador.taken", h.askedBy()), false);
                });
                take.getElement().setAttribute("aria-label", getTranslation("training.ambassador.take-label",
                        h.askedBy()));
                item.add(take);
            }
            Button close = new Button(getTranslation("training.ambassador.close"), e -> {
                ambassadors.close(user, h.request().id());
                render();
                say(getTranslation("training.ambassador.closed"), false);
            });
            close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            close.getElement().setAttribute("aria-label", getTranslation("training.ambassador.close-label",
                    h.askedBy()));
            item.add(close);
            list.add(item);
        }
        add(list);
    }

    private Div sessionForm() {
        ComboBox<Module> module = new ComboBox<>(getTranslation("training.ambassador.module"));
        module.setItems(catalog.content().modules());
        module.setItemLabelGenerator(Module::title);
        module.setWidth("24rem");
        DateTimePicker when = new DateTimePicker(getTranslation("training.ambassador.when"));
        when.setLocale(java.util.Locale.of("da", "DK"));
        when.setValue(LocalDateTime.now(clock).plusDays(7).withHour(14).withMinute(30).withSecond(0).withNano(0));
        TextField place = new TextField(getTranslation("training.ambassador.place"));
        place.setMaxLength(AmbassadorService.MAX_PLACE);
        MultiSelectComboBox<AmbassadorService.Colleague> invite = new MultiSelectComboBox<>(
                getTranslation("training.ambassador.invite"));
        invite.setItems(ambassadors.colleagues(user));
        invite.setItemLabelGenerator(AmbassadorService.Colleague::name);
        invite.setWidth("24rem");
        Button create = new Button(getTranslation("training.ambassador.create"), e -> {
            if (module.getValue() == null) {
                say(getTranslation("training.ambassador.error.module"), true);
                return;
            }
            try {
                long id = ambassadors.createSession(user, module.getValue().id(),
                        when.getValue() == null ? null : when.getValue().atZone(TimeConfig.DANISH_TIME)
                                .toOffsetDateTime(), place.getValue(),
                        invite.getValue().stream().map(AmbassadorService.Colleague::id).toList());
                e.getSource().getUI().ifPresent(ui -> ui.navigate(TrainingUi.SESSION + id));
            } catch (TrainingException ex) {
                say(TrainingUi.message(this, ex), true);
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(module, when, place, invite, create);
        form.addClassName("opdag-inline-form");
        return form;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.ambassador.title");
    }
}
