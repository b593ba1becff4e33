package dk.opdag.lab.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import dk.opdag.account.SignedInUser;
import dk.opdag.blockly.BlocklyEditor;
import dk.opdag.experiment.RunResult;
import dk.opdag.experiment.level.LevelResult;
import dk.opdag.lab.LabBlocks;
import dk.opdag.lab.LabExperiment;
import dk.opdag.lab.LabService;
import dk.opdag.lab.SaveResult;
import dk.opdag.lab.TeacherNoteSource;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * Everything below the experiment's title: the editor and the world side by side, Kør / Trin for trin / Nulstil,
 * the result, hints, teacher notes and the pupil's history. Autosaves every change (debounced in the browser) and
 * says so; a save from another tab shows up as a question, never as lost work.
 */
class ExperimentWorkbench extends Div {

    private static final String SPEED_KEY = "opdag.lab.speed";

    private final LabService lab;
    private final LabBlocks blocks;
    private final SignedInUser user;
    private final LabExperiment experiment;
    private final Clock clock;

    private final BlocklyEditor editor = new BlocklyEditor();
    private final WorldView world = new WorldView();
    private final ResultPanel result = new ResultPanel();
    private final Verdict verdict = new Verdict();
    private final Section notesSection = new Section();
    private TeacherNoteSource noteSource;
    private TeacherNoteSource.Watch noteWatch;
    private final HistoryPanel history;
    private final Span saveStatus = new Span();
    private final Button run = new Button();
    private final Button step = new Button();
    private final Button reset = new Button();

    private int revision;
    private int lastSequence;
    private boolean stepping;
    private boolean stored;
    private RunResult lastResult;
    private LevelResult lastGraded;
    private String nextLevel;
    private int nextNumber;
    private java.util.function.Consumer<LevelResult> onGraded = g -> { };
    private java.util.function.Consumer<LevelResult> onRun = g -> { };
    private BlocklyEditor exampleEditor;
    private SaveResult.Conflict openConflict;
    private int hintsShown;

    /**
     * @param notes where the teacher's notes come from: shown above the work and refreshed live as they arrive; null
     *              for none (staff previews, free experiments)
     */
    ExperimentWorkbench(LabService lab, LabBlocks blocks, SignedInUser user, LabExperiment experiment,
                        TeacherNoteSource notes, Clock clock) {
        this.lab = lab;
        this.blocks = blocks;
        this.user = user;
        this.experiment = experiment;
        this.clock = clock;
        this.history = new HistoryPanel(clock);
        addClassName("opdag-lab");

        LabService.Opened opened = lab.open(user, experiment);
        revision = opened.revision();
        stored = opened.stored();
        hintsShown = opened.hintsSeen();

        editor.setLocale(getLocale().getLanguage());
        editor.setMessages(blocks.messages(getLocale()));
        editor.setBlockDefinitions(blocks.definitions(getLocale()));
        editor.setToolbox(dk.opdag.lab.ToolboxTexts.localise(experiment.toolbox(), getLocale()));
        editor.setMaxWorkspaceChars(LabService.MAX_WORKSPACE_CHARS);
        editor.getElement().setAttribute("role", "region");
        editor.getElement().setAttribute("aria-label", getTranslation("lab.editor.label"));
        editor.setWorkspace(opened.workspace());
        editor.addWorkspaceChangeListener(e -> changed(e.getJson(), e.getSequence()));
        editor.addRecoveredListener(e -> recovered(e.getJson(), e.getParameters()));
        editor.addTooLargeListener(e -> refused(new SaveResult.Refused("lab.refused.too-large", null)));
        editor.addLoadFailedListener(e -> {
            notice(getTranslation("lab.load-failed"), true);
            history.open();
        });

        world.setMessages(LabTexts.world(getLocale()));
        world.linkEditor(editor);
        world.getElement().setAttribute("role", "region");
        world.getElement().setAttribute("aria-label", getTranslation("lab.world.label"));
        world.showStart(Replay.start(experiment));
        world.addReplayDoneListener(e -> replayDone());
        world.addStepListener(e -> {
            if (e.getIndex() > 0 || e.getTotal() > 0) {
                step.setText(getTranslation("lab.step.next"));
            }
        });

        this.noteSource = notes;
        verdict.onDetails(() -> result.getElement().callJsFunction("scrollIntoView"));
        notesSection.addClassName("opdag-lab-notes");
        // Read out when a teacher's note arrives while the pupil works.
        notesSection.getElement().setAttribute("aria-live", "polite");
        if (notes != null) {
            showNotes(notes.notesFor(user.id(), experiment.id()));
        } else {
            notesSection.setVisible(false);
        }
        // The teacher's notes first, where the pupil looks before pressing Kør; the verdict of a run right under the
        // buttons, so it is seen on a phone as on a laptop; the full result below the work.
        add(notesSection, toolbar(), verdict);
        Div main = new Div(editor, scrollStrip(), world);
        main.addClassName("opdag-lab-main");
        add(main, result);
        if (LabService.rungs(experiment) > 0) {
            add(hints());
        }
        if (!user.is(dk.opdag.account.Role.PUPIL) && experiment.solution() != null) {
            add(solution(blocks));
        }
        if (stored) {
            history.onRestore(this::restore);
            history.onStartOver(this::startOver);
            add(history);
            refreshHistory();
            showSaved(opened.savedAt());
        } else {
            saveStatus.setText(getTranslation("lab.preview"));
        }
    }

