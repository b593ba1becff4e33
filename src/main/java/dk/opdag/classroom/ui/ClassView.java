package dk.opdag.classroom.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.opdag.account.CurrentUser;
import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.classroom.ClassInfo;
import dk.opdag.classroom.ClassroomException;
import dk.opdag.classroom.ClassroomService;
import dk.opdag.classroom.PupilRow;
import dk.opdag.classroom.RosterFile;
import dk.opdag.shell.upload.LimitedUpload;
import dk.opdag.classroom.RosterService;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;

/**
 * One class: its pupils, their login codes (for the class's teachers and admins), adding pupils by typing or
 * uploading a list, and the printable login cards. Leaders of the school see the list without codes.
 */
@Route("klasse/:id")
@RolesAllowed({Role.Names.TEACHER, Role.Names.LEADER, Role.Names.ADMIN})
public class ClassView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ClassroomService classrooms;
    private final RosterService roster;
    private final CurrentUser currentUser;
    private final Grid<PupilRow> pupils = new Grid<>();
    private ClassInfo klass;
    private boolean manage;
    private boolean teacherOfClass;
    private Upload rosterUpload;

    private final dk.opdag.classroom.privacy.PupilDataService pupilData;
    private final dk.opdag.classroom.export.ClassExportService exports;

    public ClassView(ClassroomService classrooms, RosterService roster, CurrentUser currentUser,
                     dk.opdag.classroom.privacy.PupilDataService pupilData,
                     dk.opdag.classroom.export.ClassExportService exports) {
        this.pupilData = pupilData;
        this.exports = exports;
        this.classrooms = classrooms;
        this.roster = roster;
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SignedInUser user = currentUser.require();
        try {
            long id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            klass = classrooms.classFor(user, id);
        } catch (NumberFormatException | ClassroomException e) {
            removeAll();
            add(new H1(getTranslation("error.denied.title")), new Paragraph(getTranslation("class.error.no-access")));
            klass = null;
            return;
        }
        manage = classrooms.canManage(user, klass);
        teacherOfClass = user.is(Role.TEACHER) && manage;
        build();
    }

    private void build() {
        removeAll();
        add(new H1(getTranslation("class.title", klass.name())));
        Paragraph code = new Paragraph(getTranslation("class.code", klass.classCode()));
        code.addClassName("opdag-class-code-display");
        add(code);
        if (manage) {
            add(new Anchor("klasse/" + klass.id() + "/login-kort", getTranslation("class.cards")));
        }
        if (teacherOfClass) {
            add(new Anchor("klasse/" + klass.id() + "/opgaver", getTranslation("teaching.class.assignments")),
                    new Anchor("klasse/" + klass.id() + "/barometer", getTranslation("teaching.class.barometer")));
        }
        pupils.removeAllColumns();
        pupils.addColumn(PupilRow::displayName).setHeader(getTranslation("class.pupil"))
                .setComparator(dk.opdag.classroom.DanishOrder.pupils());
        if (manage) {
            pupils.addColumn(p -> CodeText.of(this, p.loginCode())).setHeader(getTranslation("class.pupil-code"));
            pupils.addComponentColumn(p -> {
                Button reset = new Button(getTranslation("class.reset-code"), e -> confirmReset(p));
                reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                reset.getElement().setAttribute("aria-label",
                        getTranslation("class.reset-code-for", p.displayName()));
                Button remove = new Button(getTranslation("teaching.class.remove"), e -> confirmRemove(p));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL,
                        ButtonVariant.LUMO_ERROR);
                remove.getElement().setAttribute("aria-label",
                        getTranslation("teaching.class.remove-for", p.displayName()));
                return new HorizontalLayout(reset, remove, exportData(p), eraseData(p));
            }).setHeader(getTranslation("class.actions"));
        }
        pupils.setAllRowsVisible(true);
        pupils.setAriaLabel(getTranslation("class.pupils"));
        List<PupilRow> rows = roster.pupils(currentUser.require(), klass.id());
        pupils.setItems(rows);
        add(new H2(getTranslation("class.pupils-count", rows.size())));
        if (rows.isEmpty()) {
            add(new Paragraph(getTranslation(manage ? "class.empty.manage" : "class.empty.view")));
        } else {
            add(pupils);
        }
        if (teacherOfClass) {
            add(exportPanel());
        }
        if (manage) {
            add(addPupilsPanel());
        }
        if (currentUser.require().is(Role.ADMIN) && !rows.isEmpty()) {
            add(eraseClassPanel());
        }
    }

    /** The class's progress and reflections as CSV for Excel; the service lets only the class's teachers have it. */
    private Details exportPanel() {
        SignedInUser user = currentUser.require();
        long classId = klass.id();
        java.util.Locale locale = getLocale();
        String slug = klass.name().replaceAll("[^\\p{L}\\p{N}]+", "");
        Anchor progress = csvLink(getTranslation("export.progress"), "fremskridt-" + slug + ".csv",
                () -> exports.progressCsv(user, classId, locale));
        progress.setId("export-progress");
        Anchor reflections = csvLink(getTranslation("export.reflections"), "refleksioner-" + slug + ".csv",
                () -> exports.reflectionsCsv(user, classId, locale));
        reflections.setId("export-reflections");
        VerticalLayout content = new VerticalLayout(new Paragraph(getTranslation("export.help")), progress,
                reflections);
        content.setPadding(false);
        return new Details(getTranslation("export.title"), content);
    }

    private static Anchor csvLink(String text, String fileName, java.util.function.Supplier<String> csv) {
        Anchor link = new Anchor(com.vaadin.flow.server.streams.DownloadHandler.fromInputStream(event -> {
            byte[] bytes = csv.get().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            return new com.vaadin.flow.server.streams.DownloadResponse(new java.io.ByteArrayInputStream(bytes),
                    fileName, "text/csv; charset=utf-8", bytes.length);
        }), text);
        link.getElement().setAttribute("download", true);
        return link;
    }

    // --- pupils' data (GDPR) ----------------------------------------------------------------------------------
    /** Everything stored about the pupil, as a text file the parents can read. */
    private Anchor exportData(PupilRow p) {
        SignedInUser user = currentUser.require();
        long classId = klass.id();
        Anchor link = new Anchor(com.vaadin.flow.server.streams.DownloadHandler.fromInputStream(event -> {
            byte[] text = pupilData.export(user, classId, p.id()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            return new com.vaadin.flow.server.streams.DownloadResponse(new java.io.ByteArrayInputStream(text),
                    "opdag-elevdata-" + p.id() + ".txt", "text/plain; charset=utf-8", text.length);
        }), getTranslation("class.data.export"));
        link.getElement().setAttribute("download", true);
        link.getElement().setAttribute("aria-label", getTranslation("class.data.export-for", p.displayName()));
        return link;
    }

    private Button eraseData(PupilRow p) {
        Button erase = new Button(getTranslation("class.data.erase"), e -> {
            ConfirmDialog dialog = new ConfirmDialog();
            dialog.setHeader(getTranslation("class.data.erase-title", p.displayName()));
            dialog.setText(getTranslation("class.data.erase-text", p.displayName()));
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("class.data.cancel"));
            dialog.setConfirmText(getTranslation("class.data.erase-confirm"));
            dialog.setConfirmButtonTheme("error primary");
            dialog.addConfirmListener(c -> {
                try {
                    pupilData.erase(currentUser.require(), klass.id(), p.id());
                    build();
                    Notification.show(getTranslation("class.data.erased", p.displayName()), 5000,
                            Notification.Position.TOP_CENTER);
                } catch (ClassroomException ex) {
                    showError(getTranslation(ex.messageKey()));
                }
            });
            dialog.open();
        });
        erase.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        erase.getElement().setAttribute("aria-label", getTranslation("class.data.erase-for", p.displayName()));
        return erase;
    }

    /** At the end of a school year: the admin erases the pupils who leave with the class. */
    private Details eraseClassPanel() {
        Button erase = new Button(getTranslation("class.data.erase-class"), e -> {
            ConfirmDialog dialog = new ConfirmDialog();
            dialog.setHeader(getTranslation("class.data.erase-class-title", klass.name()));
            dialog.setText(getTranslation("class.data.erase-class-text", klass.name()));
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("class.data.cancel"));
            dialog.setConfirmText(getTranslation("class.data.erase-confirm"));
            dialog.setConfirmButtonTheme("error primary");
            dialog.addConfirmListener(c -> {
                var done = pupilData.eraseClass(currentUser.require(), klass.id());
                build();
                Notification.show(getTranslation("class.data.class-erased", done.erased(), done.movedOn()), 8000,
                        Notification.Position.TOP_CENTER);
            });
            dialog.open();
        });
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        VerticalLayout content = new VerticalLayout(new Paragraph(getTranslation("class.data.erase-class-help")),
                erase);
        content.setPadding(false);
        return new Details(getTranslation("class.data.year-end"), content);
    }

    private Details addPupilsPanel() {
        TextArea names = new TextArea(getTranslation("roster.type-names"));
        names.setHelperText(getTranslation("roster.type-names-help"));
        names.setWidthFull();
        names.setMaxLength(20_000);
        Button add = new Button(getTranslation("roster.add"), e -> {
            report(roster.addPupils(currentUser.require(), klass.id(), Arrays.asList(names.getValue().split("\\R"))));
            names.clear();
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        // The limit holds on the server while the file streams in; the browser's limit below only says it sooner.
        Upload upload = new Upload(LimitedUpload.inMemory(RosterFile.MAX_BYTES, (name, data) -> importFile(data),
                limit -> showError(getTranslation("roster.error.too-big"))));
        rosterUpload = upload;
        upload.setMaxFiles(1);
        upload.setMaxFileSize(RosterFile.MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", ".txt", "text/csv", "text/plain");
        upload.addFileRejectedListener(e -> showError(getTranslation("roster.error.too-big")));
        upload.getElement().setAttribute("aria-label", getTranslation("roster.upload"));
        dk.opdag.shell.upload.UploadTexts.localise(upload);

        VerticalLayout content = new VerticalLayout(names, add, new Span(getTranslation("roster.upload-help")), upload);
        content.setPadding(false);
        Details details = new Details(getTranslation("roster.add-title"), content);
        details.setOpened(true);
        return details;
    }

    /** A class list is read and shown first; nothing is added before the teacher confirms. */
    private void importFile(byte[] data) {
        if (rosterUpload != null) {
            rosterUpload.clearFileList(); // ready for the next list (a full list would grey out the drop label)
        }
        try {
            List<String> names = RosterFile.names(data);
            showPreview(names, roster.preview(currentUser.require(), klass.id(), names));
        } catch (RosterFile.RosterFileException e) {
            showError(getTranslation(e.messageKey(), RosterFile.MAX_NAMES));
        } catch (ClassroomException e) {
            showError(getTranslation(e.messageKey(), RosterFile.MAX_NAMES));
        }
    }

    private void showPreview(List<String> names, RosterService.Preview preview) {
        getChildren().filter(c -> c.hasClassName("opdag-roster-preview")).toList().forEach(this::remove);
        VerticalLayout panel = new VerticalLayout();
        panel.addClassName("opdag-roster-preview");
        panel.setPadding(false);
        H2 title = new H2(getTranslation("roster.preview.title", preview.className()));
        Grid<RosterService.PreviewRow> grid = new Grid<>();
        grid.addColumn(RosterService.PreviewRow::name).setHeader(getTranslation("roster.preview.name"));
        grid.addColumn(RosterService.PreviewRow::className).setHeader(getTranslation("roster.preview.class"));
        grid.addColumn(r -> getTranslation("roster.preview.outcome." + r.outcome().name()))
                .setHeader(getTranslation("roster.preview.outcome"));
        grid.setItems(preview.rows());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("roster.preview.title", preview.className()));
        long toAdd = preview.toAdd();
        Paragraph summary = new Paragraph(getTranslation("roster.preview.summary", toAdd,
                preview.rows().size() - toAdd));
        summary.getElement().setAttribute("role", "status");
        Button confirm = new Button(getTranslation("roster.preview.confirm", toAdd), e -> {
            remove(panel);
            report(roster.addPupils(currentUser.require(), klass.id(), names));
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(toAdd > 0);
        Button cancel = new Button(getTranslation("roster.preview.cancel"), e -> {
            remove(panel);
            Paragraph done = new Paragraph(getTranslation("roster.preview.cancelled"));
            done.addClassName("opdag-roster-report");
            done.getElement().setAttribute("role", "status");
            add(done);
        });
        panel.add(title, summary, grid, new HorizontalLayout(confirm, cancel));
        add(panel);
        confirm.focus();
    }

    private void report(RosterService.AddReport report) {
        StringBuilder text = new StringBuilder(getTranslation("roster.added", report.added().size()));
        if (!report.duplicates().isEmpty()) {
            text.append(' ').append(getTranslation("roster.duplicates", String.join(", ", report.duplicates())));
        }
        if (!report.rejected().isEmpty()) {
            text.append(' ').append(getTranslation("roster.rejected", String.join(", ", report.rejected())));
        }
        build();
        Paragraph result = new Paragraph(text.toString());
        result.addClassName("opdag-roster-report");
        result.getElement().setAttribute("role", "status");
        add(result);
    }

    /** Taking a pupil off the list keeps their work; the teacher confirms first. */
    private void confirmRemove(PupilRow pupil) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("teaching.class.remove-title", pupil.displayName()));
        dialog.setText(getTranslation("teaching.class.remove-text", pupil.displayName(), klass.name()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("teaching.class.remove-cancel"));
        dialog.setConfirmText(getTranslation("teaching.class.remove"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            roster.removePupil(currentUser.require(), klass.id(), pupil.id());
            build();
            Paragraph done = new Paragraph(getTranslation("teaching.class.removed", pupil.displayName()));
            done.getElement().setAttribute("role", "status");
            add(done);
        });
        dialog.open();
    }

    /** A new code stops the old one at once (cards already printed stop working), so the teacher confirms first. */
    private void confirmReset(PupilRow pupil) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("roster.reset.title", pupil.displayName()));
        dialog.setText(getTranslation("roster.reset.text", pupil.displayName()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("roster.reset.cancel"));
        dialog.setConfirmText(getTranslation("roster.reset.confirm"));
        dialog.addConfirmListener(e -> resetCode(pupil));
        dialog.open();
    }

    private void resetCode(PupilRow pupil) {
        String code = roster.resetCode(currentUser.require(), klass.id(), pupil.id());
        Notification.show(getTranslation("class.code-reset", pupil.displayName(), CodeText.of(this, code)), 8000,
                Notification.Position.MIDDLE);
        build();
    }

    private void showError(String message) {
        Paragraph error = new Paragraph(message);
        error.addClassName("opdag-error");
        error.getElement().setAttribute("role", "alert");
        add(error);
    }

    @Override
    public String getPageTitle() {
        return klass == null ? getTranslation("app.name") : getTranslation("class.title", klass.name());
    }
}
