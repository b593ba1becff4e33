package dk.opdag.curriculum.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
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
import dk.opdag.account.SignedInUser;
import dk.opdag.curriculum.CatalogueService;
import dk.opdag.curriculum.catalogue.Viewer;
import dk.opdag.curriculum.model.Activity;
import dk.opdag.curriculum.model.Curriculum;
import dk.opdag.curriculum.model.Lesson;
import dk.opdag.curriculum.model.Step;
import dk.opdag.curriculum.model.SubjectUse;
import dk.opdag.curriculum.model.Experiment;
import dk.opdag.shell.Links;
import dk.opdag.shell.markdown.SafeMarkdown;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;

/**
 * One activity, readable as a teacher guide: for pupils, why, what it does in each subject, goals, materials,
 * differentiation, the lessons step by step, reflection questions and how to evaluate. Markdown (which teachers
 * write in shared activities) is rendered on the server by {@link SafeMarkdown}: no raw HTML, no remote images.
 */
@Route("aktivitet/:id")
@RolesAllowed({Role.Names.TEACHER, Role.Names.LEADER, Role.Names.ADMIN})
public class ActivityView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CatalogueService catalogue;
    private final CurrentUser currentUser;
    private String title;

    public ActivityView(CatalogueService catalogue, CurrentUser currentUser) {
        this.catalogue = catalogue;
        this.currentUser = currentUser;
        addClassName("opdag-activity");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        SignedInUser user = currentUser.require();
        String id = event.getRouteParameters().get("id").orElse("");
        var page = catalogue.activity(id, new Viewer(user.id(), user.schoolId()));
        if (page.isEmpty()) {
            title = getTranslation("activity.not-found");
            add(new H1(title), new Anchor(dk.opdag.shell.Navigation.CATALOGUE, getTranslation("activity.back")));
            return;
        }
        build(page.get(), user);
    }

    private void build(CatalogueService.ActivityPage page, SignedInUser user) {
        Activity a = page.activity();
        Curriculum curriculum = catalogue.curriculum();
        title = a.title();
        add(new Anchor(dk.opdag.shell.Navigation.CATALOGUE, getTranslation("activity.back")), new H1(a.title()));
        if (page.retired()) {
            add(note(getTranslation("activity.retired")));
        }
        if (dk.opdag.curriculum.CurriculumNames.english(getLocale())) {
            // Content is Danish data; the UI around it follows the user's language.
            Paragraph danish = note(getTranslation("content.danish-notice"));
            danish.addClassName("opdag-danish-notice");
            danish.getElement().setAttribute("lang", "en");
            add(danish);
        }
        Div chips = new Div();
        chips.addClassName("opdag-chips");
        chips.add(CatalogueView.chip(Chips.grades(this, a.grades().from(), a.grades().to())),
                CatalogueView.chip(getTranslation("catalogue.lessons-n", a.lessons())),
                CatalogueView.chip(getTranslation("unplugged." + a.unplugged().name())));
        a.subjects().forEach(s -> chips.add(CatalogueView.chip(subjectName(curriculum, s.id()))));
        a.areas(curriculum::areaOf).forEach(area -> chips.add(CatalogueView.chip(
                dk.opdag.curriculum.CurriculumNames.area(area.id(), area.name(), getLocale()))));
        if (page.teacherMade()) {
            chips.add(CatalogueView.chip(getTranslation(page.shared() ? "activity.shared" : "activity.private")));
        }
        add(chips);
        if (a.reviewed() != null) {
            add(GuideParts.reviewed(this, getLocale(), a.reviewed()));
        }
        if (user.is(Role.TEACHER)) {
            Div actions = new Div();
            actions.addClassName("opdag-actions");
            // Giving it to a class is the classroom's business: its page for this activity (dk.opdag.classroom.ui).
            Anchor give = new Anchor("aktivitet/" + a.id() + "/giv", getTranslation("lesson.give.link"));
            give.addClassName("opdag-give");
            actions.add(give);
            actions.add(new Anchor("aktivitet/ny?kopi=" + a.id(), getTranslation("activity.copy")));
            if (page.mine()) {
                actions.add(new Anchor("aktivitet/rediger/" + a.id(), getTranslation("activity.edit")));
            }
            add(actions);
        }

        section("activity.for-pupils", new Paragraph(a.intro()));
        section("activity.why", markdown(a.why()));
        UnorderedList subjects = new UnorderedList();
        for (SubjectUse s : a.subjects()) {
            ListItem item = new ListItem();
            Span name = new Span(subjectName(curriculum, s.id()) + ": ");
            name.addClassName("opdag-strong");
            item.add(name, new Span(s.does()));
            subjects.add(item);
        }
        section("activity.in-subjects", subjects);
        UnorderedList goals = new UnorderedList();
        a.goals().forEach(id -> goals.add(new ListItem(curriculum.goal(id).map(g -> g.text()).orElse(id))));
        section("activity.goals", goals);
        UnorderedList materials = new UnorderedList();
        a.materials().forEach(m -> materials.add(new ListItem(m)));
        // Print materials (kopiark, cards) and the school's own files for the activity: dk.opdag.materials.
        Anchor print = new Anchor("aktivitet/" + a.id() + "/materialer", getTranslation("materials.print.link"));
        print.setId("activity-materials");
        section("activity.materials", materials, print);
        experiments(a, curriculum);
        if (a.differentiation() != null) {
            section("activity.differentiation",
                    labelled("activity.easier", a.differentiation().easier()),
                    labelled("activity.harder", a.differentiation().harder()));
        }
        if (a.guide() != null && a.guide().background() != null) {
            Component background = markdown(a.guide().background());
            background.setId("activity-background");
            section("guide.background", background);
        }
        if (a.guide() != null && !a.guide().vocabulary().isEmpty()) {
            section("guide.vocabulary", GuideParts.vocabulary(a.guide().vocabulary()));
        }
        if (a.guide() != null) {
            section("activity.preparation", markdown(a.guide().preparation()));
            add(new H2(getTranslation("activity.lessons")));
            for (Lesson lesson : a.guide().lessons()) {
                add(new H3(lesson.title()));
                Div steps = new Div();
                steps.addClassName("opdag-steps");
                for (Step step : lesson.steps()) {
                    Div row = new Div();
                    row.addClassName("opdag-step");
                    Span minutes = new Span(getTranslation("activity.minutes", step.minutes()));
                    minutes.addClassName("opdag-step-minutes");
                    row.add(minutes, stepText(step, curriculum));
                    steps.add(row);
                }
                add(steps);
            }
            OrderedList reflection = new OrderedList();
            a.guide().reflection().forEach(q -> reflection.add(new ListItem(q)));
            section("activity.reflection", reflection);
            section("activity.evaluation", GuideParts.evaluation(this, a.guide().evaluation(),
                    id -> curriculum.goal(id).map(g -> g.text()).orElse(id)));
            if (!a.guide().answers().isEmpty()) {
                add(GuideParts.answers(this, a.guide().answers()));
            }
        }
        if (a.safety() != null && !a.safety().isBlank()) {
            section("activity.safety", new Paragraph(a.safety()));
        }
    }

    /** The activity's block experiments, each opening the pupil's experiment view as a preview for staff. */
    private void experiments(Activity a, Curriculum curriculum) {
        List<Experiment> found = a.experiments().stream().map(curriculum::experiment).flatMap(Optional::stream)
                .toList();
        if (found.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("opdag-lab-experiments");
        for (Experiment e : found) {
            ListItem item = new ListItem();
            Span name = new Span(e.title() + ": ");
            name.addClassName("opdag-strong");
            Anchor open = new Anchor(Links.experiment(e.id()), getTranslation("lab.activity.try"));
            open.getElement().setAttribute("aria-label", getTranslation("lab.activity.try") + ": " + e.title());
            item.add(name, new Span(e.goal() + " "), open);
            list.add(item);
        }
        section("lab.activity.experiments", list);
    }

    /** The step's text, and a button into the experiment the pupils work on in it (schema field {@code experiment}). */
    private Component stepText(Step step, Curriculum curriculum) {
        Component text = markdown(step.text());
        Optional<Experiment> experiment = Optional.ofNullable(step.experiment()).flatMap(curriculum::experiment);
        if (experiment.isEmpty()) {
            return text;
        }
        Anchor open = new Anchor(Links.experiment(experiment.get().id()), getTranslation("lab.step.open"));
        open.addClassName("opdag-step-experiment");
        open.getElement().setAttribute("aria-label",
                getTranslation("lab.step.open.named", experiment.get().title()));
        Div both = new Div(text, open);
        both.addClassName("opdag-step-body");
        return both;
    }

    private void section(String titleKey, Component... content) {
        add(new H2(getTranslation(titleKey)));
        add(content);
    }

    private Paragraph labelled(String labelKey, String text) {
        Paragraph p = new Paragraph();
        Span label = new Span(getTranslation(labelKey) + ": ");
        label.addClassName("opdag-strong");
        p.add(label, new Span(text == null ? "" : text));
        return p;
    }

    private static Component markdown(String text) {
        return SafeMarkdown.component(text);
    }

    private Paragraph note(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("opdag-empty");
        return p;
    }

    private String subjectName(Curriculum curriculum, String id) {
        return curriculum.subject(id).map(s -> dk.opdag.curriculum.CurriculumNames.subject(s.id(), s.name(),
                getLocale())).orElse(id);
    }

    @Override
    public String getPageTitle() {
        return title == null ? getTranslation("catalogue.title") : title;
    }
}
