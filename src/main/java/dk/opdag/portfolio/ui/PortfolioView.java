package dk.opdag.portfolio.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.opdag.account.CurrentUser;
import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.curriculum.CurriculumStore;
import dk.opdag.curriculum.model.Experiment;
import dk.opdag.portfolio.PortfolioEntry;
import dk.opdag.portfolio.PortfolioException;
import dk.opdag.portfolio.PortfolioService;
import dk.opdag.shell.upload.LimitedUpload;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * "Min portfolio": a valgfag pupil's own project entries. Write a new one, edit or delete one, attach an image or a
 * PDF, read the teacher's comments, and open the page to print for the final assessment.
 */
@Route(PortfolioView.ROUTE)
@Menu(title = "portfolio.nav", order = 50)
@StyleSheet("styles/yearplans.css")
@RolesAllowed(Role.Names.PUPIL)
public class PortfolioView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "portfolio";

    private final PortfolioService portfolios;
    private final CurrentUser currentUser;
    private final List<Experiment> experiments;
    private final CurriculumStore curriculum;
    private final Div content = new Div();
    private final Paragraph status = new Paragraph();
    private SignedInUser user;

    public PortfolioView(PortfolioService portfolios, CurrentUser currentUser, CurriculumStore curriculum) {
        this.portfolios = portfolios;
        this.currentUser = currentUser;
        this.curriculum = curriculum;
        this.experiments = curriculum.curriculum().experiments().stream()
                .filter(e -> e.grades() != null && e.grades().to() >= 7).toList();
        add(new H1(getTranslation("portfolio.title")));
        status.getElement().setAttribute("role", "status");
        content.setWidthFull();
        add(status, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        user = currentUser.require();
        show();
    }

    private void show() {
        content.removeAll();
        if (portfolios.valgfagClassOf(user).isEmpty()) {
            content.add(new Paragraph(getTranslation("portfolio.error.not-valgfag")));
            return;
        }
        content.add(new Paragraph(getTranslation("portfolio.intro")));
        content.add(new Paragraph(new Anchor(PortfolioPrintView.ROUTE, getTranslation("portfolio.print-link"))));
        content.add(newEntryForm());
        List<PortfolioEntry> entries = portfolios.myEntries(user);
        content.add(new H2(getTranslation("portfolio.entries", entries.size())));
        for (PortfolioEntry e : entries) {
            content.add(entry(e));
        }
    }

    private EntryForm newEntryForm() {
        EntryForm[] form = new EntryForm[1];
        form[0] = new EntryForm(portfolios.course(), experiments, null, getTranslation("portfolio.new"), draft -> {
            try {
                PortfolioEntry saved = portfolios.add(user, draft);
                show();
                say(getTranslation("portfolio.saved", saved.title()));
            } catch (PortfolioException ex) {
                form[0].fail(getTranslation(ex.key(), ex.args()));
            }
        });
        return form[0];
    }

    private Div entry(PortfolioEntry e) {
        Div box = new Div(new EntryCard(e, portfolios.course(), this::experimentTitle, true,
                id -> portfolios.file(user, id).orElse(new byte[0])));
        Upload upload = new Upload(LimitedUpload.inMemory(PortfolioService.MAX_FILE_BYTES, (name, bytes) -> {
            try {
                portfolios.attach(user, e.id(), name, bytes);
                show();
                say(getTranslation("portfolio.file-saved", name));
            } catch (PortfolioException ex) {
                say(getTranslation(ex.key(), ex.args()));
            }
        }, tooLarge -> say(getTranslation("portfolio.error.file-too-big", tooLarge / (1024 * 1024)))));
        upload.setMaxFileSize(PortfolioService.MAX_FILE_BYTES);
        upload.setAcceptedFileTypes("image/png", "image/jpeg", "image/gif", "image/webp", "application/pdf");
        upload.setUploadButton(new Button(getTranslation("portfolio.attach")));
        upload.setDropLabel(new com.vaadin.flow.component.html.Span(getTranslation("portfolio.attach-drop")));
        Button edit = new Button(getTranslation("portfolio.edit"), ev -> {
            box.removeAll();
            EntryForm[] form = new EntryForm[1];
            form[0] = new EntryForm(portfolios.course(), experiments, e, getTranslation("portfolio.edit-heading",
                    e.title()), draft -> {
                        try {
                            portfolios.update(user, e.id(), e.version(), draft);
                            show();
                            say(getTranslation("portfolio.saved", draft.title()));
                        } catch (PortfolioException ex) {
                            form[0].fail(getTranslation(ex.key(), ex.args()));
                        }
                    });
            box.add(form[0]);
        });
        edit.getElement().setAttribute("aria-label", getTranslation("portfolio.edit-label", e.title()));
        Button delete = new Button(getTranslation("portfolio.delete"), ev -> confirmDelete(e));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.getElement().setAttribute("aria-label", getTranslation("portfolio.delete-label", e.title()));
        box.add(upload, new Div(edit, delete));
        box.addClassName("opdag-portfolio-box");
        return box;
    }

    private void confirmDelete(PortfolioEntry e) {
        var dialog = new com.vaadin.flow.component.confirmdialog.ConfirmDialog();
        dialog.setHeader(getTranslation("portfolio.delete-confirm", e.title()));
        dialog.setText(getTranslation("portfolio.delete-text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("portfolio.cancel"));
        dialog.setConfirmText(getTranslation("portfolio.delete"));
        dialog.addConfirmListener(ev -> {
            try {
                portfolios.delete(user, e.id(), e.version());
                show();
                say(getTranslation("portfolio.deleted", e.title()));
            } catch (PortfolioException ex) {
                say(getTranslation(ex.key(), ex.args()));
            }
        });
        dialog.open();
    }

    private String experimentTitle(String id) {
        return curriculum.curriculum().experiment(id).map(Experiment::title).orElse(id);
    }

    private void say(String text) {
        status.setText(text);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portfolio.title");
    }
}