    /** Where the next level is (shown with the result once this level is passed); null for none. */
    void setNextLevel(String href, int number) {
        this.nextLevel = href;
        this.nextNumber = number;
    }

    /** Told at once when the server has graded a run, before the replay (a page that records the result). */
    void onRun(java.util.function.Consumer<LevelResult> listener) {
        this.onRun = listener;
    }

    /** Told after every run, once the replay is done and the result is shown (the view updates the level path). */
    void onGraded(java.util.function.Consumer<LevelResult> listener) {
        this.onGraded = listener;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        updateUnloadSave();
        if (noteSource != null && user.is(dk.opdag.account.Role.PUPIL)) {
            com.vaadin.flow.component.UI ui = attachEvent.getUI();
            noteWatch = noteSource.watch(user.id(), experiment.id(), () -> {
                try {
                    ui.access(() -> showNotes(noteSource.notesFor(user.id(), experiment.id())));
                } catch (com.vaadin.flow.component.UIDetachedException gone) {
                    // the pupil left the page; the watch closes on detach
                }
            });
        }
    }

    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent detachEvent) {
        if (noteWatch != null) {
            noteWatch.close();
            noteWatch = null;
        }
        super.onDetach(detachEvent);
    }

    private Div toolbar() {
        run.setText(getTranslation("lab.run"));
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        run.getElement().setAttribute("data-opdag-run", true);
        run.addClickListener(e -> run(false));
        step.setText(getTranslation("lab.step"));
        step.addThemeVariants(ButtonVariant.LUMO_LARGE);
        step.addClickListener(e -> {
            if (stepping) {
                world.step();
            } else {
                run(true);
            }
        });
        reset.setText(getTranslation("lab.reset"));
        reset.addThemeVariants(ButtonVariant.LUMO_LARGE, ButtonVariant.LUMO_TERTIARY);
        reset.addClickListener(e -> resetWorld());

        Select<Integer> speed = new Select<>();
        speed.setLabel(getTranslation("lab.speed"));
        speed.setItems(1, 2, 3, 4, 5);
        speed.setItemLabelGenerator(v -> v == 1 ? "1 (" + getTranslation("lab.speed.slow") + ")"
                : v == 5 ? "5 (" + getTranslation("lab.speed.fast") + ")" : String.valueOf(v));
        // The pupil's choice holds for the rest of the visit, in every experiment.
        VaadinSession session = VaadinSession.getCurrent();
        Object chosen = session == null ? null : session.getAttribute(SPEED_KEY);
        int initial = chosen instanceof Integer i ? i : 3;
        speed.setValue(initial);
        world.setSpeed(initial);
        speed.addValueChangeListener(e -> {
            int value = e.getValue() == null ? 3 : e.getValue();
            world.setSpeed(value);
            if (VaadinSession.getCurrent() != null) {
                VaadinSession.getCurrent().setAttribute(SPEED_KEY, value);
            }
        });
        speed.addClassName("opdag-lab-speed");

        Div bar = new Div(run, step, reset, speed);
        if ("music".equals(experiment.worldId())) {
            Checkbox sound = new Checkbox(getTranslation("lab.sound"), e -> world.setSound(e.getValue()));
            bar.add(sound);
        }
        saveStatus.addClassName("opdag-lab-save");
        saveStatus.getElement().setAttribute("role", "status");
        bar.add(saveStatus);
        bar.addClassName("opdag-lab-toolbar");
        return bar;
    }

    // --- autosave ---------------------------------------------------------------------------------------------
    private void changed(String json, int sequence) {
        lastSequence = sequence;
        if (stepping) {
            resetWorld(); // the replay no longer matches the blocks
        }
        if (openConflict != null) {
            return; // the pupil is choosing between the two copies; save after that
        }
        handle(lab.save(user, experiment, revision, json));
    }

    private void handle(SaveResult save) {
        switch (save) {
            case SaveResult.Saved s -> {
                revision = s.revision();
                editor.markSaved(lastSequence);
                showSaved(s.at());
                updateUnloadSave();
            }
            case SaveResult.Unchanged s -> {
                revision = Math.max(revision, s.revision());
                editor.markSaved(lastSequence);
                updateUnloadSave();
            }
            case SaveResult.Conflict c -> conflict(c);
            case SaveResult.Refused r -> refused(r);
            case SaveResult.NotStored n -> editor.markSaved(lastSequence);
        }
    }

    /** Changes the previous page in this tab left unsaved (a reload overtook its last autosave). */
    private void recovered(String json, Map<String, String> params) {
        if (!stored || !experiment.id().equals(params.get("experiment"))
                || !experiment.levelId().equals(params.getOrDefault("level", "")) || openConflict != null) {
            return;
        }
        int base;
        try {
            base = Integer.parseInt(params.getOrDefault("revision", ""));
        } catch (NumberFormatException e) {
            return;
        }
        SaveResult save = lab.save(user, experiment, base, json);
        switch (save) {
            case SaveResult.Saved s -> {
                editor.setWorkspace(json);
                handle(s);
            }
            case SaveResult.Unchanged s -> {
                editor.setWorkspace(json);
                handle(s);
            }
            case SaveResult.Conflict c -> {
                editor.setWorkspace(json);
                conflict(c);
            }
            default -> {
                // Refused or not stored: the page keeps what the server had.
            }
        }
    }

    private void showSaved(OffsetDateTime at) {
        saveStatus.removeClassName("opdag-lab-not-saved");
        saveStatus.setText(at == null ? "" : getTranslation("lab.saved", LabTexts.when(at, getLocale(), clock)));
    }

    private void refused(SaveResult.Refused r) {
        saveStatus.addClassName("opdag-lab-not-saved");
        saveStatus.setText(getTranslation("lab.not-saved"));
        String detail = r.detail(getLocale()).strip();
        if (!detail.isEmpty() && !detail.endsWith(".")) {
            detail = detail + ".";
        }
        notice(getTranslation(r.messageKey(), detail), true);
    }

    private void conflict(SaveResult.Conflict c) {
        openConflict = c;
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("lab.conflict.title"));
        dialog.setText(getTranslation("lab.conflict.text", LabTexts.when(c.theirSavedAt(), getLocale(), clock)));
        dialog.setConfirmText(getTranslation("lab.conflict.load"));
        dialog.addConfirmListener(e -> {
            lab.keepAsVersion(user, experiment, editor.getWorkspace());
            openConflict = null;
            revision = c.theirRevision();
            editor.setWorkspace(c.theirWorkspace());
            showSaved(c.theirSavedAt());
            updateUnloadSave();
            resetWorld();
            refreshHistory();
            notice(getTranslation("lab.conflict.loaded"), false);
        });
        dialog.setRejectable(true);
        dialog.setRejectText(getTranslation("lab.conflict.keep"));
        dialog.addRejectListener(e -> {
            openConflict = null;
            handle(lab.keepMine(user, experiment, c.theirRevision(), editor.getWorkspace()));
            refreshHistory();
        });
        dialog.setCloseOnEsc(false);
        dialog.open();
    }

    /** Where and with what the browser posts unsaved changes when the page is closed. */
    private void updateUnloadSave() {
        if (!stored) {
            return;
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("experiment", experiment.id());
        params.put("level", experiment.levelId());
        params.put("revision", Integer.toString(revision));
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request != null && request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            params.put(token.getParameterName(), token.getToken());
        }
        editor.setUnloadSave(AutosaveBeacon.PATH, params);
        editor.setRecoveryKey("opdag-lab:" + user.id() + ":" + experiment.id()
                + (experiment.levelId().isEmpty() ? "" : ":" + experiment.levelId()));
    }

    // --- running ----------------------------------------------------------------------------------------------
    private void run(boolean stepByStep) {
        result.clear();
        verdict.clear();
        LabService.RunOutcome outcome;
        try {
            outcome = lab.run(user, experiment, revision, editor.getWorkspace());
        } catch (dk.opdag.lab.RunScheduler.RunRefused refused) {
            notice(getTranslation(refused.messageKey()), false); // the program is saved; only this run did not start
            return;
        }
        if (openConflict == null) {
            handle(outcome.save());
        }
        lastResult = outcome.result();
        lastGraded = outcome.graded();
        onRun.accept(lastGraded);
        Replay replay = Replay.of(experiment, lastResult, getLocale());
        stepping = stepByStep;
        if (stepByStep) {
            world.startSteps(replay);
            step.setText(getTranslation("lab.step.next"));
        } else {
            step.setText(getTranslation("lab.step"));
            world.play(replay);
        }
        if (stored) {
            refreshHistory();
        }
    }

    private void replayDone() {
        if (lastGraded != null) {
            result.show(lastGraded, nextLevel, nextNumber);
            verdict.show(lastGraded);
            verdict.getElement().executeJs("this.scrollIntoView({block: 'nearest'})");
            onGraded.accept(lastGraded);
        }
        stepping = false;
        step.setText(getTranslation("lab.step"));
    }

    private void resetWorld() {
        stepping = false;
        lastResult = null;
        lastGraded = null;
        step.setText(getTranslation("lab.step"));
        result.clear();
        verdict.clear();
        world.reset();
    }

    // --- history ----------------------------------------------------------------------------------------------
    private void restore(long versionId) {
        lab.restore(user, experiment, versionId, revision).ifPresent(r -> applyRestored(r, "lab.restored"));
    }

    private void startOver() {
        applyRestored(lab.startOver(user, experiment, revision), null);
    }

    private void applyRestored(LabService.Restored restored, String messageKey) {
        if (restored.save() instanceof SaveResult.Conflict c) {
            conflict(c);
            return;
        }
        handle(restored.save());
        editor.setWorkspace(restored.workspace());
        resetWorld();
        refreshHistory();
        if (messageKey != null) {
            notice(getTranslation(messageKey), false);
        }
    }

    private void refreshHistory() {
        if (stored) {
            history.showVersions(lab.versions(user, experiment));
            history.showRuns(lab.runs(user, experiment, 5));
        }
    }

    // --- hints and notes ----------------------------------------------------------------------------------------
    /** The hint ladder: the hints one by one, and last the worked example on another case. */
    private Section hints() {
        Section section = new Section();
        section.addClassName("opdag-lab-hints");
        section.add(new H2(getTranslation("lab.hints")));
        OrderedList shown = new OrderedList();
        Button more = new Button();
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        int rungs = LabService.rungs(experiment);
        int hints = experiment.hints().size();
        Runnable update = () -> {
            while (shown.getComponentCount() < Math.min(hintsShown, hints)) {
                shown.add(new ListItem(experiment.hints().get(shown.getComponentCount())));
            }
            if (hintsShown > hints && shown.getComponentCount() == hints) {
                shown.add(example());
            }
            more.setVisible(hintsShown < rungs);
            more.setText(getTranslation(hintsShown >= hints ? "lab.hint.example" : "lab.hint.show", hintsShown + 1,
                    rungs));
        };
        update.run();
        more.addClickListener(e -> {
            hintsShown = lab.revealHint(user, experiment, hintsShown);
            update.run();
        });
        shown.getElement().setAttribute("aria-live", "polite");
        section.add(shown, more);
        return section;
    }

    /** The last rung: the idea on another case, with its program read only when there is one. */
    private ListItem example() {
        ListItem item = new ListItem();
        item.addClassName("opdag-lab-example");
        Span label = new Span(getTranslation("lab.example") + ": ");
        label.addClassName("opdag-strong");
        item.add(new Paragraph(label, new Span(experiment.exampleText())));
        if (experiment.exampleWorkspace() != null) {
            exampleEditor = readOnlyEditor(experiment.exampleWorkspace(), "lab.example.program");
            item.add(exampleEditor);
        }
        return item;
    }

    private BlocklyEditor readOnlyEditor(String workspace, String labelKey) {
        BlocklyEditor view = new BlocklyEditor();
        view.setReadOnly(true);
        view.setLocale(getLocale().getLanguage());
        view.setMessages(blocks.messages(getLocale()));
        view.setBlockDefinitions(blocks.definitions(getLocale()));
        view.setHeight("18rem");
        view.getElement().setAttribute("role", "region");
        view.getElement().setAttribute("aria-label", getTranslation(labelKey));
        view.setWorkspace(workspace);
        return view;
    }

    /** Teachers trying the experiment can see how the level is meant to be solved (never sent to pupils). */
    private Section solution(LabBlocks labBlocks) {
        Section section = new Section();
        section.addClassName("opdag-lab-solution");
        section.add(new H2(getTranslation("lab.solution")), new Paragraph(getTranslation("lab.solution.note")));
        Button show = new Button(getTranslation("lab.solution.show"));
        show.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        show.addClickListener(e -> {
            show.setVisible(false);
            section.add(readOnlyEditor(experiment.solution(), "lab.solution.editor"));
        });
        section.add(show);
        return section;
    }

    /** The teacher's notes, newest first; hidden while there are none. */
    private void showNotes(List<TeacherNoteSource.TeacherNote> notes) {
        notesSection.removeAll();
        notesSection.setVisible(!notes.isEmpty());
        if (notes.isEmpty()) {
            return;
        }
        notesSection.add(new H2(getTranslation("lab.notes")));
        for (TeacherNoteSource.TeacherNote note : notes) {
            Div card = new Div();
            card.addClassName("opdag-lab-note");
            if (note.hint()) {
                Span tag = new Span(getTranslation("lab.notes.hint"));
                tag.addClassName("opdag-lab-note-tag");
                card.add(tag);
            }
            card.add(new Paragraph(note.text()));
            Span from = new Span(getTranslation("lab.notes.from", note.teacherName(),
                    LabTexts.when(note.at(), getLocale(), clock)));
            from.addClassName("opdag-lab-note-from");
            card.add(from);
            notesSection.add(card);
        }
    }

    /**
     * A strip beside the blocks that a finger can always drag to move the page: on a phone or tablet the blocks fill
     * most of the screen, and dragging on them moves the blocks, not the page.
     */
    private Div scrollStrip() {
        Div strip = new Div(new Span(getTranslation("lesson.scroll-strip")));
        strip.addClassName("opdag-lab-scroll-strip");
        strip.getElement().setAttribute("aria-hidden", "true"); // for touch only; keyboard and mouse scroll anyway
        return strip;
    }

    private void notice(String text, boolean error) {
        Notification n = Notification.show(text, error ? 8000 : 4000, Notification.Position.TOP_CENTER);
        if (error) {
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
