package dk.opdag.lab.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
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
import dk.opdag.shell.Navigation;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;

/**
 * A block experiment: for a pupil their own work (autosaved, with history); for staff a preview in which nothing is
 * stored. Until assignments exist, a pupil may open any catalogue experiment by its id.
 */
@Route("eksperiment/:id")
@RolesAllowed({Role.Names.PUPIL, Role.Names.TEACHER, Role.Names.LEADER, Role.Names.ADMIN})
@StyleSheet("styles/lab.css")
public class ExperimentView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** The address of an experiment, for links from other features. */
    public static String path(String experimentId) {
        return "eksperiment/" + experimentId;
    }

    private final LabCatalog catalog;
    private final LabService lab;
    private final LabBlocks blocks;
    private final CurrentUser currentUser;
    private final ObjectProvider<TeacherNoteSource> notes;
    private final Clock clock;
    private String title;

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
        Optional<LabExperiment> experiment = catalog.find(id);
        if (experiment.isEmpty()) {
            title = getTranslation("lab.not-found");
            add(new H1(title), new Paragraph(getTranslation("lab.not-found.text")),
                    new Anchor(Navigation.home(user.role()), getTranslation("lab.back")));
            return;
        }
        LabExperiment e = experiment.get();
        title = e.title();
        add(new H1(e.title()));
        if (!e.goal().isBlank()) {
            Paragraph goal = new Paragraph();
            goal.addClassName("opdag-lab-goal");
            Span label = new Span(getTranslation("lab.goal") + ": ");
            label.addClassName("opdag-strong");
            goal.add(label, new Span(e.goal()));
            add(goal);
        }
        List<TeacherNoteSource.TeacherNote> teacherNotes = List.of();
        TeacherNoteSource source = notes.getIfAvailable();
        if (source != null && user.is(Role.PUPIL)) {
            teacherNotes = source.notesFor(user.id(), e.id());
        }
        add(new ExperimentWorkbench(lab, blocks, user, e, teacherNotes, clock));
    }

    @Override
    public String getPageTitle() {
        return title == null ? getTranslation("lab.not-found") : title;
    }
}
