package dk.opdag.classroom.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.opdag.account.CurrentUser;
import dk.opdag.account.Role;
import dk.opdag.classroom.ClassroomException;
import dk.opdag.classroom.barometer.MeasureKind;
import dk.opdag.classroom.barometer.MeasureRound;
import dk.opdag.classroom.barometer.MeasureService.ClassMeasure;
import dk.opdag.classroom.barometer.MeasureService.PupilResult;
import dk.opdag.classroom.barometer.MeasureService.Score;
import dk.opdag.classroom.barometer.MeasureService;
import dk.opdag.curriculum.model.MeasureTask;
import dk.opdag.shell.chart.AccessibleChart;
import dk.opdag.shell.chart.ChartData;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;

/**
 * The teacher's page for her class's measurement: open and close the start and end rounds, the class's growth per
 * competence area (a Chart.js bar chart with the numbers as a table beside it) and each pupil's results. Only the
 * class's own teachers get here; the service refuses everyone else.
 */
@Route("klasse/:id/maaling")
@RolesAllowed(Role.Names.TEACHER)
public class ClassMeasureView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MeasureService measure;
    private final CurrentUser currentUser;
    private ClassMeasure picture;
    private long classId;

    public ClassMeasureView(MeasureService measure, CurrentUser currentUser) {
        this.measure = measure;
        this.currentUser = currentUser;
        addClassName("opdag-teaching");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            classId = TeachingUi.parseId(event.getRouteParameters().get("id").orElse(""));
            picture = measure.ofClass(currentUser.require(), classId);
        } catch (ClassroomException e) {
            picture = null;
            TeachingUi.refuse(this, this, e);
            return;
        }
        render(null);
    }

    private void render(Component status) {
        removeAll();
        add(new Anchor("klasse/" + picture.klass().id() + "/barometer",
                getTranslation("teaching.assignments.back", picture.klass().name())));
        add(new H1(getTranslation("realniveau.class.title", picture.klass().name())));
        add(new Paragraph(getTranslation("realniveau.class.intro", picture.tasks().size())));
        if (status != null) {
            add(status);
        }
        for (MeasureKind kind : MeasureKind.values()) {
            add(roundControls(kind));
        }
        add(new H2(getTranslation("realniveau.class.growth")));
        add(chart());
        add(new H2(getTranslation("realniveau.class.pupils")));
        add(pupils());
        add(new H2(getTranslation("realniveau.class.tasks")));
        UnorderedList tasks = new UnorderedList();
        for (MeasureTask t : picture.tasks()) {
            String area = picture.growth().get(MeasureKind.START).stream().filter(s -> s.area().equals(t.area()))
                    .map(Score::name).findFirst().orElse(t.area());
            tasks.add(new ListItem(getTranslation("realniveau.class.task", t.title(), area,
                    getTranslation("realniveau.class.kind." + t.kind().name()))));
        }
        add(tasks);
    }

    private Component roundControls(MeasureKind kind) {
        Div row = new Div();
        row.addClassName("opdag-measure-round");
        String name = getTranslation("realniveau.class.round." + kind.name());
        MeasureRound round = picture.rounds().get(kind);
        String state = round == null ? getTranslation("realniveau.class.state.none")
                : round.open() ? getTranslation("realniveau.class.state.open", TeachingUi.when(round.openedAt()))
                : getTranslation("realniveau.class.state.closed", TeachingUi.when(round.closedAt()));
        row.add(new Span(name + ": " + state + " "));
        Button button;
        if (round != null && round.open()) {
            button = new Button(getTranslation("realniveau.class.close", name), e -> act(() -> measure.close(
                    currentUser.require(), classId, kind), getTranslation("realniveau.class.closed", name)));
        } else {
            button = new Button(getTranslation(round == null ? "realniveau.class.open" : "realniveau.class.reopen",
                    name), e -> act(() -> measure.open(currentUser.require(), classId, kind),
                    getTranslation("realniveau.class.opened", name)));
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        row.add(button);
        return row;
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            picture = measure.ofClass(currentUser.require(), classId);
            render(TeachingUi.status(done));
        } catch (ClassroomException e) {
            add(TeachingUi.error(TeachingUi.message(this, e)));
        }
    }

    private Component chart() {
        List<Score> start = picture.growth().get(MeasureKind.START);
        List<Score> end = picture.growth().get(MeasureKind.END);
        List<String> labels = start.stream().map(Score::name).toList();
        List<Number> startValues = new ArrayList<>();
        List<Number> endValues = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < start.size(); i++) {
            Integer s = start.get(i).percent();
            Integer e = end.get(i).percent();
            startValues.add(s);
            endValues.add(e);
            String none = getTranslation("realniveau.class.chart-none");
            parts.add(getTranslation("realniveau.class.chart-part", labels.get(i), s == null ? none : s,
                    e == null ? none : e));
        }
        ChartData data = new ChartData(ChartData.Type.BAR, labels, List.of(
                new ChartData.Series(getTranslation("realniveau.class.round.START"), startValues, ChartData.GREY,
                        false),
                new ChartData.Series(getTranslation("realniveau.class.round.END"), endValues, ChartData.TEAL,
                        false)),
                getTranslation("realniveau.class.percent"), false, false, 100);
        return new AccessibleChart(data, getTranslation("realniveau.class.chart", String.join("; ", parts)),
                getTranslation("realniveau.class.table"), getTranslation("realniveau.class.area"), getLocale());
    }

    private Component pupils() {
        Grid<PupilResult> grid = new Grid<>();
        grid.addColumn(PupilResult::name).setHeader(getTranslation("realniveau.class.pupil")).setAutoWidth(true)
                .setFlexGrow(0);
        for (MeasureKind kind : MeasureKind.values()) {
            grid.addColumn(p -> result(p.total().get(kind)))
                    .setHeader(getTranslation("realniveau.class.round." + kind.name()));
        }
        for (Score area : picture.growth().get(MeasureKind.START)) {
            grid.addColumn(p -> areaCell(p, area.area())).setHeader(area.name());
        }
        grid.setItems(picture.pupils());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("realniveau.class.pupils"));
        return grid;
    }

    private String result(Score s) {
        return s == null || s.answered() == 0 ? getTranslation("realniveau.class.no-answers")
                : getTranslation("realniveau.class.result", s.solved(), s.answered());
    }

    /** "start → end" for one area, e.g. "1 af 2 → 2 af 2". */
    private String areaCell(PupilResult p, String area) {
        List<String> parts = new ArrayList<>();
        for (MeasureKind kind : MeasureKind.values()) {
            parts.add(p.areas().get(kind).stream().filter(s -> s.area().equals(area)).findFirst()
                    .map(this::result).orElse("–"));
        }
        return String.join(" → ", parts);
    }

    @Override
    public String getPageTitle() {
        return picture == null ? getTranslation("app.name")
                : getTranslation("realniveau.class.title", picture.klass().name());
    }
}
