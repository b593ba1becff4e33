package dk.opdag.classroom.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.opdag.account.CurrentUser;
import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.classroom.ClassroomService;
import dk.opdag.shell.Navigation;
import jakarta.annotation.security.RolesAllowed;

/** "Mine opgaver": what the pupil should do now. Until a teacher assigns something, it says so kindly. */
@Route(Navigation.PUPIL_HOME)
@RolesAllowed(Role.Names.PUPIL)
public class PupilHomeView extends VerticalLayout implements HasDynamicTitle {

    public PupilHomeView(ClassroomService classrooms, CurrentUser currentUser) {
        SignedInUser pupil = currentUser.require();
        add(new H1(getTranslation("pupil.title")));
        add(new Paragraph(getTranslation("pupil.hello", pupil.displayName())));
        classrooms.classNameOfPupil(pupil)
                .ifPresent(name -> add(new Paragraph(getTranslation("pupil.class", name))));
        Paragraph empty = new Paragraph(getTranslation("pupil.empty"));
        empty.addClassName("opdag-empty");
        add(empty);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pupil.title");
    }
}
