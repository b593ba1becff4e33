package dk.opdag.classroom.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.opdag.account.CurrentUser;
import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.blockly.BlocklyEditor;
import dk.opdag.classroom.ClassroomException;
import dk.opdag.classroom.barometer.MeasureService;
import dk.opdag.classroom.barometer.MeasureService.PupilRound;
import dk.opdag.curriculum.model.MeasureTask;
import dk.opdag.lab.LabBlocks;
import dk.opdag.lab.LabExperiment;
import dk.opdag.lab.LabService;
import dk.opdag.lab.ui.EmbeddedWorkbench;
import dk.opdag.classroom.barometer.MeasureLabWork;
import dk.opdag.shell.Navigation;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.stream.IntStream;

/**
 * "Små opgaver": the pupil takes the barometer's measurement of her class's open round, one task at a time. A program
 * task runs in the lab's workbench (autosaved, so she can pause); a question shows the program read-only as blocks
 * and as text, and its explanation once answered. Every answer is stored on the server as it is given.
 */
@Route(Navigation.PUPIL_MEASURE)
@RolesAllowed(Role.Names.PUPIL)
@StyleSheet("styles/lab.css")
public class PupilMeasureView extends Div implements HasDynamicTitle {

    private final MeasureService measure;
    private final LabService lab;
    private final LabBlocks blocks;
    private final SignedInUser pupil;
    private final Clock clock;
    private final Div overview = new Div();
    private final Div taskPanel = new Div();
    private PupilRound round;

    public PupilMeasureView(MeasureService measure, LabService lab, LabBlocks blocks, CurrentUser currentUser,
                            Clock clock) {
        this.measure = measure;
        this.lab = lab;
        this.blocks = blocks;
        this.pupil = currentUser.require();
        this.clock = clock;
        addClassNames("opdag-lab-page", "opdag-measure");
        add(new H1(getTranslation("realniveau.pupil.title")), overview, taskPanel);
        refresh();
        if (round != null && !round.tasks().isEmpty()) {
            show(firstOpen());
        }
    }

    private void refresh() {
        overview.removeAll();
        try {
            round = measure.current(pupil).orElse(null);
        } catch (ClassroomException e) {
            overview.add(TeachingUi.status(TeachingUi.message(this, e)));
            round = null;
            return;
        }
        if (round == null || round.tasks().isEmpty()) {
            overview.add(TeachingUi.status(getTranslation("realniveau.pupil.none")));
            return;
        }
        int total = round.tasks().size();
        overview.add(new Paragraph(getTranslation("realniveau.pupil.intro", total)));
        overview.add(TeachingUi.status(round.answered() == total ? getTranslation("realniveau.pupil.done")
                : getTranslation("realniveau.pupil.progress", round.answered(), total)));
        H2 heading = new H2(getTranslation("realniveau.pupil.tasks"));
        OrderedList list = new OrderedList();
        list.addClassName("opdag-measure-tasks");
        for (int i = 0; i < total; i++) {
            MeasureTask t = round.tasks().get(i);
            int index = i;
            String state = getTranslation(round.answers().containsKey(t.id()) ? "realniveau.pupil.answered"
                    : "realniveau.pupil.not-answered");
            Button open = new Button(getTranslation("realniveau.pupil.open-task", i + 1, t.title(), state),
                    e -> show(index));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            list.add(new ListItem(open));
        }
        overview.add(heading, list);
    }

    private int firstOpen() {
        return IntStream.range(0, round.tasks().size())
                .filter(i -> !round.answers().containsKey(round.tasks().get(i).id())).findFirst().orElse(0);
    }

    private void show(int index) {
        taskPanel.removeAll();
        MeasureTask task = round.tasks().get(index);
        H2 title = new H2(getTranslation("realniveau.pupil.task", index + 1, task.title()));
        title.setId("maaling-opgave");
        taskPanel.add(title, new Paragraph(task.text()));
        if (task.kind() == MeasureTask.Kind.CHOICE) {
            taskPanel.add(question(task, index));
        } else {
            taskPanel.add(program(task, index));
        }
    }

    private Component question(MeasureTask task, int index) {
        Div box = new Div();
        BlocklyEditor editor = new BlocklyEditor();
        editor.setReadOnly(true);
        editor.setLocale(getLocale().getLanguage());
        editor.setMessages(blocks.messages(getLocale()));
        editor.setBlockDefinitions(blocks.definitions(getLocale()));
        editor.setHeight("18rem");
        editor.setWorkspace(task.workspace());
        Div region = new Div(editor); // the editor element has no role of its own to carry a label
        region.getElement().setAttribute("role", "region");
        region.getElement().setAttribute("aria-label", getTranslation("realniveau.pupil.program-label"));
        box.add(region, new Details(getTranslation("realniveau.pupil.program-as-text"),
                WorkspacePreview.of(task.workspace())));
        RadioButtonGroup<Integer> options = new RadioButtonGroup<>(getTranslation("realniveau.pupil.options"));
        options.setItems(IntStream.range(0, task.options().size()).boxed().toList());
        options.setItemLabelGenerator(i -> task.options().get(i));
        var before = round.answers().get(task.id());
        Div feedback = new Div();
        if (before != null) { // the first answer is final; she sees it with the explanation
            if (before.choice() != null) {
                options.setValue(before.choice());
            }
            options.setReadOnly(true);
            feedback.add(TeachingUi.status(getTranslation("realniveau.pupil.saved")),
                    new Paragraph(getTranslation("realniveau.pupil.why") + " " + task.explanation()), next(index));
            box.add(options, feedback);
            return box;
        }
        Button save = new Button(getTranslation("realniveau.pupil.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            feedback.removeAll();
            if (options.getValue() == null) {
                feedback.add(TeachingUi.error(getTranslation("realniveau.pupil.pick")));
                return;
            }
            try {
                measure.answerChoice(pupil, round.round().id(), task.id(), options.getValue());
            } catch (ClassroomException ex) {
                feedback.add(TeachingUi.error(TeachingUi.message(this, ex)));
                return;
            }
            feedback.add(TeachingUi.status(getTranslation("realniveau.pupil.saved")),
                    new Paragraph(getTranslation("realniveau.pupil.why") + " " + task.explanation()));
            options.setReadOnly(true);
            save.setEnabled(false);
            refresh();
            feedback.add(next(index));
        });
        box.add(options, save, feedback);
        return box;
    }

    private Component program(MeasureTask task, int index) {
        Div box = new Div();
        Div feedback = new Div();
        LabExperiment level = MeasureLabWork.of(round.round().id(), task);
        box.add(EmbeddedWorkbench.of(lab, blocks, pupil, level, clock, graded -> {
            feedback.removeAll();
            try {
                measure.recordProgram(pupil, round.round().id(), task.id(), graded);
                feedback.add(TeachingUi.status(getTranslation("realniveau.pupil.program-saved")));
                refresh();
                feedback.add(next(index));
            } catch (ClassroomException ex) {
                feedback.add(TeachingUi.error(TeachingUi.message(this, ex)));
            }
        }));
        box.add(feedback);
        return box;
    }

    private Component next(int index) {
        if (round == null || index + 1 >= round.tasks().size()) {
            return new Div();
        }
        Button next = new Button(getTranslation("realniveau.pupil.next"), e -> show(index + 1));
        return next;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("realniveau.pupil.title");
    }
}
