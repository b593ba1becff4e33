package dk.opdag.materials.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dk.opdag.account.CurrentUser;
import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.curriculum.model.Material;
import dk.opdag.materials.MaterialService;
import dk.opdag.materials.sheets.ShippedMaterials;
import dk.opdag.materials.store.StoredFile;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * An activity's print materials: what to print and how many, the sheets themselves as they will look on A4, a print
 * button and a PDF of the same markup; below, the files the teacher and the school attached to the activity.
 */
@Route("aktivitet/:id/materialer")
@RolesAllowed({Role.Names.TEACHER, Role.Names.LEADER, Role.Names.ADMIN})
@StyleSheet("styles/materials.css")
@StyleSheet("styles/materials-print.css")
public class PrintView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ShippedMaterials shipped;
    private final MaterialService materials;
    private final CurrentUser currentUser;
    private String title;

    public PrintView(ShippedMaterials shipped, MaterialService materials, CurrentUser currentUser) {
        this.shipped = shipped;
        this.materials = materials;
        this.currentUser = currentUser;
        addClassName("opdag-print-materials");
    }

    public static String path(String activityId) {
        return "aktivitet/" + activityId + "/materialer";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        SignedInUser user = currentUser.require();
        String id = event.getRouteParameters().get("id").orElse("");
        var sheets = shipped.of(id);
        Anchor back = new Anchor("aktivitet/" + id, getTranslation("materials.print.back"));
        back.addClassName("opdag-no-print");
        if (sheets.isEmpty()) {
            title = getTranslation("activity.not-found");
            add(back, new H1(title));
            return;
        }
        ShippedMaterials.Sheets s = sheets.get();
        title = getTranslation("materials.print.title", s.activityTitle());
        add(back, new H1(title));
        Div plan = new Div();
        plan.addClassName("opdag-no-print");
        if (s.materials().isEmpty()) {
            plan.add(new Paragraph(getTranslation("materials.print.none")));
        } else {
            Button print = new Button(getTranslation("materials.print.print"),
                    e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
            print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            print.setId("print-sheets");
            Anchor pdf = pdfLink(s, null, getTranslation("materials.print.pdf"));
            pdf.setId("sheets-pdf");
            Div actions = new Div(print, new Span(" "), pdf);
            actions.addClassName("opdag-actions");
            plan.add(new H2(getTranslation("materials.print.list")), list(s), actions);
        }
        plan.add(extraFiles(user, id));
        add(plan);
        if (!s.materials().isEmpty()) {
            add(new Html(s.html()));
        }
    }

    private UnorderedList list(ShippedMaterials.Sheets s) {
        UnorderedList list = new UnorderedList();
        for (Material m : s.materials()) {
            ListItem item = new ListItem();
            Anchor jump = new Anchor("#" + m.id(), m.title());
            Span what = new Span(" (" + getTranslation("materials.kindname." + m.kind().name()) + ") – "
                    + m.copies() + " ");
            Anchor pdf = pdfLink(s, m.id(), getTranslation("materials.print.pdf-one"));
            pdf.getElement().setAttribute("aria-label", getTranslation("materials.print.pdf-one") + ": " + m.title());
            item.add(jump, what, pdf);
            list.add(item);
        }
        return list;
    }

    private Anchor pdfLink(ShippedMaterials.Sheets s, String materialId, String text) {
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            shipped.pdf(s, materialId, out);
            return new DownloadResponse(new ByteArrayInputStream(out.toByteArray()),
                    ShippedMaterials.pdfFileName(s, materialId), "application/pdf", out.size());
        }), text);
        pdf.getElement().setAttribute("download", true);
        return pdf;
    }

    private Div extraFiles(SignedInUser user, String activityId) {
        Div extra = new Div(new H2(getTranslation("materials.print.extra")));
        List<StoredFile> files = materials.filesOnActivity(user, activityId);
        if (files.isEmpty()) {
            extra.add(new Paragraph(getTranslation("materials.print.extra-none")));
        } else {
            UnorderedList list = new UnorderedList();
            files.forEach(f -> list.add(new ListItem(new Anchor(FileView.path(f.id()), f.title()))));
            extra.add(list);
        }
        return extra;
    }

    @Override
    public String getPageTitle() {
        return title == null ? getTranslation("materials.title") : title;
    }
}
