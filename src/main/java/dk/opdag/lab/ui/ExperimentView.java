package dk.opdag.lab.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.opdag.account.CurrentUser;
import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.lab.LabBlocks;
import dk.opdag.lab.LabCatalog;
import dk.opdag.lab.LabExperiment;
import dk.opdag.lab.LabService;
import dk.opdag.lab.TeacherNoteSource;
import dk.opdag.shell.Links;
import dk.opdag.shell.ui.Markup;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.springframework.beans.factory.ObjectProvider;

/**
 * A block experiment: for a pupil their own work on one level (autosaved, with history), the path of levels (a level
 * opens when the one before it is passed; passed levels can be revisited), the way on, and above the work the hint or
 * comment their teacher sent from the live grid (through {@link TeacherNoteSource}); for staff a preview of any
 * level in which nothing is stored, with each level's model solution. Assignments (classroom feature) decide what a
 * pupil is asked to do and link here from <i>Mine opgaver</i>; this view does not check them, so a pupil may open any
 * catalogue experiment by its id (experiments are catalogue content, and a pupil's work is their own either way).
 */
@Route(Links.EXPERIMENT_ROUTE)
@RolesAllowed({Role.Names.PUPIL, Role.Names.TEACHER, Role.Names.LEADER, Role.Names.ADMIN})
@StyleSheet("styles/lab.css")
public class ExperimentView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** The address of one level of an experiment. */
    public static String path(String experimentId, String levelId) {
        return Links.experiment(experimentId, levelId);
    }

    private final LabCatalog catalog;
    private final LabService lab;
    private final LabBlocks blocks;
    private final CurrentUser currentUser;
    private final ObjectProvider<TeacherNoteSource> notes;
    private final Clock clock;
    private Html levelPath;
    private String title;
    private String experimentId;

    public ExperimentView(LabCatalog catalog, LabService lab, LabBlocks blocks, CurrentUser currentUser,
                          ObjectProvider<TeacherNoteSource> notes, Clock clock) {
        this.catalog = catalog;
        this.lab = lab;
        this.blocks = blocks;
        this.currentUser = currentUser;
        this.notes = notes;
        this.clock = clock;
        addClassName("opdag-lab-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        SignedInUser user = currentUser.require();
        String id = event.getRouteParameters().get("id").orElse("");
        experimentId = id;
        List<LabExperiment> levels = catalog.levels(id);
        if (levels.isEmpty()) {
            title = getTranslation("lab.not-found");
            add(new H1(title), new Paragraph(getTranslation("lab.not-found.text")),
                    new Anchor(user.role().home(), getTranslation("lab.back")));
            return;
        }
        List<LabService.LevelState> path = lab.path(user, levels);
        Optional<String> asked = event.getRouteParameters().get("level");
        LabService.LevelState state = asked.flatMap(a -> path.stream().filter(l -> l.levelId().equals(a))
                .findFirst()).orElse(LabService.current(path));
        LabExperiment e = levels.get(state.number() - 1);
        title = e.leveled() ? e.title() + " – " + e.levelTitle() : e.title();
        add(new H1(e.title()));
        if (dk.opdag.curriculum.CurriculumNames.english(getLocale())) {
            Paragraph danish = new Paragraph(getTranslation("content.danish-notice")); // content is Danish data
            danish.addClassName("opdag-danish-notice");
            add(danish);
        }
        if (!e.goal().isBlank()) {
            add(labelled("opdag-lab-goal", getTranslation("lab.goal"), e.goal()));
        }
        if (e.leveled()) {
            levelPath = Markup.html(levelPath(path, state));
            add(levelPath);
        }
        if (asked.isPresent() && path.stream().noneMatch(l -> l.levelId().equals(asked.get()))) {
            add(notice(getTranslation("lab.level.unknown")));
        }
        if (!state.open()) {
            LabService.LevelState reached = LabService.current(path);
            add(new H2(getTranslation("lab.level.locked")),
                    new Paragraph(getTranslation("lab.level.locked.text", state.number() - 1)),
                    new Anchor(path(id, reached.levelId()), getTranslation("lab.level.go", reached.number())));
            return;
        }
        if (e.leveled()) {
            add(new H2(getTranslation("lab.level.heading", e.levelNumber(), e.levelCount(), e.levelTitle())));
            add(labelled("opdag-lab-task", getTranslation("lab.task"), e.task()));
        }
        TeacherNoteSource source = user.is(Role.PUPIL) ? notes.getIfAvailable() : null;
        ExperimentWorkbench workbench = new ExperimentWorkbench(lab, blocks, user, e, source, clock);
        if (e.levelNumber() < levels.size()) {
            LabExperiment next = levels.get(e.levelNumber());
            workbench.setNextLevel(path(id, next.levelId()), next.levelNumber());
        }
        workbench.onGraded(graded -> {
            if (e.leveled() && graded.passed()) {
                Markup.replace(levelPath, levelPath(lab.path(user, levels), state));
            }
        });
        add(workbench);
    }

    /**
     * The levels as links: where the pupil is, which are passed (★ perfect), and which are still locked. Read-only
     * text and links, so one node ({@link Markup}) that is replaced after a passed run.
     */
    private Element levelPath(List<LabService.LevelState> path, LabService.LevelState shown) {
        Element nav = Markup.root("nav", "opdag-lab-levels").attr("aria-label", getTranslation("lab.level.path"));
        Element list = nav.appendElement("ol");
        for (LabService.LevelState l : path) {
            String stateKey = l.perfect() ? "lab.level.state.perfect" : l.passed() ? "lab.level.state.passed"
                    : l.open() ? "lab.level.state.open" : "lab.level.state.locked";
            String mark = l.perfect() ? "★" : l.passed() ? "✓" : l.open() ? "" : "🔒";
            String text = l.number() + ". " + l.title() + (mark.isEmpty() ? "" : " " + mark);
            String label = getTranslation("lab.level.item", l.number(), l.title()) + ", " + getTranslation(stateKey);
            Element item = list.appendElement("li").addClass(l.passed() ? "passed" : l.open() ? "open" : "locked");
            if (l.open()) {
                Element link = item.appendElement("a").attr("href", path(experimentId, l.levelId()))
                        .attr("aria-label", label).text(text);
                if (l.levelId().equals(shown.levelId())) {
                    link.attr("aria-current", "step");
                    item.addClass("current");
                }
            } else {
                item.appendElement("span").attr("aria-label", label).text(text);
            }
        }
        return nav;
    }

    /** "Mål: …" or "Opgave: …" as one node. */
    private static Html labelled(String className, String label, String text) {
        Element p = Markup.root("p", className);
        p.appendElement("span").addClass("opdag-strong").text(label + ": ");
        p.appendElement("span").text(text);
        return Markup.html(p);
    }

    private static Paragraph notice(String text) {
        Paragraph p = new Paragraph(text);
        p.getElement().setAttribute("role", "status");
        return p;
    }

    @Override
    public String getPageTitle() {
        return title == null ? getTranslation("lab.not-found") : title;
    }
}
