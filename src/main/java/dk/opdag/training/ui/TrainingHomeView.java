package dk.opdag.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
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
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.opdag.account.CurrentUser;
import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.training.TrainingCatalog;
import dk.opdag.training.TrainingException;
import dk.opdag.training.ambassador.AmbassadorService;
import dk.opdag.training.content.Module;
import dk.opdag.training.module.ModuleService;
import dk.opdag.training.profile.ProfileReport;
import dk.opdag.training.profile.ProfileService;
import dk.opdag.training.profile.SelfAssessmentService;
import dk.opdag.training.team.TeamService;
import jakarta.annotation.security.RolesAllowed;

/**
 * "Efteruddannelse": the teacher's way in – the self-assessment and profile, modules recommended for the largest
 * gaps, all tracks with progress, the teacher's teams, sessions and the school's digital ambassadors.
 */
@Route(TrainingUi.HOME)
@Menu(title = "training.nav.training", order = 90)
@RolesAllowed({Role.Names.TEACHER, Role.Names.LEADER})
@StyleSheet("styles/training.css")
public class TrainingHomeView extends VerticalLayout implements HasDynamicTitle {

    private final AmbassadorService ambassadors;
    private final SignedInUser user;
    private final Div helpArea = new Div();

    public TrainingHomeView(CurrentUser currentUser, ModuleService modules, ProfileService profiles,
                            SelfAssessmentService assessments, TeamService teams, AmbassadorService ambassadors,
                            TrainingCatalog catalog) {
        this.ambassadors = ambassadors;
        this.user = currentUser.require();
        addClassName("opdag-training");
        add(new H1(getTranslation("training.home.title")), new Paragraph(getTranslation("training.home.intro")));
        if (user.is(Role.LEADER)) {
            add(new Anchor(TrainingUi.LEADER, getTranslation("training.home.leader-link")));
        }

        add(new H2(getTranslation("training.home.profile")));
        ProfileReport report = profiles.report(user);
        var paused = assessments.paused(user);
        if (paused.isPresent()) {
            add(new Paragraph(getTranslation("training.home.paused", paused.get().answered(), paused.get().total())),
                    new Anchor(TrainingUi.ASSESSMENT, getTranslation("training.home.resume")));
        } else if (!report.assessed()) {
            add(new Paragraph(getTranslation("training.home.not-assessed")),
                    new Anchor(TrainingUi.ASSESSMENT, getTranslation("training.home.start-assessment")));
        }
        if (report.assessed()) {
            add(new Paragraph(getTranslation("training.home.assessed", TrainingUi.day(report.assessedAt()))),
                    new Anchor(TrainingUi.PROFILE, getTranslation("training.home.see-profile")));
            if (!report.recommendations().isEmpty()) {
                add(new H2(getTranslation("training.home.recommended")));
                UnorderedList list = new UnorderedList();
                list.addClassName("opdag-recommendations");
                report.recommendations().forEach(r -> list.add(new ListItem(
                        new Anchor(TrainingUi.MODULE + r.module().id(), r.module().title()),
                        new Span(" · " + r.track().title()))));
                add(list);
            }
        }

        add(new H2(getTranslation("training.home.tracks")));
        Div tracks = new Div();
        tracks.addClassName("opdag-track-cards");
        for (ModuleService.TrackEntry t : modules.overview(user)) {
            Div card = new Div();
            card.addClassName("opdag-track-card");
            card.add(new com.vaadin.flow.component.html.H3(new Anchor(TrainingUi.TRACK + t.track().id(),
                    t.track().title())), new Paragraph(t.track().summary()),
                    new Paragraph(getTranslation("training.home.track-progress", t.completed(), t.modules().size(),
                            t.track().minutes())));
            if (t.isCompleted()) {
                card.add(TrainingUi.badge(getTranslation("training.status.COMPLETED"), "done"));
            }
            tracks.add(card);
        }
        add(tracks);

        var myTeams = teams.teamsFor(user);
        if (!myTeams.isEmpty()) {
            add(new H2(getTranslation("training.home.teams")));
            UnorderedList list = new UnorderedList();
            myTeams.forEach(t -> list.add(new ListItem(new Anchor(TrainingUi.TEAM + t.id(), t.name()))));
            add(list);
        }

        var sessions = ambassadors.sessions(user);
        if (!sessions.isEmpty()) {
            add(new H2(getTranslation("training.home.sessions")));
            UnorderedList list = new UnorderedList();
            sessions.forEach(s -> list.add(new ListItem(new Anchor(TrainingUi.SESSION + s.id(),
                    getTranslation("training.session.link", catalog.module(s.moduleId()).map(Module::title)
                            .orElse(s.moduleId()), TrainingUi.when(s.meetsAt()))))));
            add(list);
        }

        add(new H2(getTranslation("training.home.ambassadors")));
        var names = ambassadors.ambassadors(user);
        add(new Paragraph(names.isEmpty() ? getTranslation("training.home.no-ambassadors")
                : getTranslation("training.home.ambassador-names",
                        String.join(", ", names.stream().map(AmbassadorService.Colleague::name).toList()))));
        if (ambassadors.isAmbassador(user)) {
            add(new Anchor(TrainingUi.AMBASSADOR, getTranslation("training.home.ambassador-link")));
        }
        if (!names.isEmpty()) {
            add(helpForm(catalog));
        }
        helpArea.addClassName("opdag-help-area");
        add(helpArea);
        showMyRequests();

        Div links = new Div(new Anchor(TrainingUi.LOGBOOK, getTranslation("training.home.logbook")),
                new Anchor(TrainingUi.RECORD, getTranslation("training.home.record")),
                new Anchor(TrainingUi.CARDS, getTranslation("training.home.cards")));
        links.addClassName("opdag-links");
        add(new H2(getTranslation("training.home.more")), links);
    }

    private Div helpForm(TrainingCatalog catalog) {
        ComboBox<Module> module = new ComboBox<>(getTranslation("training.help.module"));
        module.setItems(catalog.content().modules());
        module.setItemLabelGenerator(Module::title);
        module.setClearButtonVisible(true);
        TextArea message = new TextArea(getTranslation("training.help.message"));
        message.setMaxLength(AmbassadorService.MAX_MESSAGE);
        message.setWidthFull();
        Button ask = new Button(getTranslation("training.help.ask"));
        ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(new Paragraph(getTranslation("training.help.intro")), module, message, ask);
        form.addClassName("opdag-help-form");
        ask.addClickListener(e -> {
            try {
                ambassadors.askForHelp(user, module.getValue() == null ? null : module.getValue().id(),
                        message.getValue());
                message.clear();
                module.clear();
                showMyRequests();
                helpArea.addComponentAsFirst(TrainingUi.status(getTranslation("training.help.sent")));
            } catch (TrainingException ex) {
                helpArea.removeAll();
                helpArea.add(TrainingUi.error(TrainingUi.message(this, ex)));
            }
        });
        return form;
    }

    private void showMyRequests() {
        helpArea.removeAll();
        var mine = ambassadors.myHelpRequests(user);
        if (mine.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        mine.forEach(h -> list.add(new ListItem(getTranslation(h.request().closed() ? "training.help.mine-closed"
                : h.takenBy() == null ? "training.help.mine-open" : "training.help.mine-taken",
                h.request().message(), TrainingUi.day(h.request().createdAt()), h.takenBy() == null ? "" : h.takenBy()))));
        helpArea.add(new Paragraph(getTranslation("training.help.mine")), list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.home.title");
    }
}
