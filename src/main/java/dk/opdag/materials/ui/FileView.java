package dk.opdag.materials.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dk.opdag.account.CurrentUser;
import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.curriculum.CatalogueService;
import dk.opdag.curriculum.catalogue.ActivityCard;
import dk.opdag.curriculum.catalogue.CatalogueQuery;
import dk.opdag.curriculum.catalogue.Viewer;
import dk.opdag.curriculum.model.Curriculum;
import dk.opdag.curriculum.model.GradeBand;
import dk.opdag.curriculum.model.Subject;
import dk.opdag.materials.MaterialException;
import dk.opdag.materials.MaterialService;
import dk.opdag.materials.store.FileLink;
import dk.opdag.materials.store.StoredFile;
import dk.opdag.materials.store.Tag;
import dk.opdag.materials.tags.TagSuggester;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One file: what was read from it, a preview of a PDF's first page, download; for its owner: title, sharing, tags
 * (suggested from the text, confirmed by the teacher) and deleting; for everyone who sees it: attaching it to an
 * activity or a week of a year plan.
 */
@Route("materialer/fil/:id")
@RolesAllowed({Role.Names.TEACHER, Role.Names.LEADER})
@StyleSheet("styles/materials.css")
public class FileView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MaterialService materials;
    private final CatalogueService catalogue;
    private final CurrentUser currentUser;
    private final Div status = new Div();
    private String title;

    public FileView(MaterialService materials, CatalogueService catalogue, CurrentUser currentUser) {
        this.materials = materials;
        this.catalogue = catalogue;
        this.currentUser = currentUser;
        addClassName("opdag-file");
        status.getElement().setAttribute("aria-live", "polite");
    }

    public static String path(long id) {
        return "materialer/fil/" + id;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SignedInUser user = currentUser.require();
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
        } catch (NumberFormatException e) {
            id = -1;
        }
        build(user, id);
    }

    private void build(SignedInUser user, long id) {
        removeAll();
        status.removeAll();
        var found = materials.file(user, id);
        add(new Anchor(MaterialsView.PATH, getTranslation("materials.file.back")));
        if (found.isEmpty()) {
            title = getTranslation("materials.file.not-found");
            add(new H1(title));
            return;
        }
        StoredFile f = found.get();
        boolean mine = f.ownerId() == user.id();
        title = f.title();
        add(new H1(f.title()), status);
        details(user, f);
        if (mine) {
            ownerControls(user, f);
        }
        tags(user, f, mine);
        links(user, f);
        Details text = new Details(getTranslation("materials.file.text"));
        Div body = new Div();
        body.addClassName("opdag-file-text");
        String extracted = materials.text(user, f.id());
        body.setText(extracted.length() > 5_000 ? extracted.substring(0, 5_000) + " …" : extracted);
        text.add(body);
        add(text);
    }

    private void details(SignedInUser user, StoredFile f) {
        add(new H2(getTranslation("materials.file.details")));
        DescriptionList meta = new DescriptionList();
        meta.addClassName("opdag-file-meta");
        term(meta, "materials.file.type", MaterialTexts.type(f.mediaType()));
        term(meta, "materials.file.size", MaterialTexts.size(f.byteSize()));
        if (f.pages() != null) {
            term(meta, "materials.file.pages", Integer.toString(f.pages()));
        }
        term(meta, "materials.file.language", MaterialTexts.language(f.language(), getLocale()));
        if (f.author() != null) {
            term(meta, "materials.file.author", f.author());
        }
        if (f.docTitle() != null) {
            term(meta, "materials.file.doc-title", f.docTitle());
        }
        add(meta);
        add(new Paragraph(getTranslation("materials.file.uploaded", f.ownerName(), dk.opdag.shell.LocalDates.date(getLocale()).format(f.uploadedAt())) + " · "
                + getTranslation("materials.file.chars", f.textChars())));
        if (f.textTruncated()) {
            add(new Paragraph(getTranslation("materials.file.truncated")));
        }
        long id = f.id();
        if (f.hasPreview()) {
            Image preview = new Image(DownloadHandler.fromInputStream(event -> {
                byte[] png = materials.preview(user, id).orElse(new byte[0]);
                return new DownloadResponse(new ByteArrayInputStream(png), "forside.png", "image/png", png.length);
            }), getTranslation("materials.file.preview", f.title()));
            preview.addClassName("opdag-file-preview");
            add(preview);
        }
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            materials.download(user, id, out);
            return new DownloadResponse(new ByteArrayInputStream(out.toByteArray()), f.fileName(), f.mediaType(),
                    out.size());
        }), getTranslation("materials.file.download"));
        download.getElement().setAttribute("download", true);
        add(download);
    }

    private void term(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    private void ownerControls(SignedInUser user, StoredFile f) {
        TextField name = new TextField(getTranslation("materials.file.rename"));
        name.setValue(f.title());
        name.setMaxLength(300);
        name.setWidth("min(100%, 32rem)");
        Button save = new Button(getTranslation("materials.file.save-title"), e -> act(() -> {
            materials.rename(user, f.id(), name.getValue());
            say(getTranslation("materials.file.saved"), false);
        }));
        HorizontalLayout rename = new HorizontalLayout(name, save);
        rename.setAlignItems(Alignment.BASELINE);
        rename.setWrap(true);
        Checkbox share = new Checkbox(getTranslation("materials.file.share"), f.shared());
        share.setId("share-file");
        share.addValueChangeListener(e -> act(() -> {
            materials.share(user, f.id(), e.getValue());
            say(getTranslation("materials.file.saved"), false);
        }));
        Button delete = new Button(getTranslation("materials.file.delete"), e -> {
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setHeader(getTranslation("materials.file.delete"));
            confirm.setText(getTranslation("materials.file.delete-confirm", f.title()));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("materials.file.delete-cancel"));
            confirm.setConfirmText(getTranslation("materials.file.delete"));
            confirm.addConfirmListener(c -> act(() -> {
                materials.delete(user, f.id());
                getUI().ifPresent(ui -> ui.navigate(MaterialsView.PATH));
            }));
            confirm.open();
        });
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        add(rename, share, delete);
    }

    private void tags(SignedInUser user, StoredFile f, boolean mine) {
        add(new H2(getTranslation("materials.tags.heading")));
        Curriculum curriculum = catalogue.curriculum();
        Map<String, String> subjectNames = curriculum.subjects().stream()
                .collect(Collectors.toMap(Subject::id, Subject::name, (a, b) -> a, java.util.LinkedHashMap::new));
        Map<String, String> areaNames = new java.util.LinkedHashMap<>();
        curriculum.frameworks().forEach(fw -> fw.areas().forEach(a -> areaNames.putIfAbsent(a.id(), a.name())));
        List<Tag> confirmed = materials.tags(user, f.id());
        if (!mine) {
            if (confirmed.isEmpty()) {
                add(new Paragraph(getTranslation("materials.tags.none")));
            } else {
                Div chips = new Div();
                chips.addClassName("opdag-chips");
                confirmed.forEach(t -> {
                    Span chip = new Span(tagName(t, subjectNames, areaNames));
                    chip.addClassName("opdag-chip");
                    chips.add(chip);
                });
                add(chips);
            }
            return;
        }
        List<Tag> start = confirmed;
        boolean fromLix = false;
        if (!f.tagsConfirmed()) {
            TagSuggester.Suggestions suggested = materials.suggestTags(user, f.id());
            start = suggested.all();
            fromLix = suggested.bandFromReadability();
            add(new Paragraph(getTranslation("materials.tags.intro")));
        }
        CheckboxGroup<String> subjects = new CheckboxGroup<>(getTranslation("materials.tags.subjects"));
        subjects.setItems(subjectNames.keySet());
        subjects.setItemLabelGenerator(subjectNames::get);
        subjects.setId("tag-subjects");
        RadioButtonGroup<String> band = new RadioButtonGroup<>(getTranslation("materials.tags.band"));
        band.setItems(Arrays.stream(GradeBand.values()).map(GradeBand::label).toList());
        band.setItemLabelGenerator(b -> getTranslation("materials.band." + b));
        band.setId("tag-band");
        CheckboxGroup<String> areas = new CheckboxGroup<>(getTranslation("materials.tags.areas"));
        areas.setItems(areaNames.keySet());
        areas.setItemLabelGenerator(areaNames::get);
        areas.setId("tag-areas");
        subjects.setValue(values(start, Tag.Kind.SUBJECT));
        values(start, Tag.Kind.BAND).stream().findFirst().ifPresent(band::setValue);
        areas.setValue(values(start, Tag.Kind.AREA));
        if (fromLix) {
            band.setHelperText(getTranslation("materials.tags.from-lix"));
        }
        Button save = new Button(getTranslation("materials.tags.save"), e -> act(() -> {
            List<Tag> chosen = new ArrayList<>();
            subjects.getValue().forEach(s -> chosen.add(new Tag(Tag.Kind.SUBJECT, s)));
            if (band.getValue() != null) {
                chosen.add(new Tag(Tag.Kind.BAND, band.getValue()));
            }
            areas.getValue().forEach(a -> chosen.add(new Tag(Tag.Kind.AREA, a)));
            materials.confirmTags(user, f.id(), chosen);
            say(getTranslation("materials.tags.saved"), false);
        }));
        save.setId("save-tags");
        add(subjects, band, areas, save);
    }

    private String tagName(Tag t, Map<String, String> subjects, Map<String, String> areas) {
        return switch (t.kind()) {
            case SUBJECT -> subjects.getOrDefault(t.value(), t.value());
            case AREA -> areas.getOrDefault(t.value(), t.value());
            case BAND -> getTranslation("materials.band." + t.value());
        };
    }

    private static Set<String> values(List<Tag> tags, Tag.Kind kind) {
        return tags.stream().filter(t -> t.kind() == kind).map(Tag::value)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private void links(SignedInUser user, StoredFile f) {
        add(new H2(getTranslation("materials.links.heading")));
        List<FileLink> links = materials.links(user, f.id());
        if (links.isEmpty()) {
            add(new Paragraph(getTranslation("materials.links.none")));
        } else {
            UnorderedList list = new UnorderedList();
            list.setId("file-links");
            for (FileLink link : links) {
                ListItem item = new ListItem();
                item.add(link.activityId() != null ? new Anchor("aktivitet/" + link.activityId(), link.label())
                        : new Anchor("aarsplan/" + link.planId(), link.label()));
                if (link.linkedBy() == user.id() || f.ownerId() == user.id()) {
                    Button remove = new Button(getTranslation("materials.links.remove"), e -> act(() -> {
                        materials.detach(user, link.id());
                        build(user, f.id());
                    }));
                    remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                    remove.setAriaLabel(getTranslation("materials.links.remove-label", link.label()));
                    item.add(new Span(" "), remove);
                }
                list.add(item);
            }
            add(list);
        }
        ComboBox<ActivityCard> activity = new ComboBox<>(getTranslation("materials.attach.activity"));
        activity.setItems(catalogue.search(CatalogueQuery.all(), new Viewer(user.id(), user.schoolId())));
        activity.setItemLabelGenerator(ActivityCard::title);
        activity.setWidth("min(100%, 32rem)");
        activity.setId("attach-activity");
        Button toActivity = new Button(getTranslation("materials.attach.activity-do"), e -> {
            if (activity.getValue() != null) {
                act(() -> {
                    materials.attachToActivity(user, f.id(), activity.getValue().id());
                    build(user, f.id());
                    say(getTranslation("materials.attach.done", activity.getValue().title()), false);
                });
            }
        });
        HorizontalLayout a = new HorizontalLayout(activity, toActivity);
        a.setAlignItems(Alignment.BASELINE);
        a.setWrap(true);
        add(a);
        List<MaterialService.PlanTarget> targets = materials.planTargets(user);
        if (targets.isEmpty()) {
            add(new Paragraph(getTranslation("materials.attach.plan-none")));
            return;
        }
        ComboBox<MaterialService.PlanTarget> item = new ComboBox<>(getTranslation("materials.attach.plan"));
        item.setItems(targets);
        item.setItemLabelGenerator(MaterialService.PlanTarget::label);
        item.setWidth("min(100%, 32rem)");
        item.setId("attach-plan-item");
        Button toPlan = new Button(getTranslation("materials.attach.plan-do"), e -> {
            MaterialService.PlanTarget t = item.getValue();
            if (t != null) {
                act(() -> {
                    materials.attachToPlanItem(user, f.id(), t.planId(), t.itemId());
                    build(user, f.id());
                    say(getTranslation("materials.attach.done", t.label()), false);
                });
            }
        });
        toPlan.setId("attach-plan-do");
        HorizontalLayout p = new HorizontalLayout(item, toPlan);
        p.setAlignItems(Alignment.BASELINE);
        p.setWrap(true);
        add(p);
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (MaterialException e) {
            say(MaterialTexts.error(this, e), true);
        }
    }

    private void say(String text, boolean error) {
        status.removeAll();
        status.add(MaterialTexts.status(text, error));
    }

    @Override
    public String getPageTitle() {
        return title == null ? getTranslation("materials.title") : title;
    }
}
