package dk.opdag.classroom.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.opdag.account.CurrentUser;
import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.classroom.ClassroomException;
import dk.opdag.classroom.assignment.AssignmentState;
import dk.opdag.classroom.live.ProgressFeed;
import dk.opdag.classroom.progress.ProgressGrid;
import dk.opdag.classroom.progress.ProgressRules;
import dk.opdag.classroom.progress.ProgressService;
import dk.opdag.shell.ui.Markup;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jsoup.nodes.Element;

/**
 * The teacher's live overview of one assignment: every pupil × every experiment, with counts per experiment. It
 * updates without reload (Vaadin Push) whenever a pupil of the class saves or runs, on whichever app instance the
 * pupil is, because the events come through the database ({@link ProgressFeed}).
 */
@Route("opgave/:id/overblik")
@RolesAllowed(Role.Names.TEACHER)
public class ProgressDashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ProgressService progress;
    private final ProgressRules rules;
    private final ProgressFeed feed;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AtomicBoolean refreshQueued = new AtomicBoolean();
    private final Span updated = new Span();
    private final Div notice = new Div();
    private SignedInUser teacher;
    private ProgressGrid model;
    private ProgressTable table;
    private ProgressFeed.Subscription subscription;

    public ProgressDashboardView(ProgressService progress, ProgressFeed feed, CurrentUser currentUser, Clock clock,
                                 ProgressRules rules) {
        this.progress = progress;
        this.rules = rules;
        this.feed = feed;
        this.currentUser = currentUser;
        this.clock = clock;
        addClassName("opdag-teaching");
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        teacher = currentUser.require();
        try {
            long id = TeachingUi.parseId(event.getRouteParameters().get("id").orElse(""));
            model = progress.grid(teacher, id);
        } catch (ClassroomException e) {
            model = null;
            TeachingUi.refuse(this, this, e);
            return;
        }
        build();
    }

    private void build() {
        var a = model.assignment();
        Element back = Markup.root("div");
        link(back, "klasse/" + a.classId() + "/opgaver", getTranslation("teaching.dashboard.back", model.className()));
        add(Markup.html(back));
        add(new H1(getTranslation("teaching.dashboard.title", a.activityTitle(), model.className())));
        Element links = Markup.root("div", "opdag-links");
        link(links, "opgave/" + a.id() + "/refleksioner", getTranslation("teaching.dashboard.reflections"));
        link(links, "opgave/" + a.id() + "/tavle", getTranslation("teaching.dashboard.board"));
        link(links, "klasse/" + a.classId() + "/barometer", getTranslation("teaching.dashboard.barometer"));
        add(Markup.html(links), notice);
        if (model.columns().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("teaching.dashboard.no-experiments"));
            none.addClassName("opdag-empty");
            add(none);
            return;
        }
        if (model.rows().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("teaching.dashboard.no-pupils"));
            none.addClassName("opdag-empty");
            add(none);
            return;
        }
        add(legend());
        table = new ProgressTable(model, (row, experiment) -> getUI().ifPresent(ui -> ui.navigate(
                "opgave/" + a.id() + "/elev/" + row + "/" + experiment)));
        add(table.sortChoice(), table, updated);
        updated.addClassName("opdag-updated");
        showState();
    }

    /** A link the browser's router follows (a plain anchor, as Vaadin's Anchor renders it). */
    private static void link(Element parent, String href, String text) {
        parent.appendElement("a").attr("href", href).text(text);
    }

    /**
     * Every mark of the grid with what it means, the stuck rule with its real thresholds. Read-only, so one node
     * ({@link Markup}) rather than a component per line.
     */
    private Html legend() {
        Element legend = Markup.root("div", "opdag-legend");
        legend.appendElement("span").text(getTranslation("teaching.legend"));
        for (var status : dk.opdag.classroom.progress.CellStatus.values()) {
            legend.appendElement("span").addClass("opdag-cell").addClass("opdag-cell-" + status.name().toLowerCase())
                    .text(ProgressTable.symbol(status) + " " + getTranslation("teaching.status." + status.name())
                            + ": " + getTranslation("lesson.legend." + status.name(), rules.stuckFailedRuns(),
                            rules.stuckWindow().toMinutes()));
        }
        legend.appendElement("span").text(ProgressTable.HINT_MARK + " " + getTranslation("lesson.legend.hint"));
        legend.appendElement("span").text(getTranslation("lesson.legend.runs"));
        legend.appendElement("span").text(getTranslation("teaching.grid.counts"));
        if (model.rows().stream().flatMap(r -> r.cells().stream()).anyMatch(c -> c.levelCount() > 1)) {
            legend.appendElement("span").text(getTranslation("teaching.legend.levels"));
        }
        return Markup.html(legend);
    }

    private void showState() {
        notice.removeAll();
        var a = model.assignment();
        if (a.removed()) {
            notice.add(TeachingUi.status(getTranslation("teaching.dashboard.removed")));
        } else if (a.state() != AssignmentState.OPEN) {
            notice.add(TeachingUi.status(getTranslation("teaching.dashboard.state-" + a.state().name())));
        }
        updated.setText(getTranslation("teaching.dashboard.updated", TeachingUi.clock(OffsetDateTime.now(clock))));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        if (model == null || table == null) {
            return;
        }
        UI ui = event.getUI();
        long classId = model.assignment().classId();
        subscription = feed.subscribe(classId, pings -> queueRefresh(ui));
        // Work stored between reading the grid and subscribing is picked up by one refresh.
        if (feed.lastEventId(classId) > model.asOfEvent()) {
            queueRefresh(ui);
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
        super.onDetach(event);
    }

    /** Called on the feed's thread: at most one refresh waits at a time, however many pupils ran meanwhile. */
    private void queueRefresh(UI ui) {
        if (!refreshQueued.compareAndSet(false, true)) {
            return;
        }
        try {
            ui.access(() -> {
                refreshQueued.set(false);
                refresh();
            });
        } catch (UIDetachedException e) {
            refreshQueued.set(false);
        }
    }

    private void refresh() {
        try {
            model = progress.grid(teacher, model.assignment().id());
        } catch (ClassroomException e) {
            // The teacher lost the class meanwhile: show nothing more of it.
            removeAll();
            TeachingUi.refuse(this, this, e);
            table = null;
            return;
        }
        table.update(model);
        showState();
    }

    @Override
    public String getPageTitle() {
        return model == null ? getTranslation("app.name")
                : getTranslation("teaching.dashboard.title", model.assignment().activityTitle(), model.className());
    }
}
