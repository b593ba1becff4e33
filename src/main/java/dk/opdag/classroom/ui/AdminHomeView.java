package dk.opdag.classroom.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.opdag.account.Role;
import dk.opdag.classroom.ClassroomException;
import dk.opdag.classroom.School;
import dk.opdag.classroom.SchoolAdminService;
import dk.opdag.shell.Navigation;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** The admin's start: the schools, and a form to create one. */
@Route(Navigation.ADMIN_HOME)
@Menu(title = "nav.admin-home", order = 10)
@RolesAllowed(Role.Names.ADMIN)
public class AdminHomeView extends VerticalLayout implements HasDynamicTitle {

    private final SchoolAdminService admin;
    private final Grid<School> schools = new Grid<>();
    private final Paragraph message = new Paragraph();

    public AdminHomeView(SchoolAdminService admin) {
        this.admin = admin;
        add(new H1(getTranslation("admin.title")));
        schools.addComponentColumn(s -> new Anchor("admin/skole/" + s.id(), s.name()))
                .setHeader(getTranslation("admin.school"));
        schools.addColumn(School::municipality).setHeader(getTranslation("admin.municipality"));
        schools.setAllRowsVisible(true);
        schools.setAriaLabel(getTranslation("admin.schools"));

        TextField municipality = new TextField(getTranslation("admin.municipality"));
        TextField school = new TextField(getTranslation("admin.school"));
        municipality.setMaxLength(120);
        school.setMaxLength(160);
        message.getElement().setAttribute("role", "status");
        Button create = new Button(getTranslation("admin.create-school"), e -> {
            try {
                long id = admin.createSchool(municipality.getValue(), school.getValue());
                getUI().ifPresent(ui -> ui.navigate("admin/skole/" + id));
            } catch (ClassroomException ex) {
                message.setText(getTranslation(ex.messageKey(), ex.params()));
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(municipality, school, create);
        form.setAlignItems(Alignment.BASELINE);
        form.setWrap(true);

        List<School> all = admin.schools();
        add(new H2(getTranslation("admin.schools")));
        if (all.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("admin.empty"));
            empty.addClassName("opdag-empty");
            add(empty);
        } else {
            schools.setItems(all);
            add(schools);
        }
        add(new H2(getTranslation("admin.create-school")), form, message);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.title");
    }
}
