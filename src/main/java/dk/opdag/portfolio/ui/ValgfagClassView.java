package dk.opdag.portfolio.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.opdag.account.CurrentUser;
import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.curriculum.CurriculumStore;
import dk.opdag.curriculum.model.Experiment;
import dk.opdag.portfolio.PortfolioEntry;
import dk.opdag.portfolio.PortfolioException;
import dk.opdag.portfolio.PortfolioService;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** A valgfag class's portfolios for its teachers: pick a pupil, read the entries, comment on each. */
@Route(ValgfagView.ROUTE + "/:id")
@StyleSheet("styles/yearplans.css")
@RolesAllowed(Role.Names.TEACHER)
public class ValgfagClassView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PortfolioService portfolios;
    private final CurrentUser currentUser;
    private final CurriculumStore curriculum;
    private final Div entries = new Div();
    private final Paragraph status = new Paragraph();
    private SignedInUser user;
    private long classId;

    public ValgfagClassView(PortfolioService portfolios, CurrentUser currentUser, CurriculumStore curriculum) {
        this.portfolios = portfolios;
        this.currentUser = currentUser;
        this.curriculum = curriculum;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        user = currentUser.require();
        add(new H1(getTranslation("valgfag.class.title")));
        List<PortfolioService.PupilPortfolio> pupils;
        try {
            classId = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            pupils = portfolios.pupilsOf(user, classId);
        } catch (NumberFormatException | PortfolioException e) {
            Paragraph p = new Paragraph(getTranslation("portfolio.error.no-access"));
            p.addClassName("opdag-error");
            add(p);
            return;
        }
        if (!portfolios.isValgfag(user, classId)) {
            add(new Paragraph(getTranslation("valgfag.class.not-valgfag")));
        }
        status.getElement().setAttribute("role", "status");
        Select<PortfolioService.PupilPortfolio> pupil = new Select<>();
        pupil.setLabel(getTranslation("valgfag.class.pupil"));
        pupil.setItems(pupils);
        pupil.setItemLabelGenerator(p -> getTranslation("valgfag.class.pupil-option", p.name(), p.entries()));
        pupil.addValueChangeListener(e -> show(e.getValue()));
        entries.setWidthFull();
        add(pupil, status, entries);
        pupils.stream().filter(p -> p.entries() > 0).findFirst().ifPresent(pupil::setValue);
    }

    private void show(PortfolioService.PupilPortfolio pupil) {
        entries.removeAll();
        if (pupil == null) {
            return;
        }
        List<PortfolioEntry> list = portfolios.entriesOf(user, classId, pupil.pupilId());
        entries.add(new H2(getTranslation("valgfag.class.entries", pupil.name(), list.size())));
        for (PortfolioEntry e : list) {
            Div box = new Div(new EntryCard(e, portfolios.course(),
                    id -> curriculum.curriculum().experiment(id).map(Experiment::title).orElse(id), false,
                    id -> portfolios.file(user, id).orElse(new byte[0])));
            box.addClassName("opdag-portfolio-box");
            TextArea comment = new TextArea(getTranslation("valgfag.class.comment", e.title()));
            comment.setMaxLength(PortfolioService.MAX_TEXT);
            comment.setWidthFull();
            Button save = new Button(getTranslation("valgfag.class.comment-save"), ev -> {
                try {
                    portfolios.comment(user, e.id(), comment.getValue());
                    show(pupil);
                    status.setText(getTranslation("valgfag.class.commented", pupil.name()));
                } catch (PortfolioException ex) {
                    status.setText(getTranslation(ex.key(), ex.args()));
                }
            });
            save.getElement().setAttribute("aria-label", getTranslation("valgfag.class.comment-save-label", e.title()));
            box.add(comment, save);
            entries.add(box);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("valgfag.class.title");
    }
}
