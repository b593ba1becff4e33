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
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.opdag.account.CurrentUser;
import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.planning.TrainingPlanService;
import dk.opdag.training.TrainingException;
import dk.opdag.training.ambassador.AmbassadorService;
import dk.opdag.training.team.TeamRepository;
import dk.opdag.training.team.TeamService;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * The leader's side of training: make teams (KL's step 1), see participation per team (counts, never anyone's
 * scores), name digital ambassadors, and see the training items in this year's plan.
 */
@Route(TrainingUi.LEADER)
@Menu(title = "training.nav.leader", order = 91)
@RolesAllowed(Role.Names.LEADER)
@StyleSheet("styles/training.css")
public class LeaderTrainingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final TeamService teams;
    private final AmbassadorService ambassadors;
    private final TrainingPlanService plans;
    private final CurrentUser currentUser;
    private final Div messages = new Div();
    private SignedInUser leader;

    public LeaderTrainingView(TeamService teams, AmbassadorService ambassadors, TrainingPlanService plans,
                              CurrentUser currentUser) {
        this.teams = teams;
        this.ambassadors = ambassadors;
        this.plans = plans;
        this.currentUser = currentUser;
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
        leader = currentUser.require();
        add(new H1(getTranslation("training.leader.title")), new Paragraph(getTranslation("training.leader.intro")),
                new Anchor(TrainingUi.HOME, getTranslation("training.leader.own")), messages);
        add(new H2(getTranslation("training.leader.teams")), newTeamForm(), participation());
        add(new H2(getTranslation("training.leader.ambassadors")), ambassadorsPart());
        add(new H2(getTranslation("training.leader.plan")), planPart());
    }

    private Div newTeamForm() {
        TextField name = new TextField(getTranslation("training.leader.team-name"));
        name.setMaxLength(TeamService.MAX_NAME);
        name.setPlaceholder(getTranslation("training.leader.team-name-example"));
        Button create = new Button(getTranslation("training.leader.create-team"), e -> {
            try {
                long id = teams.create(leader, name.getValue());
                e.getSource().getUI().ifPresent(ui -> ui.navigate(TrainingUi.TEAM + id));
            } catch (TrainingException ex) {
                say(TrainingUi.message(this, ex), true);
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(name, create);
        form.addClassName("opdag-inline-form");
        return form;
    }

    private com.vaadin.flow.component.Component participation() {
        List<TeamRepository.Participation> rows = teams.participation(leader);
        if (rows.isEmpty()) {
            return new Paragraph(getTranslation("training.leader.no-teams"));
        }
        NativeTable table = new NativeTable();
        table.addClassName("opdag-table");
        table.getElement().setAttribute("aria-label", getTranslation("training.leader.participation"));
        NativeTableRow head = table.getHead().addRow();
        for (String key : List.of("training.leader.team", "training.leader.members", "training.leader.assessed",
                "training.leader.modules", "training.leader.profiles")) {
            NativeTableHeaderCell h = new NativeTableHeaderCell();
            h.setText(getTranslation(key));
            head.add(h);
        }
        for (TeamRepository.Participation p : rows) {
            NativeTableRow row = table.getBody().addRow();
            NativeTableHeaderCell name = new NativeTableHeaderCell();
            name.add(new Anchor(TrainingUi.TEAM + p.teamId(), p.name()));
            name.getElement().setAttribute("scope", "row");
            row.add(name, new NativeTableCell(Integer.toString(p.members())),
                    new NativeTableCell(getTranslation("training.leader.assessed-of", p.assessed(), p.members())),
                    new NativeTableCell(Integer.toString(p.modulesCompleted())),
                    new NativeTableCell(Integer.toString(p.profilesShown())));
        }
        return new Div(new Paragraph(getTranslation("training.leader.participation-intro")), table);
    }

    private Div ambassadorsPart() {
        Div box = new Div(new Paragraph(getTranslation("training.leader.ambassadors-intro")));
        var named = ambassadors.ambassadors(leader);
        UnorderedList list = new UnorderedList();
        for (AmbassadorService.Colleague a : named) {
            Button remove = new Button(getTranslation("training.leader.unname"), e -> {
                ambassadors.unname(leader, a.id());
                render();
                say(getTranslation("training.leader.unnamed", a.name()), false);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            remove.getElement().setAttribute("aria-label", getTranslation("training.leader.unname-label", a.name()));
            list.add(new ListItem(new Span(a.name()), remove));
        }
        box.add(named.isEmpty() ? new Paragraph(getTranslation("training.leader.no-ambassadors")) : list);
        ComboBox<TeamService.Member> pick = new ComboBox<>(getTranslation("training.leader.pick-ambassador"));
        pick.setItems(teams.teachersOfSchool(leader).stream()
                .filter(t -> named.stream().noneMatch(a -> a.id() == t.id())).toList());
        pick.setItemLabelGenerator(TeamService.Member::name);
        Button name = new Button(getTranslation("training.leader.name"), e -> {
            if (pick.getValue() == null) {
                say(getTranslation("training.team.error.pick-member"), true);
                return;
            }
            try {
                String who = pick.getValue().name();
                ambassadors.name(leader, pick.getValue().id());
                render();
                say(getTranslation("training.leader.named", who), false);
            } catch (TrainingException ex) {
                say(TrainingUi.message(this, ex), true);
            }
        });
        Div form = new Div(pick, name);
        form.addClassName("opdag-inline-form");
        box.add(form);
        return box;
    }

    private com.vaadin.flow.component.Component planPart() {
        var items = plans.ofSchool(leader, plans.currentStartYear());
        if (items.isEmpty()) {
            return new Paragraph(getTranslation("training.leader.no-plan"));
        }
        UnorderedList list = new UnorderedList();
        items.forEach(i -> list.add(new ListItem(getTranslation("training.leader.plan-item", i.fromWeek() % 100,
                i.toWeek() % 100, i.groupName(), i.title()))));
        return list;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.leader.title");
    }
}
