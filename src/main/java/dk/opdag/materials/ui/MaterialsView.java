package dk.opdag.materials.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import dk.opdag.account.CurrentUser;
import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.materials.MaterialService;
import dk.opdag.shell.upload.LimitedUpload;
import dk.opdag.materials.extract.ExtractionRefused;
import dk.opdag.materials.search.SearchHit;
import dk.opdag.materials.search.SearchService;
import dk.opdag.materials.store.StoredFile;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;

/**
 * Materials: one search over catalogue activities, shipped kopiark and files; uploading a file; the teacher's own and
 * the school's shared files. The query is in the address ({@code ?q=robotter}), so a search can be bookmarked.
 */
@Route("materialer")
@Menu(title = "materials.nav", order = 85)
@RolesAllowed({Role.Names.TEACHER, Role.Names.LEADER})
@StyleSheet("styles/materials.css")
public class MaterialsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PATH = "materialer";

    private final MaterialService materials;
    private final SearchService search;
    private final CurrentUser currentUser;
    private final TextField query = new TextField();
    private final Div results = new Div();
    private final Div uploadStatus = new Div();
    private final Div files = new Div();
    private Upload upload;

    public MaterialsView(MaterialService materials, SearchService search, CurrentUser currentUser) {
        this.materials = materials;
        this.search = search;
        this.currentUser = currentUser;
        addClassName("opdag-materials");
        add(new H1(getTranslation("materials.title")), new Paragraph(getTranslation("materials.intro")));

        query.setLabel(getTranslation("materials.search.label"));
        query.setHelperText(getTranslation("materials.search.help"));
        query.setClearButtonVisible(true);
        query.setMaxLength(SearchService.MAX_QUERY);
        query.setWidth("min(100%, 32rem)");
        query.addKeyPressListener(com.vaadin.flow.component.Key.ENTER, e -> navigateTo(query.getValue()));
        Button go = new Button(getTranslation("materials.search.do"), e -> navigateTo(query.getValue()));
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(query, go);
        bar.setAlignItems(Alignment.BASELINE);
        bar.setWrap(true);
        Div searchBox = new Div(bar);
        searchBox.getElement().setAttribute("role", "search");
        results.addClassName("opdag-search-results");
        results.getElement().setAttribute("aria-live", "polite");
        add(searchBox, results);

        add(new H2(getTranslation("materials.upload.heading")));
        add(new Paragraph(getTranslation("materials.upload.help", materials.maxBytes() / 1024 / 1024)));
        upload = upload();
        add(upload, uploadStatus);

        add(new H2(getTranslation("materials.files.heading")), files);
    }

    private Upload upload() {
        UI ui = UI.getCurrent();
        SignedInUser user = currentUser.require();
        Upload upload = new Upload(LimitedUpload.streamed(materials.maxBytes(), (name, in) -> {
            try {
                MaterialService.Uploaded stored = materials.upload(user, in, name);
                ui.access(() -> uploaded(stored));
            } catch (ExtractionRefused refused) {
                ui.access(() -> showUploadStatus(MaterialTexts.refused(this, refused), true));
            } finally {
                // Ready for the next file (a full list would also grey out the drop label).
                ui.access(() -> this.upload.clearFileList());
            }
        }, limit -> {
            showUploadStatus(getTranslation("materials.refused.too-large", limit / 1024 / 1024), true);
            this.upload.clearFileList();
        }));
        dk.opdag.shell.upload.UploadTexts.localise(upload); // status and error texts in the user's language
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, materials.maxBytes()));
        upload.setDropLabel(new Span(getTranslation("materials.upload.drop")));
        upload.setUploadButton(new Button(getTranslation("materials.upload.button")));
        upload.setId("materials-upload");
        upload.addFileRejectedListener(e -> showUploadStatus(getTranslation("materials.refused.too-large",
                materials.maxBytes() / 1024 / 1024), true));
        upload.addStartedListener(e -> showUploadStatus(getTranslation("materials.upload.reading"), false));
        return upload;
    }

    private void uploaded(MaterialService.Uploaded stored) {
        showUploadStatus(getTranslation(stored.alreadyHad() ? "materials.upload.already" : "materials.upload.done",
                stored.file().title()), false);
        Anchor open = new Anchor(FileView.path(stored.file().id()), stored.file().title());
        open.setId("uploaded-file");
        uploadStatus.add(open);
        showFiles();
    }

    private void showUploadStatus(String text, boolean error) {
        uploadStatus.removeAll();
        uploadStatus.add(MaterialTexts.status(text, error));
    }

    private void navigateTo(String q) {
        getUI().ifPresent(ui -> ui.navigate(PATH, q == null || q.isBlank() ? QueryParameters.empty()
                : QueryParameters.simple(Map.of("q", q.strip()))));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String q = event.getLocation().getQueryParameters().getSingleParameter("q").orElse("");
        query.setValue(q);
        results.removeAll();
        if (!q.isBlank()) {
            showResults(q, search.search(currentUser.require(), q));
        }
        showFiles();
    }

    private void showResults(String q, List<SearchHit> hits) {
        if (hits.isEmpty()) {
            results.add(new Paragraph(getTranslation("materials.search.none", q)));
            return;
        }
        H2 heading = new H2(getTranslation("materials.search.results", hits.size()));
        UnorderedList list = new UnorderedList();
        list.addClassName("opdag-hits");
        for (SearchHit hit : hits) {
            ListItem item = new ListItem();
            item.addClassName("opdag-hit");
            Span kind = new Span(getTranslation("materials.kind." + hit.kind().name()));
            kind.addClassName("opdag-chip");
            Anchor title = new Anchor(link(hit), hit.title());
            title.addClassName("opdag-hit-title");
            Div snippet = new Div(MaterialTexts.snippet(hit.snippet()));
            item.add(kind, new Span(" "), title, snippet);
            list.add(item);
        }
        results.add(heading, list);
    }

    private static String link(SearchHit hit) {
        return switch (hit.kind()) {
            case ACTIVITY -> "aktivitet/" + hit.activityId();
            case SHEET -> PrintView.path(hit.activityId()) + "#" + hit.materialId();
            case FILE -> FileView.path(hit.fileId());
        };
    }

    private void showFiles() {
        files.removeAll();
        List<StoredFile> visible = materials.files(currentUser.require());
        if (visible.isEmpty()) {
            files.add(new Paragraph(getTranslation("materials.files.none")));
            return;
        }
        NativeTable table = new NativeTable();
        table.addClassName("opdag-table");
        NativeTableRow head = table.getHead().addRow();
        for (String key : List.of("materials.files.title", "materials.files.type", "materials.file.pages",
                "materials.files.owner", "materials.files.shared")) {
            NativeTableHeaderCell th = new NativeTableHeaderCell();
            th.setText(getTranslation(key));
            th.getElement().setAttribute("scope", "col");
            head.add(th);
        }
        for (StoredFile f : visible) {
            NativeTableRow row = table.getBody().addRow();
            NativeTableCell title = new NativeTableCell();
            title.add(new Anchor(FileView.path(f.id()), f.title()));
            row.add(title, new NativeTableCell(MaterialTexts.type(f.mediaType())),
                    new NativeTableCell(f.pages() == null ? "–" : Integer.toString(f.pages())),
                    new NativeTableCell(f.ownerName()),
                    new NativeTableCell(getTranslation(f.shared() ? "materials.files.shared" : "materials.files.private")));
        }
        files.add(table);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("materials.title");
    }
}
