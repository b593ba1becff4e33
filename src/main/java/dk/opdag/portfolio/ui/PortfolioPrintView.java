package dk.opdag.portfolio.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
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
import dk.opdag.portfolio.PortfolioService;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** The pupil's whole portfolio on one page, oldest entry first, to print or save as PDF for the valgfag's prøve. */
@Route(PortfolioPrintView.ROUTE)
@StyleSheet("styles/yearplans.css")
@RolesAllowed(Role.Names.PUPIL)
public class PortfolioPrintView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "portfolio/udskriv";

    private final PortfolioService portfolios;
    private final CurrentUser currentUser;
    private final CurriculumStore curriculum;

    public PortfolioPrintView(PortfolioService portfolios, CurrentUser currentUser, CurriculumStore curriculum) {
        this.portfolios = portfolios;
        this.currentUser = currentUser;
        this.curriculum = curriculum;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        SignedInUser user = currentUser.require();
        add(new H1(getTranslation("portfolio.print.title", user.displayName())));
        if (portfolios.valgfagClassOf(user).isEmpty()) {
            add(new Paragraph(getTranslation("portfolio.error.not-valgfag")));
            return;
        }
        Button print = new Button(getTranslation("portfolio.print.do"),
                e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.addClassName("opdag-no-print");
        add(print, new Paragraph(getTranslation("portfolio.print.intro", portfolios.course().title())));
        List<PortfolioEntry> entries = portfolios.myEntries(user).reversed();
        if (entries.isEmpty()) {
            add(new Paragraph(getTranslation("portfolio.print.empty")));
        }
        for (PortfolioEntry e : entries) {
            add(new EntryCard(e, portfolios.course(),
                    id -> curriculum.curriculum().experiment(id).map(Experiment::title).orElse(id), false,
                    id -> portfolios.file(user, id).orElse(new byte[0])));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portfolio.print.page-title");
    }
}
