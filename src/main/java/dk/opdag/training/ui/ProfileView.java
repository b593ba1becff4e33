package dk.opdag.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
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
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.opdag.account.CurrentUser;
import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.shell.chart.AccessibleChart;
import dk.opdag.shell.chart.ChartData;
import dk.opdag.training.TrainingCatalog;
import dk.opdag.training.TrainingException;
import dk.opdag.training.content.CompetenceModel;
import dk.opdag.training.content.Dimension;
import dk.opdag.training.content.DimensionInfo;
import dk.opdag.training.profile.ProfileReport;
import dk.opdag.training.profile.ProfileService;
import dk.opdag.training.profile.SelfAssessmentService;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The teacher's own competence profile: target vs actual per dimension as a radar with a table, the knowledge-check
 * results beside the self-rating, strongest and weakest items in words, modules for the largest gaps, personal
 * targets, and the history over retakes. Only the teacher sees it, and can delete it.
 */
@Route(TrainingUi.PROFILE)
@RolesAllowed({Role.Names.TEACHER, Role.Names.LEADER})
@StyleSheet("styles/training.css")
public class ProfileView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ProfileService profiles;
    private final SelfAssessmentService assessments;
    private final TrainingCatalog catalog;
    private final CurrentUser currentUser;
    private SignedInUser user;

    public ProfileView(ProfileService profiles, SelfAssessmentService assessments, TrainingCatalog catalog,
                       CurrentUser currentUser) {
        this.profiles = profiles;
        this.assessments = assessments;
        this.catalog = catalog;
        this.currentUser = currentUser;
        addClassName("opdag-training");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        render();
    }

    private void render() {
        removeAll();
        user = currentUser.require();
        add(new Anchor(TrainingUi.HOME, getTranslation("training.back-home")),
                new H1(getTranslation("training.profile.title")));
        ProfileReport r = profiles.report(user);
        if (!r.assessed()) {
            add(new Paragraph(getTranslation("training.profile.none")),
                    new Anchor(TrainingUi.ASSESSMENT, getTranslation("training.home.start-assessment")));
            return;
        }
        add(new Paragraph(getTranslation("training.profile.based-on", TrainingUi.day(r.assessedAt()))),
                new Paragraph(getTranslation("training.profile.private")));
        add(radar(r), table(r));
        if (r.targetsAssumed()) {
            add(new Paragraph(getTranslation("training.profile.targets-assumed", ProfileReport.DEFAULT_TARGET)));
        }
        add(new H2(getTranslation("training.profile.in-words")));
        add(words("training.profile.strongest", r.strongest()), words("training.profile.weakest", r.weakest()));

        add(new H2(getTranslation("training.profile.recommended")));
        if (r.recommendations().isEmpty()) {
            add(new Paragraph(getTranslation("training.profile.no-gaps")));
        } else {
            UnorderedList list = new UnorderedList();
            list.addClassName("opdag-recommendations");
            r.recommendations().forEach(rec -> list.add(new ListItem(
                    new Anchor(TrainingUi.MODULE + rec.module().id(), rec.module().title()),
                    new Paragraph(getTranslation("training.profile.because", String.join("; ",
                            rec.because().stream().map(i -> i.text()).toList()))))));
            add(list);
        }
        add(targets());
        add(history(r));
        Div actions = new Div(new Anchor(TrainingUi.ASSESSMENT, getTranslation("training.profile.retake")),
                deleteAll());
        actions.addClassName("opdag-links");
        add(actions);
    }

    private AccessibleChart radar(ProfileReport r) {
        List<String> labels = r.dimensions().stream().map(d -> d.dimension().label(d.name(), getLocale())).toList();
        List<Number> targets = r.dimensions().stream().map(d -> (Number) d.target()).toList();
        List<Number> actual = r.dimensions().stream().map(d -> (Number) d.actual()).toList();
        ChartData data = ChartData.radar(labels, List.of(
                new ChartData.Series(getTranslation("training.profile.target"), targets, ChartData.ORANGE, true),
                new ChartData.Series(getTranslation("training.profile.actual"), actual, ChartData.TEAL, false)),
                getTranslation("training.profile.level"), CompetenceModel.MAX_LEVEL);
        ProfileReport.DimensionRow largest = r.dimensions().stream()
                .max(java.util.Comparator.comparingDouble(ProfileReport.DimensionRow::gap)).orElseThrow();
        String sentence = getTranslation("training.profile.sentence",
                largest.dimension().label(largest.name(), getLocale()),
                TrainingUi.decimal(this, largest.actual()), largest.target());
        AccessibleChart chart = new AccessibleChart(data, sentence, getTranslation("training.chart.table"),
                getTranslation("training.profile.dimension"), getLocale());
        chart.addClassName("opdag-radar");
        return chart;
    }

    /** Target, self-rating and knowledge check side by side: the same "self vs real" idea as the pupils' barometer. */
    private NativeTable table(ProfileReport r) {
        NativeTable table = new NativeTable();
        table.addClassName("opdag-table");
        table.getElement().setAttribute("aria-label", getTranslation("training.profile.table"));
        NativeTableRow head = table.getHead().addRow();
        for (String key : List.of("training.profile.dimension", "training.profile.target", "training.profile.actual",
                "training.profile.check")) {
            NativeTableHeaderCell h = new NativeTableHeaderCell();
            h.setText(getTranslation(key));
            head.add(h);
        }
        for (ProfileReport.DimensionRow d : r.dimensions()) {
            NativeTableRow row = table.getBody().addRow();
            NativeTableHeaderCell name = new NativeTableHeaderCell();
            name.setText(d.dimension().label(d.name(), getLocale()));
            name.getElement().setAttribute("scope", "row");
            row.add(name, new NativeTableCell(d.target() + " (" + getTranslation("training.profile.source."
                    + d.source().name()) + ")"), new NativeTableCell(TrainingUi.decimal(this, d.actual())),
                    new NativeTableCell(d.checkTotal() == 0 ? getTranslation("training.profile.no-check")
                            : getTranslation("training.profile.check-result", d.checkCorrect(), d.checkTotal(),
                                    d.checkPercent())));
        }
        return table;
    }

    private Div words(String key, List<ProfileReport.ItemRow> items) {
        Div box = new Div(new Paragraph(getTranslation(key)));
        UnorderedList list = new UnorderedList();
        items.forEach(i -> list.add(new ListItem(getTranslation("training.profile.item-words", i.item().text(),
                i.rating(), i.descriptor()))));
        box.add(list);
        return box;
    }

    private Div targets() {
        Div box = new Div(new H2(getTranslation("training.profile.my-targets")),
                new Paragraph(getTranslation("training.profile.my-targets-intro")));
        box.addClassName("opdag-targets");
        Map<Dimension, Integer> mine = assessments.personalTargets(user);
        CompetenceModel model = catalog.content().competences();
        Div messages = new Div();
        for (DimensionInfo d : model.dimensions()) {
            Select<Integer> target = new Select<>();
            target.setLabel(d.dimension().label(d.name(), getLocale()));
            List<Integer> values = new ArrayList<>(List.of(-1, 0, 1, 2, 3, 4, 5));
            target.setItems(values);
            target.setItemLabelGenerator(v -> v < 0 ? getTranslation("training.profile.no-target") : model.scale().get(v));
            target.setValue(mine.getOrDefault(d.dimension(), -1));
            target.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    try {
                        assessments.setPersonalTarget(user, d.dimension(), e.getValue() < 0 ? null : e.getValue());
                        render();
                    } catch (TrainingException ex) {
                        messages.add(TrainingUi.error(TrainingUi.message(this, ex)));
                    }
                }
            });
            box.add(target);
        }
        box.add(messages);
        return box;
    }

    private Div history(ProfileReport r) {
        Div box = new Div(new H2(getTranslation("training.profile.history")));
        box.addClassName("opdag-history");
        if (r.history().size() > 1) {
            List<String> labels = r.history().stream().map(h -> TrainingUi.day(h.finishedAt())).toList();
            List<ChartData.Series> series = new ArrayList<>();
            String[] colours = {ChartData.TEAL, ChartData.ORANGE, ChartData.PURPLE, ChartData.GREY};
            int i = 0;
            for (DimensionInfo d : catalog.content().competences().dimensions()) {
                List<Number> values = r.history().stream().map(h -> (Number) h.means().get(d.dimension())).toList();
                series.add(new ChartData.Series(d.dimension().label(d.name(), getLocale()), values, colours[i % colours.length], i % 2 == 1));
                i++;
            }
            ChartData data = new ChartData(ChartData.Type.LINE, labels, series,
                    getTranslation("training.profile.level"), false, false, CompetenceModel.MAX_LEVEL);
            box.add(new AccessibleChart(data, getTranslation("training.profile.history-sentence", r.history().size()),
                    getTranslation("training.chart.table"), getTranslation("training.profile.date"), getLocale()));
        } else {
            box.add(new Paragraph(getTranslation("training.profile.history-one")));
        }
        UnorderedList list = new UnorderedList();
        for (ProfileReport.HistoryPoint h : r.history()) {
            Button delete = new Button(getTranslation("training.profile.delete-one"), e -> confirm(
                    getTranslation("training.profile.delete-one-confirm", TrainingUi.day(h.finishedAt())), () -> {
                        assessments.delete(user, h.assessmentId());
                        render();
                    }));
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            delete.getElement().setAttribute("aria-label", getTranslation("training.profile.delete-one-label",
                    TrainingUi.day(h.finishedAt())));
            list.add(new ListItem(new com.vaadin.flow.component.html.Span(getTranslation("training.profile.taken",
                    TrainingUi.day(h.finishedAt())) + " "), delete));
        }
        box.add(list);
        return box;
    }

    private Button deleteAll() {
        Button b = new Button(getTranslation("training.profile.delete-all"), e -> confirm(
                getTranslation("training.profile.delete-all-confirm"), () -> {
                    assessments.deleteAll(user);
                    render();
                }));
        b.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return b;
    }

    private void confirm(String text, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("training.confirm.title"), text,
                getTranslation("training.confirm.delete"), e -> action.run());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("training.confirm.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.profile.title");
    }
}
