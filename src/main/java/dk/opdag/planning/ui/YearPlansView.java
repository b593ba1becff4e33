package dk.opdag.planning.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.opdag.account.CurrentUser;
import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.classroom.ClassSummary;
import dk.opdag.classroom.SchoolYears;
import dk.opdag.planning.Plan;
import dk.opdag.planning.PlanAdoption;
import dk.opdag.planning.PlanConflictException;
import dk.opdag.planning.PlanOverview;
import dk.opdag.planning.PlanningException;
import dk.opdag.planning.Plans;
import dk.opdag.planning.SchoolCalendar;
import dk.opdag.planning.SchoolHolidays;
import dk.opdag.planning.Week;
import dk.opdag.shell.Navigation;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "Årsplaner": the school's grade templates and class plans for a school year. Leaders make templates and mark the
 * holiday weeks; teachers adopt their grade's template into their class or start the class's own plan.
 */
@Route(Navigation.YEAR_PLANS)
@Menu(title = "planning.nav.plans", order = 70)
@RolesAllowed({Role.Names.TEACHER, Role.Names.LEADER})
@StyleSheet("styles/planning.css")
public class YearPlansView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Plans plans;
    private final PlanOverview planOverview;
    private final SchoolHolidays schoolHolidays;
    private final PlanAdoption adoption;
    private final CurrentUser currentUser;
    private final SchoolYearSelect year;
    private final Div content = new Div();
    private final StatusMessage message = new StatusMessage();
    private SignedInUser user;

    public YearPlansView(Plans plans, PlanOverview planOverview, SchoolHolidays schoolHolidays, PlanAdoption adoption,
                         CurrentUser currentUser) {
        this.plans = plans;
        this.planOverview = planOverview;
        this.schoolHolidays = schoolHolidays;
        this.adoption = adoption;
        this.currentUser = currentUser;
        add(new H1(getTranslation("planning.plans.title")));
        add(new Paragraph(getTranslation("planning.plans.intro")));
        add(new Paragraph(new Anchor(SamplePlansView.ROUTE, getTranslation("yearplans.link"))));
        int now = plans.currentStartYear();
        year = new SchoolYearSelect(now, 0, 1, this::show);
        add(year, message, content);
        content.setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        user = currentUser.require();
        show();
    }

    private void show() {
        content.removeAll();
        int startYear = year.getValue();
        if (user.schoolId() == null) {
            content.add(new Paragraph(getTranslation("planning.plans.no-school")));
            return;
        }
        var school = planOverview.schoolPlans(user, user.schoolId(), startYear);
        List<ClassSummary> classes = planOverview.classesOf(user, startYear);
        if (user.is(Role.LEADER)) {
            content.add(holidays(startYear));
            content.add(new H2(getTranslation("planning.plans.grades")));
            content.add(gradeTable(school, classes, startYear));
        } else {
            content.add(new H2(getTranslation("planning.plans.my-classes")));
            if (classes.isEmpty()) {
                content.add(new Paragraph(getTranslation("planning.plans.no-classes")));
            }
            for (ClassSummary c : classes) {
                content.add(classCard(c, school.planOf(c.id()), school.templateFor(c.grade()), school));
            }
            content.add(new H2(getTranslation("planning.plans.templates")));
            if (school.templates().isEmpty()) {
                content.add(new Paragraph(getTranslation("planning.plans.no-templates")));
            }
            for (Plan t : school.templates()) {
                content.add(new Paragraph(new Anchor("aarsplan/" + t.id(), PlanTexts.title(this, t)),
                        new Span(" · " + getTranslation("planning.plans.items", school.itemCounts().get(t.id())))));
            }
        }
    }

    private Div holidays(int startYear) {
        Div box = new Div();
        box.addClassName("opdag-holidays");
        box.add(new H2(getTranslation("planning.holidays.title")));
        box.add(new Paragraph(getTranslation("planning.holidays.intro")));
        SchoolCalendar calendar = schoolHolidays.calendar(user.schoolId(), startYear);
        MultiSelectComboBox<Week> weeks = new MultiSelectComboBox<>(getTranslation("planning.holidays.weeks"));
        weeks.setItems(calendar.weeks());
        weeks.setItemLabelGenerator(w -> PlanTexts.weekOption(this, w, false));
        weeks.setValue(calendar.weeks().stream().filter(w -> calendar.isHoliday(w.code()))
                .collect(Collectors.toSet()));
        weeks.setWidth("min(36rem, 100%)");
        Button suggest = new Button(getTranslation("planning.holidays.suggest"), e -> {
            Set<Integer> usual = Set.copyOf(SchoolCalendar.usualHolidays(startYear));
            weeks.setValue(calendar.weeks().stream().filter(w -> usual.contains(w.code()))
                    .collect(Collectors.toSet()));
        });
        suggest.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Set<Integer> shown = calendar.holidays();
        Button save = new Button(getTranslation("planning.holidays.save"), e -> {
            try {
                SchoolCalendar saved = schoolHolidays.setHolidays(user, user.schoolId(), startYear, shown,
                        weeks.getValue().stream().map(Week::code).collect(Collectors.toSet()));
                show();
                say(getTranslation("planning.holidays.saved", saved.holidays().size(),
                        saved.teachingWeeks().size()), false);
            } catch (PlanConflictException ex) {
                show();
                say(PlanTexts.error(this, ex), true);
            } catch (PlanningException ex) {
                say(PlanTexts.error(this, ex), true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(weeks, suggest, save);
        row.setAlignItems(Alignment.BASELINE);
        row.setWrap(true);
        box.add(row);
        return box;
    }

    private NativeTable gradeTable(PlanOverview.SchoolPlans school, List<ClassSummary> classes, int startYear) {
        NativeTable table = new NativeTable();
        table.addClassName("opdag-table");
        table.setCaptionText(getTranslation("planning.plans.grades-caption", SchoolYears.label(startYear)));
        NativeTableRow head = table.getHead().addRow();
        head.add(AreaBandTable.header(getTranslation("planning.plans.grade"), "col"),
                AreaBandTable.header(getTranslation("planning.plans.template"), "col"),
                AreaBandTable.header(getTranslation("planning.plans.classes"), "col"));
        for (int grade = 0; grade <= 9; grade++) {
            int g = grade;
            NativeTableRow row = table.getBody().addRow();
            row.add(AreaBandTable.header(getTranslation("planning.grade", grade), "row"));
            Plan template = school.templateFor(grade);
            NativeTableCell templateCell = new NativeTableCell();
            if (template != null) {
                templateCell.add(new Anchor("aarsplan/" + template.id(), getTranslation("planning.plans.open-template",
                        grade, school.itemCounts().get(template.id()))));
            } else {
                Button make = new Button(getTranslation("planning.plans.make-template", grade), e -> {
                    try {
                        Plan made = adoption.template(user, user.schoolId(), startYear, g);
                        UI.getCurrent().navigate("aarsplan/" + made.id());
                    } catch (PlanningException ex) {
                        say(PlanTexts.error(this, ex), true);
                    }
                });
                make.addThemeVariants(ButtonVariant.LUMO_SMALL);
                templateCell.add(make);
            }
            row.add(templateCell);
            NativeTableCell classCell = new NativeTableCell();
            List<ClassSummary> inGrade = classes.stream().filter(c -> c.grade() == g).toList();
            if (inGrade.isEmpty()) {
                classCell.setText(getTranslation("planning.plans.no-class-in-grade"));
            }
            for (ClassSummary c : inGrade) {
                Plan p = school.planOf(c.id());
                Div line = new Div();
                if (p == null) {
                    line.setText(getTranslation(template == null ? "planning.plans.class-none"
                            : "planning.plans.class-not-adopted", c.name()));
                    line.addClassName("opdag-gap");
                } else {
                    line.add(new Anchor("aarsplan/" + p.id(), getTranslation("planning.plans.class-plan", c.name(),
                            school.itemCounts().get(p.id()))));
                }
                classCell.add(line);
            }
            row.add(classCell);
        }
        return table;
    }

    private Div classCard(ClassSummary c, Plan plan, Plan template, PlanOverview.SchoolPlans school) {
        Div card = new Div();
        card.addClassName("opdag-class-card");
        card.add(new H2(c.name()));
        if (plan != null) {
            card.add(new Paragraph(getTranslation("planning.plans.has-plan", school.itemCounts().get(plan.id()))));
            card.add(new Anchor("aarsplan/" + plan.id(), getTranslation("planning.plans.open", c.name())));
        }
        if (template != null) {
            String key = plan == null ? "planning.plans.adopt" : "planning.plans.adopt-again";
            Button adopt = new Button(getTranslation(key, c.grade()), e -> {
                try {
                    var result = adoption.adopt(user, c.id());
                    UI.getCurrent().navigate("aarsplan/" + result.planId());
                } catch (PlanningException ex) {
                    say(PlanTexts.error(this, ex), true);
                }
            });
            adopt.addThemeVariants(plan == null ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
            adopt.getElement().setAttribute("aria-label", getTranslation(key + "-label", c.grade(), c.name()));
            card.add(adopt);
        }
        if (plan == null) {
            Button start = new Button(getTranslation("planning.plans.start", c.name()), e -> {
                try {
                    Plan started = adoption.startClassPlan(user, c.id());
                    UI.getCurrent().navigate("aarsplan/" + started.id());
                } catch (PlanningException ex) {
                    say(PlanTexts.error(this, ex), true);
                }
            });
            start.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            card.add(start);
            if (template == null) {
                card.add(new Paragraph(getTranslation("planning.plans.no-template-yet", c.grade())));
            }
        }
        return card;
    }

    private void say(String text, boolean problem) {
        message.say(text, problem);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("planning.plans.title");
    }
}
