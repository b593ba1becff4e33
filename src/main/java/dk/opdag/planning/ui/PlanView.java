package dk.opdag.planning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dk.opdag.account.CurrentUser;
import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.classroom.ClassTeacher;
import dk.opdag.planning.NextYearCopy;
import dk.opdag.planning.Plan;
import dk.opdag.planning.PlanItems;
import dk.opdag.planning.PlanProgressService;
import dk.opdag.planning.PlannedActivity;
import dk.opdag.planning.PlanningException;
import dk.opdag.planning.Plans;
import dk.opdag.planning.SchoolCalendar;
import dk.opdag.planning.SchoolHolidays;
import dk.opdag.planning.Week;
import dk.opdag.planning.coverage.CoverageService;
import dk.opdag.planning.export.PlanExportService;
import dk.opdag.planning.feed.CalendarFeedService;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * One year plan: the weeks (calendar-like), the list, its coverage, planned vs done, and its history; with adding,
 * moving, printing, CSV, copying to next year and, for a class's teachers, a calendar subscription. Who may change
 * what is decided by {@link Plans}; the buttons only follow it.
 */
@Route("aarsplan/:id")
@RolesAllowed({Role.Names.TEACHER, Role.Names.LEADER, Role.Names.ADMIN})
@StyleSheet("styles/planning.css")
public class PlanView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Plans plans;
    private final PlanItems planItems;
    private final SchoolHolidays schoolHolidays;
    private final NextYearCopy yearCopy;
    private final CoverageService coverage;
    private final PlanProgressService progress;
    private final PlanExportService export;
    private final CalendarFeedService feeds;
    private final CurrentUser currentUser;
    private final StatusMessage message = new StatusMessage();
    private Sections tabs;
    private Plan plan;
    private SignedInUser user;
    private boolean canEdit;
    private SchoolCalendar calendar;
    private List<ClassTeacher> teachers;
    private ItemList list;
    private final org.springframework.beans.factory.ObjectProvider<dk.opdag.planning.AttachedFiles> attachedFiles;
    private int listTab;

    public PlanView(Plans plans, PlanItems planItems, SchoolHolidays schoolHolidays, NextYearCopy yearCopy,
                    CoverageService coverage, PlanProgressService progress, PlanExportService export,
                    CalendarFeedService feeds, CurrentUser currentUser,
                    org.springframework.beans.factory.ObjectProvider<dk.opdag.planning.AttachedFiles> attachedFiles) {
        this.attachedFiles = attachedFiles;
        this.plans = plans;
        this.planItems = planItems;
        this.schoolHolidays = schoolHolidays;
        this.yearCopy = yearCopy;
        this.coverage = coverage;
        this.progress = progress;
        this.export = export;
        this.feeds = feeds;
        this.currentUser = currentUser;
        addClassName("opdag-plan-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        user = currentUser.require();
        try {
            long id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            plan = plans.plan(user, id);
        } catch (NumberFormatException e) {
            refuse(getTranslation("planning.error.plan-not-found"));
            return;
        } catch (PlanningException e) {
            refuse(PlanTexts.error(this, e));
            return;
        }
        build();
    }

    private void refuse(String text) {
        removeAll();
        plan = null;
        add(new H1(getTranslation("error.denied.title")));
        Paragraph p = new Paragraph(text);
        p.addClassName("opdag-error");
        p.getElement().setAttribute("role", "alert");
        add(p);
    }

    private void build() {
        removeAll();
        canEdit = plans.canEdit(user, plan);
        calendar = schoolHolidays.calendar(plan);
        teachers = plans.teachers(plan);
        add(new H1(getTranslation("planning.plan.heading", PlanTexts.title(this, plan), PlanTexts.year(plan))));
        add(new Paragraph(intro()));
        add(actions());
        message.addClassName("opdag-plan-message");
        add(message);
        tabs = new Sections(getTranslation("planning.tabs"));
        tabs.setWidthFull();
        buildTabs(0);
        add(tabs);
    }

    private String intro() {
        if (plan.isTemplate()) {
            return getTranslation(canEdit ? "planning.plan.template-intro-leader" : "planning.plan.template-intro");
        }
        return getTranslation(canEdit ? "planning.plan.class-intro-teacher" : "planning.plan.class-intro");
    }

    private HorizontalLayout actions() {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setWrap(true);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.addClassName("opdag-no-print");
        if (canEdit) {
            Button add = new Button(getTranslation("planning.plan.add"), e -> openItemDialog(null));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(add);
        }
        bar.add(new Anchor("aarsplan/" + plan.id() + "/udskriv", getTranslation("planning.plan.print")));
        java.util.Locale locale = getLocale();
        SignedInUser who = user;
        Plan what = plan;
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(export.csv(who, what.id(), locale)), PlanExportService.csvFileName(what),
                "text/csv; charset=utf-8", -1)), getTranslation("planning.plan.csv"));
        csv.getElement().setAttribute("download", true);
        bar.add(csv);
        if (!yearCopy.copyTargets(user, plan).isEmpty()) {
            Button copy = new Button(getTranslation("planning.plan.copy"),
                    e -> new CopyDialog(yearCopy, user, plan).open());
            copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            bar.add(copy);
        }
        if (!plan.isTemplate() && user.is(Role.TEACHER) && canEdit) {
            Button feed = new Button(getTranslation("planning.plan.feed"),
                    e -> new FeedDialog(feeds, user, plan).open());
            feed.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            bar.add(feed);
        }
        return bar;
    }

    private void buildTabs(int selected) {
        tabs.clear();
        List<PlannedActivity> items = planItems.items(user, plan.id());
        int thisWeek = Week.of(plans.today()).code();
        tabs.add(getTranslation("planning.tab.weeks"),
                new WeekBoard(calendar, items, thisWeek, canEdit, this::openMoveDialog, this::openItemDialog,
                        this::showWeekInList, filesOf(items)));
        list = new ItemList(plans, planItems, user, plan, calendar, canEdit, this::openMoveDialog,
                this::openItemDialog);
        listTab = tabs.add(getTranslation("planning.tab.list", items.size()), list);
        VerticalLayout cover = new VerticalLayout();
        cover.setPadding(false);
        cover.add(new H2(getTranslation("planning.coverage.plan-heading")));
        cover.add(new AreaBandTable(coverage.forPlan(user, plan, items),
                getTranslation("planning.coverage.plan-caption", PlanTexts.title(this, plan)),
                !plan.isTemplate() && coverage.progressAvailable()));
        tabs.add(getTranslation("planning.tab.coverage"), cover);
        if (!plan.isTemplate()) {
            tabs.add(getTranslation("planning.tab.progress"), new ProgressPanel(progress.forPlan(user, plan.id()),
                    true));
        }
        tabs.add(getTranslation("planning.tab.history"), new HistoryPanel(planItems, user, plan.id()));
        tabs.select(Math.min(selected, tabs.count() - 1));
    }

    private void showWeekInList(int weekCode) {
        tabs.select(listTab);
        list.showWeek(weekCode);
    }

    /** Files teachers attached to the plan's items or their activities, when the materials feature is there. */
    private java.util.Map<Long, java.util.List<dk.opdag.planning.AttachedFiles.FileRef>> filesOf(
            List<PlannedActivity> items) {
        dk.opdag.planning.AttachedFiles files = attachedFiles.getIfAvailable();
        java.util.Map<Long, String> activityOfItem = new java.util.LinkedHashMap<>();
        items.forEach(i -> activityOfItem.put(i.id(), i.activityId()));
        return files == null ? java.util.Map.of() : files.onItems(user, activityOfItem);
    }

    private void openItemDialog(PlannedActivity item) {
        new ItemDialog(this, plans, planItems, user, plan, calendar, teachers, item).open();
    }

    private void openMoveDialog(PlannedActivity item) {
        new MoveDialog(this, planItems, user, calendar, item).open();
    }

    /** After a save: redraw from the database and say what happened. */
    void saved(String text) {
        buildTabs(tabs.selected());
        say(text, false);
    }

    /** A colleague saved first: reload so the user sees their change, and say so. */
    void conflict(String text) {
        buildTabs(tabs.selected());
        say(text, true);
    }

    private void say(String text, boolean problem) {
        message.say(text, problem);
    }

    @Override
    public String getPageTitle() {
        return plan == null ? getTranslation("app.name") : PlanTexts.title(this, plan);
    }
}
