package dk.opdag.classroom.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.opdag.account.CodeKind;
import dk.opdag.account.Role;
import dk.opdag.account.StaffAccounts;
import dk.opdag.classroom.ClassSummary;
import dk.opdag.classroom.ClassroomException;
import dk.opdag.classroom.School;
import dk.opdag.classroom.SchoolAdminService;
import dk.opdag.classroom.SchoolYears;
import dk.opdag.classroom.StaffRow;
import dk.opdag.curriculum.SubjectCatalog;
import dk.opdag.curriculum.model.Subject;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** One school for the admin: its classes this school year, its staff, and who teaches which class. */
@Route("admin/skole/:id")
@RolesAllowed(Role.Names.ADMIN)
public class SchoolAdminView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SchoolAdminService admin;
    private final SubjectCatalog subjects;
    private final Paragraph message = new Paragraph();
    private School school;

    public SchoolAdminView(SchoolAdminService admin, SubjectCatalog subjects) {
        this.admin = admin;
        this.subjects = subjects;
        message.getElement().setAttribute("role", "status");
        message.addClassName("opdag-status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            school = admin.school(Long.parseLong(event.getRouteParameters().get("id").orElse("")));
        } catch (NumberFormatException | ClassroomException e) {
            removeAll();
            add(new H1(getTranslation("error.notfound.title")), new Paragraph(getTranslation("school.error.not-found")));
            school = null;
            return;
        }
        build();
    }

    private void build() {
        removeAll();
        int year = admin.currentStartYear();
        List<ClassSummary> classes = admin.classesOfSchool(school.id(), year);
        List<StaffRow> staff = admin.staffOfSchool(school.id());
        add(new H1(school.name()), new Paragraph(school.municipality()), message);

        add(new H2(getTranslation("school.classes", SchoolYears.label(year))));
        if (classes.isEmpty()) {
            add(empty("school.classes-empty"));
        } else {
            Grid<ClassSummary> grid = new Grid<>();
            grid.addComponentColumn(c -> new Anchor("klasse/" + c.id(), c.name())).setHeader(getTranslation("leader.class"));
            grid.addColumn(ClassSummary::classCode).setHeader(getTranslation("school.class-code"));
            grid.addColumn(ClassSummary::pupils).setHeader(getTranslation("leader.pupils"));
            grid.addColumn(c -> String.join(", ", c.teachers())).setHeader(getTranslation("leader.teachers"));
            grid.setItems(classes);
            grid.setAllRowsVisible(true);
            grid.setAriaLabel(getTranslation("school.classes", SchoolYears.label(year)));
            add(grid);
        }
        add(classForm(year));

        add(new H2(getTranslation("school.staff")));
        if (staff.isEmpty()) {
            add(empty("school.staff-empty"));
        } else {
            Grid<StaffRow> grid = new Grid<>();
            grid.addColumn(StaffRow::name).setHeader(getTranslation("school.staff-name"));
            grid.addColumn(StaffRow::username).setHeader(getTranslation("login.username"));
            grid.addColumn(s -> getTranslation("role." + s.role().name())).setHeader(getTranslation("school.role"));
            grid.setItems(staff);
            grid.setAllRowsVisible(true);
            grid.setAriaLabel(getTranslation("school.staff"));
            add(grid);
        }
        add(staffForm());
        if (!classes.isEmpty() && staff.stream().anyMatch(s -> s.role() == Role.TEACHER)) {
            add(assignForm(classes, staff));
        }
    }

    private VerticalLayout classForm(int year) {
        TextField name = new TextField(getTranslation("school.class-name"));
        name.setHelperText(getTranslation("school.class-name-help"));
        name.setMaxLength(10);
        Select<CodeKind> kind = new Select<>();
        kind.setLabel(getTranslation("school.code-kind"));
        kind.setItems(CodeKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("code-kind." + k.name()));
        kind.setValue(CodeKind.PICTURE);
        name.addValueChangeListener(e -> {
            String v = e.getValue().strip();
            if (!v.isEmpty() && Character.isDigit(v.charAt(0))) {
                kind.setValue(SchoolAdminService.defaultCodeKind(v.charAt(0) - '0'));
            }
        });
        Button create = new Button(getTranslation("school.create-class"), e -> act(() -> {
            String created = admin.createClass(school.id(), year, name.getValue(), kind.getValue());
            return getTranslation("school.class-created", created);
        }));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return section("school.create-class", name, kind, create);
    }

    private VerticalLayout staffForm() {
        Select<Role> role = new Select<>();
        role.setLabel(getTranslation("school.role"));
        role.setItems(Role.TEACHER, Role.LEADER);
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        role.setValue(Role.TEACHER);
        TextField name = new TextField(getTranslation("school.staff-name"));
        name.setMaxLength(120);
        TextField username = new TextField(getTranslation("login.username"));
        username.setMaxLength(60);
        PasswordField password = new PasswordField(getTranslation("school.first-password"));
        password.setHelperText(getTranslation("account.password-help", StaffAccounts.MIN_PASSWORD_LENGTH));
        Button create = new Button(getTranslation("school.create-staff"), e -> act(() -> {
            admin.createStaff(school.id(), role.getValue(), username.getValue(), password.getValue(), name.getValue());
            return getTranslation("school.staff-created", name.getValue().strip());
        }));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return section("school.create-staff", role, name, username, password, create);
    }

    private VerticalLayout assignForm(List<ClassSummary> classes, List<StaffRow> staff) {
        ComboBox<ClassSummary> klass = new ComboBox<>(getTranslation("leader.class"));
        klass.setItems(classes);
        klass.setItemLabelGenerator(ClassSummary::name);
        ComboBox<StaffRow> teacher = new ComboBox<>(getTranslation("school.teacher"));
        teacher.setItems(staff.stream().filter(s -> s.role() == Role.TEACHER).toList());
        teacher.setItemLabelGenerator(StaffRow::name);
        MultiSelectComboBox<Subject> taught = new MultiSelectComboBox<>(getTranslation("school.subjects"));
        taught.setItems(subjects.all());
        taught.setItemLabelGenerator(Subject::name);
        klass.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                taught.setItems(subjects.taughtAt(e.getValue().grade()));
            }
        });
        Button assign = new Button(getTranslation("school.assign"), e -> act(() -> {
            if (klass.getValue() == null || teacher.getValue() == null) {
                throw new ClassroomException("school.error.pick");
            }
            admin.assignTeacher(klass.getValue().id(), teacher.getValue().id(),
                    taught.getValue().stream().map(Subject::id).toList());
            return getTranslation("school.assigned", teacher.getValue().name(), klass.getValue().name());
        }));
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return section("school.assign-title", klass, teacher, taught, assign);
    }

    /** Runs an admin action; on success the page is rebuilt and the result named, on failure the reason. */
    private void act(java.util.function.Supplier<String> action) {
        try {
            String done = action.get();
            build();
            message.setText(done);
        } catch (ClassroomException e) {
            message.setText(getTranslation(e.messageKey(), e.params()));
        } catch (StaffAccounts.AccountException e) {
            message.setText(getTranslation(e.messageKey(), StaffAccounts.MIN_PASSWORD_LENGTH));
        }
    }

    private VerticalLayout section(String titleKey, com.vaadin.flow.component.Component... fields) {
        HorizontalLayout row = new HorizontalLayout(fields);
        row.setWrap(true);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        VerticalLayout section = new VerticalLayout(new H2(getTranslation(titleKey)), row);
        section.setPadding(false);
        return section;
    }

    private Paragraph empty(String key) {
        Paragraph p = new Paragraph(getTranslation(key));
        p.addClassName("opdag-empty");
        return p;
    }

    @Override
    public String getPageTitle() {
        return school == null ? getTranslation("admin.title") : school.name();
    }
}
