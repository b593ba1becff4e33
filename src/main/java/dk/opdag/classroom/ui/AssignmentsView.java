package dk.opdag.classroom.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
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
import dk.opdag.classroom.RosterService;
import dk.opdag.classroom.assignment.Assignment;
import dk.opdag.classroom.assignment.AssignmentService;
import dk.opdag.classroom.assignment.AssignmentState;
import dk.opdag.classroom.assignment.Due;
import dk.opdag.curriculum.catalogue.ActivityCard;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * A class's assignments in the teacher's order: give a new one (an activity to the class or to chosen pupils, with
 * a week or a date), move, pause, close or remove them, and open each one's live overview.
 */
@Route("klasse/:id/opgaver")
@RolesAllowed(Role.Names.TEACHER)
public class AssignmentsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private enum Who { CLASS, CHOSEN }

    private enum When { NONE, WEEK, DATE }

    private final AssignmentService assignments;
    private final ClassroomService classrooms;
    private final RosterService roster;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Div list = new Div();
    private ClassInfo klass;
    private SignedInUser teacher;

    public AssignmentsView(AssignmentService assignments, ClassroomService classrooms, RosterService roster,
                           CurrentUser currentUser, Clock clock) {
        this.assignments = assignments;
        this.clock = clock;
        this.classrooms = classrooms;
        this.roster = roster;
        this.currentUser = currentUser;
        addClassName("opdag-teaching");
        list.addClassName("opdag-assignment-list");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        teacher = currentUser.require();
        try {
            long id = TeachingUi.parseId(event.getRouteParameters().get("id").orElse(""));
            assignments.ofClass(teacher, id); // refuses anyone but the class's own teachers
            klass = classrooms.classFor(teacher, id);
        } catch (ClassroomException e) {
            klass = null;
            TeachingUi.refuse(this, this, e);
            return;
        }
        add(new Anchor("klasse/" + klass.id(), getTranslation("teaching.assignments.back", klass.name())));
        add(new H1(getTranslation("teaching.assignments.title", klass.name())));
        // From an activity's "Giv til klasse": that activity is chosen already.
        String chosen = event.getLocation().getQueryParameters().getSingleParameter("aktivitet").orElse(null);
        add(newAssignmentForm(chosen), list);
        refresh();
    }

    private Details newAssignmentForm(String chosenActivity) {
        ComboBox<ActivityCard> activity = new ComboBox<>(getTranslation("teaching.assign.activity"));
        List<ActivityCard> choices = assignments.choices(teacher, klass.id());
        activity.setItems(choices);
        // Checked when "Giv opgaven" is pressed, not when the form empties the field after giving (which would
        // otherwise turn it red as if the teacher had done something wrong).
        activity.setManualValidation(true);
        activity.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                activity.setInvalid(false);
            }
        });
        if (chosenActivity != null) {
            choices.stream().filter(a -> a.id().equals(chosenActivity)).findFirst().ifPresent(activity::setValue);
        }
        activity.setItemLabelGenerator(a -> getTranslation(a.hasExperiment() ? "teaching.assign.choice-experiments"
                : "teaching.assign.choice", a.title(), a.gradeFrom() + ".–" + a.gradeTo() + "."));
        activity.setWidthFull();
        activity.setRequiredIndicatorVisible(true);

        RadioButtonGroup<Who> who = new RadioButtonGroup<>(getTranslation("teaching.assign.who"));
        who.setItems(Who.values());
        who.setItemLabelGenerator(w -> getTranslation("teaching.assign.who." + w.name().toLowerCase()));
        who.setValue(Who.CLASS);
        MultiSelectComboBox<PupilRow> pupils = new MultiSelectComboBox<>(getTranslation("teaching.assign.pupils"));
        pupils.setItems(roster.pupils(teacher, klass.id()));
        pupils.setItemLabelGenerator(PupilRow::displayName);
        pupils.setVisible(false);
        who.addValueChangeListener(e -> pupils.setVisible(e.getValue() == Who.CHOSEN));

        RadioButtonGroup<When> when = new RadioButtonGroup<>(getTranslation("teaching.assign.when"));
        when.setItems(When.values());
        when.setItemLabelGenerator(w -> getTranslation("teaching.assign.when." + w.name().toLowerCase()));
        when.setValue(When.WEEK);
        IntegerField week = new IntegerField(getTranslation("teaching.assign.week"));
        week.setMin(1);
        week.setMax(53);
        week.setStepButtonsVisible(true);
        week.setValue(java.time.LocalDate.now(clock).get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        DatePicker date = new DatePicker(getTranslation("teaching.assign.date"));
        date.setLocale(java.util.Locale.of("da"));
        date.setVisible(false);
        when.addValueChangeListener(e -> {
            week.setVisible(e.getValue() == When.WEEK);
            date.setVisible(e.getValue() == When.DATE);
        });

        Div feedback = new Div();
        Button give = new Button(getTranslation("teaching.assign.give"), e -> {
            feedback.removeAll();
            try {
                if (activity.getValue() == null) {
                    activity.setErrorMessage(getTranslation("teaching.assign.error.choose"));
                    activity.setInvalid(true);
                    throw new ClassroomException("teaching.assign.error.choose");
                }
                Set<PupilRow> chosen = who.getValue() == Who.CHOSEN ? pupils.getValue() : Set.of();
                if (who.getValue() == Who.CHOSEN && chosen.isEmpty()) {
                    throw new ClassroomException("teaching.assign.error.no-pupils");
                }
                Due due = switch (when.getValue()) {
                    case NONE -> null;
                    case WEEK -> weekDue(week.getValue());
                    case DATE -> {
                        if (date.getValue() == null) {
                            throw new ClassroomException("teaching.assign.error.due");
                        }
                        yield Due.on(date.getValue());
                    }
                };
                assignments.assign(teacher, klass.id(), activity.getValue().id(),
                        chosen.stream().map(PupilRow::id).toList(), due);
                feedback.add(TeachingUi.status(getTranslation("teaching.assign.given", activity.getValue().title())));
                activity.clear();
                activity.setInvalid(false);
                pupils.clear();
                refresh();
            } catch (ClassroomException ex) {
                feedback.add(TeachingUi.error(TeachingUi.message(this, ex)));
            }
        });
        give.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        HorizontalLayout dueRow = new HorizontalLayout(when, week, date);
        dueRow.setAlignItems(Alignment.BASELINE);
        dueRow.getStyle().set("flex-wrap", "wrap");
        VerticalLayout content = new VerticalLayout(activity, who, pupils, dueRow, give, feedback);
        content.setPadding(false);
        Details details = new Details(getTranslation("teaching.assign.title"), content);
        details.setOpened(true);
        return details;
    }

    private Due weekDue(Integer week) {
        try {
            return Due.week(week == null ? -1 : week, classrooms.currentStartYear());
        } catch (IllegalArgumentException e) {
            throw new ClassroomException("teaching.assign.error.week");
        }
    }

    private void refresh() {
        list.removeAll();
        List<Assignment> all = assignments.ofClass(teacher, klass.id());
        list.add(new H2(getTranslation("teaching.assignments.list", all.size())));
        if (all.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("teaching.assignments.empty"));
            empty.addClassName("opdag-empty");
            list.add(empty);
        }
        for (int i = 0; i < all.size(); i++) {
            list.add(card(all.get(i), i == 0, i == all.size() - 1));
        }
    }

    private Div card(Assignment a, boolean first, boolean last) {
        Div card = new Div();
        card.addClassName("opdag-assignment");
        H2 title = new H2(new Anchor("opgave/" + a.id() + "/overblik", a.activityTitle()));
        title.addClassName("opdag-assignment-title");
        Div facts = new Div();
        facts.addClassName("opdag-chips");
        facts.add(TeachingUi.badge(getTranslation("teaching.state." + a.state().name()), a.state().name().toLowerCase()));
        if (a.due() != null) {
            facts.add(chip(getTranslation("teaching.due", TeachingUi.due(this, a.due()))));
        }
        facts.add(chip(a.wholeClass() ? getTranslation("teaching.assign.who.class")
                : getTranslation("teaching.assign.chosen-count", assignments.chosenPupils(teacher, a.id()).size())));
        facts.add(chip(getTranslation("teaching.assignment.experiments", a.experimentIds().size())));

        HorizontalLayout actions = new HorizontalLayout();
        actions.getStyle().set("flex-wrap", "wrap");
        actions.add(action("teaching.action.up", a, !first, () -> assignments.move(teacher, a.id(), -1)),
                action("teaching.action.down", a, !last, () -> assignments.move(teacher, a.id(), 1)));
        if (a.state() == AssignmentState.OPEN) {
            actions.add(action("teaching.action.pause", a, true, () -> assignments.pause(teacher, a.id())),
                    action("teaching.action.close", a, true, () -> assignments.close(teacher, a.id())));
        } else {
            actions.add(action("teaching.action.open", a, true, () -> assignments.open(teacher, a.id())));
        }
        Button remove = action("teaching.action.remove", a, true, () -> {
            assignments.remove(teacher, a.id());
            undoNotification(a);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        actions.add(remove);
        Anchor follow = new Anchor("opgave/" + a.id() + "/overblik", getTranslation("teaching.assignment.follow"));
        follow.getElement().setAttribute("aria-label", getTranslation("teaching.assignment.follow-for",
                a.activityTitle()));
        card.add(title, facts, follow, actions);
        return card;
    }

    private Button action(String key, Assignment a, boolean enabled, Runnable run) {
        Button b = new Button(getTranslation(key), e -> {
            try {
                run.run();
            } catch (ClassroomException ex) {
                Notification.show(TeachingUi.message(this, ex), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            refresh();
        });
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        b.setEnabled(enabled);
        b.setAriaLabel(getTranslation(key + ".for", a.activityTitle()));
        return b;
    }

    private void undoNotification(Assignment a) {
        Notification n = new Notification();
        n.setDuration(10_000);
        n.setPosition(Notification.Position.BOTTOM_START);
        Button undo = new Button(getTranslation("teaching.action.undo"), e -> {
            assignments.restore(teacher, a.id());
            n.close();
            refresh();
        });
        undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        n.add(new HorizontalLayout(new Span(getTranslation("teaching.action.removed", a.activityTitle())), undo));
        n.open();
    }

    private static Span chip(String text) {
        Span s = new Span(text);
        s.addClassName("opdag-chip");
        return s;
    }

    @Override
    public String getPageTitle() {
        return klass == null ? getTranslation("app.name") : getTranslation("teaching.assignments.title", klass.name());
    }
}
