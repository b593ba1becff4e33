package dk.opdag.classroom.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.opdag.account.CurrentUser;
import dk.opdag.account.Role;
import dk.opdag.classroom.ClassInfo;
import dk.opdag.classroom.ClassroomException;
import dk.opdag.classroom.ClassroomService;
import dk.opdag.classroom.PupilRow;
import dk.opdag.classroom.RosterService;
import jakarta.annotation.security.RolesAllowed;

/** Login cards to print and cut out: class code, the pupil's name and secret code. The menu is hidden in print. */
@Route("klasse/:id/login-kort")
@RolesAllowed({Role.Names.TEACHER, Role.Names.ADMIN})
public class LoginCardsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ClassroomService classrooms;
    private final RosterService roster;
    private final CurrentUser currentUser;
    private final String publicUrl;
    private ClassInfo klass;

    public LoginCardsView(ClassroomService classrooms, RosterService roster, CurrentUser currentUser,
                          @org.springframework.beans.factory.annotation.Value("${opdag.public-url:}")
                          String publicUrl) {
        this.publicUrl = publicUrl == null ? "" : publicUrl.strip().replaceAll("/+$", "");
        this.classrooms = classrooms;
        this.roster = roster;
        this.currentUser = currentUser;
        addClassName("opdag-cards-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            long id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            klass = classrooms.classFor(currentUser.require(), id);
            if (!classrooms.canManage(currentUser.require(), klass)) {
                throw new ClassroomException("class.error.no-access");
            }
        } catch (NumberFormatException | ClassroomException e) {
            klass = null;
            add(new H1(getTranslation("error.denied.title")), new Paragraph(getTranslation("class.error.no-access")));
            return;
        }
        Button print = new Button(getTranslation("cards.print"),
                e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.addClassName("opdag-no-print");
        add(new H1(getTranslation("cards.title", klass.name())), print);
        String loginAddress = loginAddress();
        if (publicUrl.isEmpty()) {
            Paragraph hint = new Paragraph(getTranslation("cards.no-public-url", loginAddress));
            hint.addClassName("opdag-no-print");
            add(hint);
        }
        // One QR code for the whole class: it only carries the login page's address, never a pupil's code.
        String qr = dk.opdag.classroom.QrSvg.dataUri(loginAddress);
        Div cards = new Div();
        cards.addClassName("opdag-cards");
        for (PupilRow pupil : roster.pupils(currentUser.require(), klass.id())) {
            Div card = new Div();
            card.addClassName("opdag-card");
            Span name = new Span(pupil.displayName());
            name.addClassName("opdag-card-name");
            Image code = new Image(qr, getTranslation("cards.qr-alt", loginAddress));
            code.addClassName("opdag-card-qr");
            Paragraph address = new Paragraph(getTranslation("cards.go-to", loginAddress));
            address.addClassName("opdag-card-address");
            card.add(code, name, address,
                    new Paragraph(getTranslation("cards.address")),
                    new Paragraph(getTranslation("cards.class-code", klass.classCode())),
                    new Paragraph(getTranslation("cards.your-code", CodeText.of(this, pupil.loginCode()))));
            cards.add(card);
        }
        add(cards);
    }

    /**
     * The pupils' login page at the school's address ({@code opdag.public-url}); without it, the address this page
     * was opened at (the teacher is signed in, so it is the address the school uses), with a hint to set it.
     */
    private String loginAddress() {
        String base = publicUrl;
        if (base.isEmpty()) {
            base = org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromContextPath(
                    com.vaadin.flow.server.VaadinServletRequest.getCurrent().getHttpServletRequest())
                    .build().toUriString().replaceAll("/+$", "");
        }
        return base + "/elev";
    }

    @Override
    public String getPageTitle() {
        return klass == null ? getTranslation("app.name") : getTranslation("cards.title", klass.name());
    }
}
