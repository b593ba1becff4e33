package dk.opdag.classroom.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.opdag.account.CurrentUser;
import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.blockly.BlocklyEditor;
import dk.opdag.classroom.ClassroomException;
import dk.opdag.classroom.progress.PupilWorkService;
import dk.opdag.classroom.progress.PupilWorkService.PupilWork;
import dk.opdag.lab.LabBlocks;
import dk.opdag.lab.LabReadService;
import dk.opdag.lab.LabRepository;
import dk.opdag.lab.TeacherNoteSource.TeacherNote;
import jakarta.annotation.security.RolesAllowed;

/**
 * A teacher looking into one pupil's work on one experiment, without walking over: the program as it is now (read
 * only), the runs with the checks that failed, the versions (each can be shown), and a comment or hint the pupil
 * sees in the experiment view. Opening the page, and each older version, is written to the audit log.
 */
@Route("opgave/:id/elev/:pupil/:experiment/:level?")
@RolesAllowed(Role.Names.TEACHER)
public class PupilWorkView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PupilWorkService service;
    private final CurrentUser currentUser;
    private final LabBlocks blocks;
    private final Div program = new Div();
    private final Div outline = new Div();
    private BlocklyEditor editor;
    private final Div notes = new Div();
    private SignedInUser teacher;
    private PupilWork work;

    public PupilWorkView(PupilWorkService service, CurrentUser currentUser, LabBlocks blocks) {
        this.service = service;
        this.currentUser = currentUser;
        this.blocks = blocks;
        addClassName("opdag-teaching");
        program.addClassName("opdag-program");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        teacher = currentUser.require();
        var params = event.getRouteParameters();
        try {
            long id = TeachingUi.parseId(params.get("id").orElse(""));
            long pupil = TeachingUi.parseId(params.get("pupil").orElse(""));
            work = service.open(teacher, id, pupil, params.get("experiment").orElse(""),
                    params.get("level").orElse(null));
        } catch (ClassroomException e) {
            work = null;
            TeachingUi.refuse(this, this, e);
            return;
        }
        build();
    }

    private void build() {
        add(new Anchor("opgave/" + work.assignment().id() + "/overblik",
                getTranslation("teaching.work.back", work.assignment().activityTitle())));
        add(new H1(getTranslation("teaching.work.title", work.pupilName(), work.experimentTitle())));
        Paragraph privacy = new Paragraph(getTranslation("teaching.work.audited"));
        privacy.addClassName("opdag-hint-text");
        add(privacy);

        if (work.levels().size() > 1) {
            add(new H2(getTranslation("teaching.work.levels")));
            add(levels());
        }
        add(new H2(work.levels().size() > 1 ? getTranslation("teaching.work.program-level",
                work.shownLevel().number(), work.shownLevel().title()) : getTranslation("teaching.work.program")));
        if (work.current().isPresent()) {
            LabRepository.Saved s = work.current().get();
            showProgram(s.workspace(), getTranslation("teaching.work.saved", s.revision(), TeachingUi.when(s.savedAt())));
        } else {
            showProgram(work.startWorkspace(), getTranslation(work.runs().isEmpty() ? "teaching.work.nothing-yet"
                    : "teaching.work.start-only"));
        }
        add(program);
        if (work.hints().available() > 0) {
            add(new Paragraph(getTranslation("teaching.work.hints", work.hints().seen(), work.hints().available())));
        }

        add(new H2(getTranslation("teaching.work.note-title")));
        add(noteForm(), notes);
        showNotes(work.notes());

        add(new H2(getTranslation("teaching.work.runs", work.runs().size())));
        add(runs());
        add(new H2(getTranslation("teaching.work.versions", work.versions().size())));
        add(versions());
    }

    /** The lab's Blockly component, read only, with the text outline beside it for screen readers and print. */
    private void showProgram(String workspace, String caption) {
        if (editor == null) {
            editor = new BlocklyEditor();
            editor.setReadOnly(true);
            editor.setLocale(getLocale().getLanguage());
            editor.setMessages(blocks.messages(getLocale()));
            editor.setBlockDefinitions(blocks.definitions(getLocale()));
            editor.setHeight("26rem");
        }
        program.removeAll();
        Paragraph about = new Paragraph(caption);
        about.getElement().setAttribute("role", "status");
        program.add(about);
        outline.removeAll();
        if (workspace != null) {
            editor.setWorkspace(workspace);
            Div region = new Div(editor); // the editor element has no role of its own to carry a label
            region.getElement().setAttribute("role", "region");
            region.getElement().setAttribute("aria-label", getTranslation("teaching.work.editor-label"));
            program.add(region);
            outline.add(WorkspacePreview.of(workspace));
            Details text = new Details(getTranslation("teaching.work.as-text"), outline);
            program.add(text);
        }
    }

    /** Every level with the pupil's best result, each with a link to look at the pupil's program there. */
    private Component levels() {
        Grid<PupilWorkService.LevelRow> grid = new Grid<>();
        grid.addClassName("opdag-level-table");
        grid.addColumn(l -> l.number() + ". " + l.title()).setHeader(getTranslation("teaching.work.level"))
                .setFlexGrow(2);
        grid.addColumn(l -> best(l.bestScore())).setHeader(getTranslation("teaching.work.level-best"))
                .setAutoWidth(true).setFlexGrow(0).setPartNameGenerator(l -> "opdag-level-best");
        grid.addColumn(PupilWorkService.LevelRow::runs).setHeader(getTranslation("teaching.work.run-count"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(l -> {
            if (l.levelId().equals(work.levelId())) {
                return new Span(getTranslation("teaching.work.level-shown"));
            }
            return new Anchor("opgave/" + work.assignment().id() + "/elev/" + work.pupilId() + "/"
                    + work.experimentId() + "/" + l.levelId(), getTranslation("teaching.work.level-open", l.number()));
        }).setHeader(getTranslation("teaching.work.level-program")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(work.levels());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("teaching.work.levels"));
        return grid;
    }

    /** "★ Perfekt", "✓ Klaret", "Ikke klaret endnu", "Ikke prøvet". */
    private String best(Integer score) {
        if (score == null) {
            return getTranslation("teaching.best.none");
        }
        return switch (dk.opdag.experiment.level.Grade.of(score)) {
            case PERFECT -> getTranslation("teaching.best.perfect");
            case PASS -> getTranslation("teaching.best.pass");
            case FAIL -> getTranslation("teaching.best.fail");
        };
    }

    private Component runs() {
        if (work.runs().isEmpty()) {
            return new Paragraph(getTranslation("teaching.work.no-runs"));
        }
        Grid<LabRepository.Run> grid = new Grid<>();
        grid.addColumn(r -> TeachingUi.when(r.ranAt())).setHeader(getTranslation("teaching.work.run-time"))
                .setAutoWidth(true).setFlexGrow(0);
        if (work.levels().size() > 1) {
            java.util.Map<String, Integer> numbers = new java.util.HashMap<>();
            work.levels().forEach(l -> numbers.put(l.levelId(), l.number()));
            grid.addColumn(r -> numbers.containsKey(r.levelId()) ? String.valueOf(numbers.get(r.levelId())) : "–")
                    .setHeader(getTranslation("teaching.work.level")).setAutoWidth(true).setFlexGrow(0);
        }
        grid.addColumn(r -> best(r.score())).setHeader(getTranslation("teaching.work.run-result")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> String.join(" · ", LabReadService.failedCheckMessages(r.failedChecks(), getLocale())))
                .setHeader(getTranslation("teaching.work.run-checks")).setFlexGrow(3);
        grid.addColumn(r -> LabReadService.errorMessage(r, getLocale())).setHeader(getTranslation("teaching.work.run-error"));
        grid.addColumn(LabRepository.Run::steps).setHeader(getTranslation("teaching.work.run-steps"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(work.runs());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("teaching.work.runs", work.runs().size()));
        return grid;
    }

    private Component versions() {
        if (work.versions().isEmpty()) {
            return new Paragraph(getTranslation("teaching.work.no-versions"));
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("opdag-versions");
        for (LabRepository.Version v : work.versions()) {
            String label = getTranslation("teaching.work.version", v.revision(), TeachingUi.when(v.savedAt()));
            Button show = new Button(getTranslation("teaching.work.show-version"), e -> service
                    .version(teacher, work.assignment().id(), work.pupilId(), work.experimentId(), v.id())
                    .ifPresent(ws -> {
                        showProgram(ws, getTranslation("teaching.work.showing-version", label));
                        program.scrollIntoView();
                    }));
            show.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            show.setAriaLabel(getTranslation("teaching.work.show-version-for", label));
            list.add(new ListItem(new Span(label), show));
        }
        return list;
    }

    private Component noteForm() {
        TextArea text = new TextArea(getTranslation("teaching.work.note"));
        text.setHelperText(getTranslation("teaching.work.note-help", PupilWorkService.MAX_NOTE));
        text.setWidthFull();
        text.setMaxLength(PupilWorkService.MAX_NOTE);
        text.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        RadioButtonGroup<Boolean> kind = new RadioButtonGroup<>(getTranslation("teaching.work.note-kind"));
        kind.setItems(Boolean.TRUE, Boolean.FALSE);
        kind.setItemLabelGenerator(h -> getTranslation(h ? "teaching.work.kind-hint" : "teaching.work.kind-comment"));
        kind.setValue(Boolean.TRUE);
        Div feedback = new Div();
        Button send = new Button(getTranslation("teaching.work.send"), e -> {
            feedback.removeAll();
            try {
                service.addNote(teacher, work.assignment().id(), work.pupilId(), work.experimentId(),
                        text.getValue(), kind.getValue());
                text.clear();
                feedback.add(TeachingUi.status(getTranslation("teaching.work.sent", work.pupilName())));
                showNotes(service.notes(teacher, work.assignment().id(), work.pupilId(), work.experimentId()));
            } catch (ClassroomException ex) {
                feedback.add(TeachingUi.error(TeachingUi.message(this, ex)));
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout form = new VerticalLayout(text, kind, send, feedback);
        form.setPadding(false);
        form.addClassName("opdag-note-form");
        return form;
    }

    private void showNotes(java.util.List<TeacherNote> list) {
        notes.removeAll();
        if (list.isEmpty()) {
            return;
        }
        UnorderedList ul = new UnorderedList();
        ul.addClassName("opdag-notes");
        for (TeacherNote n : list) {
            ListItem li = new ListItem();
            li.add(new Span(getTranslation(n.hint() ? "teaching.work.kind-hint" : "teaching.work.kind-comment")
                    + " · " + n.teacherName() + " · " + TeachingUi.when(n.at()) + ": "));
            Span body = new Span(n.text()); // text, never markup
            body.addClassName("opdag-note-text");
            li.add(body);
            ul.add(li);
        }
        notes.add(ul);
    }

    @Override
    public String getPageTitle() {
        return work == null ? getTranslation("app.name")
                : getTranslation("teaching.work.title", work.pupilName(), work.experimentTitle());
    }
}
