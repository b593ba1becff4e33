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
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.opdag.account.CurrentUser;
import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.planning.PlanningException;
import dk.opdag.planning.TrainingItem;
import dk.opdag.planning.TrainingPlanService;
import dk.opdag.planning.Week;
import dk.opdag.shell.chart.AccessibleChart;
import dk.opdag.shell.chart.ChartData;
import dk.opdag.training.TrainingCatalog;
import dk.opdag.training.TrainingException;
import dk.opdag.training.content.CompetenceModel;
import dk.opdag.training.content.Dimension;
import dk.opdag.training.content.DimensionInfo;
import dk.opdag.training.content.Module;
import dk.opdag.training.team.DialogueService;
import dk.opdag.training.team.TeamPlanService;
import dk.opdag.training.team.TeamRepository;
import dk.opdag.training.team.TeamService;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A team's page, KL's five steps: members, targets, who has assessed themselves (a count), the team profile
 * (aggregates only, nothing below 3 answers), and modules in the year plan; plus the team's dialogue notes.
 */
@Route(TrainingUi.TEAM + ":id")
@RolesAllowed({Role.Names.TEACHER, Role.Names.LEADER})
@StyleSheet("styles/training.css")
public class TeamView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final TeamService teams;
    private final TeamPlanService teamPlans;
    private final TrainingPlanService plans;
    private final DialogueService dialogue;
    private final TrainingCatalog catalog;
    private final CurrentUser currentUser;
    private SignedInUser user;
    private long teamId;
    private String title;
    private final Div messages = new Div();

    public TeamView(TeamService teams, TeamPlanService teamPlans, TrainingPlanService plans, DialogueService dialogue,
                    TrainingCatalog catalog, CurrentUser currentUser) {
        this.teams = teams;
        this.teamPlans = teamPlans;
        this.plans = plans;
        this.dialogue = dialogue;
        this.catalog = catalog;
        this.currentUser = currentUser;
        addClassName("opdag-training");
        messages.addClassName("opdag-messages");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        user = currentUser.require();
        try {
            teamId = TrainingUi.parseId(event.getRouteParameters().get("id").orElse(""));
            render();
        } catch (TrainingException e) {
            removeAll();
            title = null;
            add(new Anchor(TrainingUi.HOME, getTranslation("training.back-home")));
            TrainingUi.refuse(this, this, e);
        }
    }

    private void render() {
        removeAll();
        TeamService.TeamOverview team = teams.overview(user, teamId);
        title = team.team().name();
        add(new Anchor(user.is(Role.LEADER) ? TrainingUi.LEADER : TrainingUi.HOME,
                getTranslation("training.back-home")), new H1(getTranslation("training.team.title", title)));
        add(new Paragraph(getTranslation("training.team.intro")), messages);
        add(members(team), targets(team), assessed(team), profile(team), yearPlan(), dialogueNotes());
    }

    private void say(String text, boolean problem) {
        messages.removeAll();
        messages.add(problem ? TrainingUi.error(text) : TrainingUi.status(text));
    }

    private Section step(int no, String key) {
        Section s = new Section(new H2(getTranslation("training.team.step", no, getTranslation(key))));
        s.addClassName("opdag-team-step");
        return s;
    }

    private Section members(TeamService.TeamOverview team) {
        Section s = step(1, "training.team.step1");
        UnorderedList list = new UnorderedList();
        for (TeamService.Member m : team.members()) {
            ListItem item = new ListItem(new Span(m.name()));
            if (team.leader()) {
                Button remove = new Button(getTranslation("training.team.remove"), e -> {
                    try {
                        teams.removeMember(user, teamId, m.id());
                        render();
                        say(getTranslation("training.team.removed", m.name()), false);
                    } catch (TrainingException ex) {
                        say(TrainingUi.message(this, ex), true);
                    }
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                remove.getElement().setAttribute("aria-label", getTranslation("training.team.remove-label", m.name()));
                item.add(remove);
            }
            list.add(item);
        }
        s.add(team.members().isEmpty() ? new Paragraph(getTranslation("training.team.no-members")) : list);
        if (team.leader()) {
            ComboBox<TeamService.Member> add = new ComboBox<>(getTranslation("training.team.add-member"));
            add.setItems(teams.teachersOfSchool(user).stream()
                    .filter(t -> team.members().stream().noneMatch(m -> m.id() == t.id())).toList());
            add.setItemLabelGenerator(TeamService.Member::name);
            Button addButton = new Button(getTranslation("training.team.add"), e -> {
                if (add.getValue() == null) {
                    say(getTranslation("training.team.error.pick-member"), true);
                    return;
                }
                try {
                    String name = add.getValue().name();
                    teams.addMember(user, teamId, add.getValue().id());
                    render();
                    say(getTranslation("training.team.added", name), false);
                } catch (TrainingException ex) {
                    say(TrainingUi.message(this, ex), true);
                }
            });
            Div form = new Div(add, addButton);
            form.addClassName("opdag-inline-form");
            s.add(form);
        }
        return s;
    }

    private Section targets(TeamService.TeamOverview team) {
        Section s = step(2, "training.team.step2");
        s.add(new Paragraph(getTranslation("training.team.targets-intro")));
        CompetenceModel model = catalog.content().competences();
        Map<Dimension, Select<Integer>> selects = new EnumMap<>(Dimension.class);
        Div row = new Div();
        row.addClassName("opdag-targets");
        for (DimensionInfo d : model.dimensions()) {
            Select<Integer> target = new Select<>();
            target.setLabel(d.dimension().label(d.name(), getLocale()));
            target.setItems(0, 1, 2, 3, 4, 5);
            target.setItemLabelGenerator(v -> v == 0 ? getTranslation("training.team.target-zero")
                    : model.scale().get(v));
            target.setValue(team.targets().getOrDefault(d.dimension(), 3));
            selects.put(d.dimension(), target);
            row.add(target);
        }
        Button save = new Button(getTranslation("training.team.save-targets"), e -> {
            Map<Dimension, Integer> values = new EnumMap<>(Dimension.class);
            selects.forEach((d, sel) -> values.put(d, sel.getValue()));
            try {
                teams.setTargets(user, teamId, values);
                say(getTranslation("training.team.targets-saved"), false);
            } catch (TrainingException ex) {
                say(TrainingUi.message(this, ex), true);
            }
        });
        s.add(row, save);
        return s;
    }

    private Section assessed(TeamService.TeamOverview team) {
        Section s = step(3, "training.team.step3");
        s.add(new Paragraph(getTranslation("training.team.assessed", team.assessed(), team.members().size())));
        if (!team.leader()) {
            s.add(new Anchor(TrainingUi.ASSESSMENT, getTranslation("training.team.assess-yourself")));
        }
        return s;
    }

    private Section profile(TeamService.TeamOverview team) {
        Section s = step(4, "training.team.step4");
        s.add(new Paragraph(getTranslation("training.team.profile-intro")));
        Button publish = new Button(getTranslation("training.team.publish"), e -> {
            try {
                var result = teams.publish(user, teamId);
                render();
                say(getTranslation("training.team.publish." + result.decision().name(), result.answers()),
                        result.decision() != dk.opdag.training.team.AnonymityRule.Decision.SHOW);
            } catch (TrainingException ex) {
                say(TrainingUi.message(this, ex), true);
            }
        });
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        s.add(publish);
        if (team.leader()) {
            s.add(new Paragraph(getTranslation("training.team.audited")));
        }
        if (team.profiles().isEmpty()) {
            s.add(new Paragraph(getTranslation("training.team.no-profiles")));
            return s;
        }
        TeamRepository.ProfileSummary newest = team.profiles().getFirst();
        if (!newest.shown()) {
            Paragraph few = new Paragraph(getTranslation("training.team.too-few"));
            few.addClassName("opdag-too-few");
            s.add(few);
        }
        teams.latestShown(user, teamId).ifPresent(p -> s.add(teamRadar(p), gaps(p)));
        UnorderedList history = new UnorderedList();
        team.profiles().forEach(p -> history.add(new ListItem(getTranslation(p.shown() ? "training.team.profile-shown"
                : "training.team.profile-hidden", TrainingUi.day(p.publishedAt()), p.answers()))));
        s.add(new Paragraph(getTranslation("training.team.profiles")), history);
        return s;
    }

    private AccessibleChart teamRadar(TeamRepository.Profile p) {
        CompetenceModel model = catalog.content().competences();
        List<String> labels = new ArrayList<>();
        List<Number> targets = new ArrayList<>();
        List<Number> means = new ArrayList<>();
        for (TeamRepository.DimensionValue d : p.dimensions()) {
            labels.add(model.nameOf(d.dimension()));
            targets.add(d.target());
            means.add(d.mean());
        }
        ChartData data = ChartData.radar(labels, List.of(
                new ChartData.Series(getTranslation("training.profile.target"), targets, ChartData.ORANGE, true),
                new ChartData.Series(getTranslation("training.team.mean"), means, ChartData.TEAL, false)),
                getTranslation("training.profile.level"), CompetenceModel.MAX_LEVEL);
        AccessibleChart chart = new AccessibleChart(data, getTranslation("training.team.sentence",
                TrainingUi.day(p.summary().publishedAt()), p.summary().answers()),
                getTranslation("training.chart.table"), getTranslation("training.profile.dimension"), getLocale());
        chart.addClassName("opdag-radar");
        return chart;
    }

    /** The items furthest below the team's target for their dimension, in words. */
    private Div gaps(TeamRepository.Profile p) {
        Map<Dimension, Integer> targets = new EnumMap<>(Dimension.class);
        p.dimensions().forEach(d -> {
            if (d.target() != null) {
                targets.put(d.dimension(), d.target());
            }
        });
        CompetenceModel model = catalog.content().competences();
        List<TeamRepository.ItemMean> largest = p.items().stream().filter(i -> targets.containsKey(i.dimension()))
                .filter(i -> targets.get(i.dimension()) > 0)
                .sorted(Comparator.comparingDouble((TeamRepository.ItemMean i) ->
                        targets.get(i.dimension()) - i.mean().doubleValue()).reversed())
                .limit(3).toList();
        Div box = new Div(new Paragraph(getTranslation(largest.isEmpty() ? "training.team.no-targets"
                : "training.team.largest-gaps")));
        UnorderedList list = new UnorderedList();
        largest.forEach(i -> list.add(new ListItem(getTranslation("training.team.gap-item",
                model.item(i.itemId()).map(x -> x.text()).orElse(i.itemId()),
                TrainingUi.decimal(this, i.mean().doubleValue()), targets.get(i.dimension())))));
        box.add(list);
        return box;
    }

    private Section yearPlan() {
        Section s = step(5, "training.team.step5");
        s.add(new Paragraph(getTranslation("training.team.plan-intro")));
        int startYear = plans.currentStartYear();
        var calendar = plans.calendar(user, startYear);
        List<Week> weeks = calendar.teachingWeeks();
        ComboBox<Module> module = new ComboBox<>(getTranslation("training.team.plan-module"));
        module.setItems(catalog.content().modules());
        module.setItemLabelGenerator(m -> m.title());
        module.setWidth("24rem");
        Select<Week> from = new Select<>();
        from.setLabel(getTranslation("training.team.plan-from"));
        Select<Week> to = new Select<>();
        to.setLabel(getTranslation("training.team.plan-to"));
        for (Select<Week> sel : List.of(from, to)) {
            sel.setItems(weeks);
            sel.setItemLabelGenerator(w -> getTranslation("training.team.week", w.number(),
                    TrainingUi.day(w.monday().atStartOfDay(java.time.ZoneOffset.UTC).toOffsetDateTime())));
        }
        TextField note = new TextField(getTranslation("training.team.plan-note"));
        note.setMaxLength(TrainingPlanService.MAX_NOTE);
        Button put = new Button(getTranslation("training.team.plan-put"), e -> {
            if (module.getValue() == null || from.getValue() == null) {
                say(getTranslation("training.team.error.plan-missing"), true);
                return;
            }
            Week end = to.getValue() == null ? from.getValue() : to.getValue();
            try {
                TrainingItem item = teamPlans.putInYearPlan(user, teamId, module.getValue().id(),
                        from.getValue().code(), end.code(), note.getValue());
                render();
                say(getTranslation("training.team.plan-done", item.title(), item.fromWeek() % 100,
                        item.toWeek() % 100), false);
            } catch (TrainingException ex) {
                say(TrainingUi.message(this, ex), true);
            } catch (PlanningException ex) {
                say(TrainingUi.message(this, ex), true);
            }
        });
        put.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(module, from, to, note, put);
        form.addClassName("opdag-inline-form");
        s.add(form);
        List<TrainingItem> items = teamPlans.itemsOf(user, teamId);
        if (!items.isEmpty()) {
            OrderedList list = new OrderedList();
            list.addClassName("opdag-plan-items");
            items.forEach(i -> list.add(new ListItem(getTranslation("training.team.plan-item", i.fromWeek() % 100,
                    i.toWeek() % 100, i.title(), i.note() == null ? "" : i.note()))));
            s.add(list);
        }
        return s;
    }

    private Section dialogueNotes() {
        Section s = new Section(new H2(getTranslation("training.team.dialogue")));
        s.addClassName("opdag-team-step");
        s.add(new Anchor(TrainingUi.TEAM + teamId + "/moede", getTranslation("training.team.facilitator")));
        var notes = dialogue.notes(user, teamId);
        if (notes.isEmpty()) {
            s.add(new Paragraph(getTranslation("training.team.no-notes")));
        } else {
            UnorderedList list = new UnorderedList();
            notes.forEach(n -> list.add(new ListItem(getTranslation("training.team.note",
                    TrainingUi.day(n.writtenAt()), n.card() == null ? "" : n.card().question(), n.note()))));
            s.add(list);
        }
        return s;
    }

    @Override
    public String getPageTitle() {
        return title == null ? getTranslation("training.home.title") : getTranslation("training.team.title", title);
    }
}
