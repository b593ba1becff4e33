package dk.opdag.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.markdown.Markdown;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.opdag.account.CurrentUser;
import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.classroom.ClassSummary;
import dk.opdag.classroom.PupilRow;
import dk.opdag.shell.Links;
import dk.opdag.training.TrainingCatalog;
import dk.opdag.training.TrainingException;
import dk.opdag.training.content.Module;
import dk.opdag.training.module.ModuleRepository;
import dk.opdag.training.module.ModuleService;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One module: goals, the short read, "prøv selv" (the linked activity or experiment in the teacher's try mode),
 * "i din klasse" (the practice activity given to one of the teacher's classes, and how far the class is), the
 * private logbook, the team's dialogue card, and the knowledge check.
 */
@Route(TrainingUi.MODULE + ":module")
@RolesAllowed({Role.Names.TEACHER, Role.Names.LEADER})
@StyleSheet("styles/training.css")
public class ModuleView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ModuleService modules;
    private final TrainingCatalog catalog;
    private final CurrentUser currentUser;
    private SignedInUser user;
    private Module module;
    private final Div practiceArea = new Div();
    private final Div checkArea = new Div();
    private final Div completeArea = new Div();

    public ModuleView(ModuleService modules, TrainingCatalog catalog, CurrentUser currentUser) {
        this.modules = modules;
        this.catalog = catalog;
        this.currentUser = currentUser;
        addClassName("opdag-training");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        user = currentUser.require();
        ModuleService.ModuleState state;
        try {
            state = modules.state(user, event.getRouteParameters().get("module").orElse(""));
        } catch (TrainingException e) {
            module = null;
            add(new Anchor(TrainingUi.HOME, getTranslation("training.back-home")));
            TrainingUi.refuse(this, this, e);
            return;
        }
        module = state.module();
        add(new Anchor(TrainingUi.TRACK + state.track().id(), getTranslation("training.module.back",
                state.track().title())));
        Div head = new Div(new H1(module.title()));
        head.add(new Paragraph(new Span(getTranslation("training.minutes", module.minutes()) + " · "),
                TrainingUi.badge(getTranslation("training.status." + state.status().name()),
                        state.status().name().toLowerCase())));
        add(head);
        if (state.status() == ModuleService.Status.NOT_STARTED) {
            Button start = new Button(getTranslation("training.module.start"), e -> {
                modules.start(user, module.id());
                event.getUI().getPage().reload();
            });
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(start);
        }
        add(goals(), read(), tryIt(), inClass(state), logbook(state), team(), check(state), complete(state));
    }

    private Section section(String key, String className) {
        Section s = new Section(new H2(getTranslation(key)));
        s.addClassNames("opdag-module-part", className);
        return s;
    }

    private Section goals() {
        Section s = section("training.module.goals", "opdag-module-goals");
        UnorderedList list = new UnorderedList();
        module.goals().forEach(g -> list.add(new ListItem(g.text() + " (" + catalog.content().competences().item(
                g.itemId()).map(i -> catalog.content().competences().nameOf(i.dimension())).orElse("") + ")")));
        s.add(list);
        return s;
    }

    private Section read() {
        Section s = section("training.module.read", "opdag-module-read");
        s.add(new Markdown(module.read()));
        return s;
    }

    private Section tryIt() {
        Section s = section("training.module.try", "opdag-module-try");
        Module.TryIt t = module.tryIt();
        s.add(new Paragraph(t.task()));
        boolean experiment = t.kind() == Module.TryIt.Kind.EXPERIMENT;
        Anchor open = new Anchor(experiment ? Links.experiment(t.targetId()) : "aktivitet/" + t.targetId(),
                getTranslation(experiment ? "training.module.try-experiment" : "training.module.try-activity"));
        open.addClassName("opdag-try-link");
        s.add(open, new Paragraph(getTranslation("training.module.try-note")));
        return s;
    }

    private Section inClass(ModuleService.ModuleState state) {
        Section s = section("training.module.in-class", "opdag-module-in-class");
        s.add(new Paragraph(module.inClass().task()), new Anchor("aktivitet/" + module.inClass().activityId(),
                getTranslation("training.module.in-class-activity")));
        practiceArea.removeAll();
        state.practice().ifPresent(this::showPractice);
        s.add(practiceArea);
        if (!user.is(Role.TEACHER)) {
            s.add(new Paragraph(getTranslation("training.practice.teachers-only")));
            return s;
        }
        List<ClassSummary> classes = modules.practiceClasses(user);
        if (classes.isEmpty()) {
            s.add(new Paragraph(getTranslation("training.practice.no-classes")));
            return s;
        }
        Select<ClassSummary> klass = new Select<>();
        klass.setLabel(getTranslation("training.practice.class"));
        klass.setItems(classes);
        klass.setItemLabelGenerator(ClassSummary::name);
        klass.setValue(classes.getFirst());
        RadioButtonGroup<Boolean> who = new RadioButtonGroup<>(getTranslation("training.practice.who"));
        who.setItems(true, false);
        who.setItemLabelGenerator(all -> getTranslation(all ? "training.practice.whole-class"
                : "training.practice.chosen"));
        who.setValue(true);
        MultiSelectComboBox<PupilRow> pupils = new MultiSelectComboBox<>(getTranslation("training.practice.pupils"));
        pupils.setItemLabelGenerator(PupilRow::displayName);
        pupils.setVisible(false);
        Runnable loadPupils = () -> pupils.setItems(klass.getValue() == null ? List.of()
                : modules.pupils(user, klass.getValue().id()));
        loadPupils.run();
        klass.addValueChangeListener(e -> loadPupils.run());
        who.addValueChangeListener(e -> pupils.setVisible(Boolean.FALSE.equals(e.getValue())));
        Button give = new Button(getTranslation(state.practice().isPresent() ? "training.practice.give-again"
                : "training.practice.give"));
        give.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        give.addClickListener(e -> {
            try {
                Set<PupilRow> chosen = Boolean.TRUE.equals(who.getValue()) ? Set.of() : pupils.getValue();
                if (Boolean.FALSE.equals(who.getValue()) && chosen.isEmpty()) {
                    throw new TrainingException("training.practice.error.no-pupils");
                }
                var status = modules.assignPractice(user, module.id(), klass.getValue().id(),
                        chosen.stream().map(PupilRow::id).toList());
                showPractice(status);
                practiceArea.addComponentAsFirst(TrainingUi.status(getTranslation("training.practice.given",
                        status.activityTitle(), status.className())));
            } catch (TrainingException ex) {
                practiceArea.addComponentAsFirst(TrainingUi.error(TrainingUi.message(this, ex)));
            }
        });
        Div form = new Div(klass, who, pupils, give);
        form.addClassName("opdag-practice-form");
        s.add(form);
        return s;
    }

    private void showPractice(ModuleService.PracticeStatus p) {
        practiceArea.removeAll();
        if (!p.available()) {
            practiceArea.add(new Paragraph(getTranslation("training.practice.unavailable")));
            return;
        }
        Paragraph status = new Paragraph(getTranslation("training.practice.status", p.activityTitle(),
                p.className(), TrainingUi.day(p.assignedAt()), p.pupilsDone(), p.pupilsTotal()));
        status.addClassName("opdag-practice-status");
        practiceArea.add(status);
        if (p.done()) {
            practiceArea.add(TrainingUi.badge(getTranslation("training.practice.done"), "done"));
        }
    }

    private Section logbook(ModuleService.ModuleState state) {
        Section s = section("training.module.reflection", "opdag-module-logbook");
        s.add(new Paragraph(getTranslation("training.logbook.private")));
        Div messages = new Div();
        for (int i = 0; i < module.reflection().size(); i++) {
            int promptNo = i;
            TextArea entry = new TextArea(module.reflection().get(i));
            entry.setWidthFull();
            entry.setMaxLength(ModuleService.MAX_ENTRY);
            state.logbook().stream().filter(e -> e.promptNo() == promptNo).findFirst()
                    .map(ModuleRepository.LogbookEntry::entry).ifPresent(entry::setValue);
            Button save = new Button(getTranslation("training.logbook.save"), e -> {
                messages.removeAll();
                try {
                    modules.saveEntry(user, module.id(), promptNo, entry.getValue());
                    messages.add(TrainingUi.status(getTranslation("training.logbook.saved")));
                } catch (TrainingException ex) {
                    messages.add(TrainingUi.error(TrainingUi.message(this, ex)));
                }
            });
            save.getElement().setAttribute("aria-label", getTranslation("training.logbook.save-prompt", i + 1));
            s.add(entry, save);
        }
        s.add(messages, new Anchor(TrainingUi.LOGBOOK, getTranslation("training.home.logbook")));
        return s;
    }

    private Section team() {
        Section s = section("training.module.team", "opdag-module-team");
        catalog.content().card(module.cardId()).ifPresent(card -> {
            Div c = new Div(new H3(card.question()));
            c.addClassName("opdag-dialogue-card");
            UnorderedList follow = new UnorderedList();
            card.followUps().forEach(f -> follow.add(new ListItem(f)));
            c.add(follow);
            s.add(new Paragraph(getTranslation("training.module.team-intro")), c,
                    new Anchor(TrainingUi.CARDS, getTranslation("training.home.cards")));
        });
        return s;
    }

    private Section check(ModuleService.ModuleState state) {
        Section s = section("training.module.check", "opdag-module-check");
        s.add(new Paragraph(getTranslation("training.check.intro", module.check().size())));
        if (state.check() != null) {
            s.add(new Paragraph(getTranslation("training.check.latest", state.check().correct(),
                    state.check().total(), TrainingUi.day(state.check().takenAt()))));
        }
        List<RadioButtonGroup<Integer>> groups = new ArrayList<>();
        for (int i = 0; i < module.check().size(); i++) {
            Module.Question q = module.check().get(i);
            Div question = new Div();
            question.addClassName("opdag-check-question");
            RadioButtonGroup<Integer> options = new RadioButtonGroup<>(getTranslation("training.check.question",
                    i + 1, q.question()));
            List<Integer> indexes = new ArrayList<>();
            for (int o = 0; o < q.options().size(); o++) {
                indexes.add(o);
            }
            options.setItems(indexes);
            options.setItemLabelGenerator(o -> q.options().get(o).text());
            options.addThemeName("vertical");
            if (q.program() != null) {
                Pre program = new Pre(q.program());
                program.addClassName("opdag-program");
                program.getElement().setAttribute("aria-label", getTranslation("training.check.program"));
                question.add(program);
            }
            question.add(options);
            groups.add(options);
            s.add(question);
        }
        Button submit = new Button(getTranslation("training.check.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> {
            checkArea.removeAll();
            try {
                var outcome = modules.submitCheck(user, module.id(), groups.stream().map(RadioButtonGroup::getValue)
                        .toList());
                checkArea.add(TrainingUi.status(getTranslation("training.check.result", outcome.correct(),
                        outcome.total())));
                for (int i = 0; i < outcome.questions().size(); i++) {
                    var q = outcome.questions().get(i);
                    Paragraph p = new Paragraph(getTranslation(q.right() ? "training.check.right"
                            : "training.check.wrong", i + 1, module.check().get(i).options().get(q.correct()).text(),
                            q.explanation()));
                    p.addClassName(q.right() ? "opdag-check-right" : "opdag-check-wrong");
                    checkArea.add(p);
                }
                showComplete(true, false);
            } catch (TrainingException ex) {
                checkArea.add(TrainingUi.error(TrainingUi.message(this, ex)));
            }
        });
        s.add(submit, checkArea);
        return s;
    }

    private Section complete(ModuleService.ModuleState state) {
        Section s = section("training.module.complete-title", "opdag-module-complete");
        showComplete(state.check() != null, state.status() == ModuleService.Status.COMPLETED);
        s.add(completeArea);
        return s;
    }

    private void showComplete(boolean checked, boolean completed) {
        completeArea.removeAll();
        if (completed) {
            completeArea.add(new Paragraph(getTranslation("training.module.completed")));
            return;
        }
        Button done = new Button(getTranslation("training.module.complete"));
        done.setEnabled(checked);
        done.addClickListener(e -> {
            try {
                modules.complete(user, module.id());
                showComplete(true, true);
                completeArea.addComponentAsFirst(TrainingUi.status(getTranslation("training.module.completed")));
            } catch (TrainingException ex) {
                completeArea.add(TrainingUi.error(TrainingUi.message(this, ex)));
            }
        });
        completeArea.add(new Paragraph(getTranslation(checked ? "training.module.complete-ready"
                : "training.module.complete-after-check")), done);
    }

    @Override
    public String getPageTitle() {
        return module == null ? getTranslation("training.home.title") : module.title();
    }
}
