package dk.opdag.planning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import dk.opdag.account.SignedInUser;
import dk.opdag.classroom.ClassTeacher;
import dk.opdag.curriculum.catalogue.ActivityCard;
import dk.opdag.curriculum.model.GradeRange;
import dk.opdag.curriculum.model.Subject;
import dk.opdag.planning.ItemDraft;
import dk.opdag.planning.Plan;
import dk.opdag.planning.PlanConflictException;
import dk.opdag.planning.PlanItems;
import dk.opdag.planning.PlannedActivity;
import dk.opdag.planning.PlanningException;
import dk.opdag.planning.Plans;
import dk.opdag.planning.SchoolCalendar;
import dk.opdag.planning.Week;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Adds an activity to a plan, or changes an item's weeks, subject, teacher and note. A refusal is shown in the dialog
 * with everything the user chose still in place; a conflict with a colleague's save reloads the plan instead.
 */
class ItemDialog extends Dialog {

    private final Plans plans;
    private final PlanItems planItems;
    private final SignedInUser user;
    private final Plan plan;
    private final PlannedActivity existing;
    private final PlanView owner;
    private final ComboBox<ActivityCard> activity = new ComboBox<>();
    private final Checkbox allGrades = new Checkbox();
    private final Select<Subject> subject = new Select<>();
    private final Select<Week> from = new Select<>();
    private final Select<Week> to = new Select<>();
    private final Select<ClassTeacher> teacher = new Select<>();
    private final TextArea note = new TextArea();
    private final Paragraph error = new Paragraph();

    ItemDialog(PlanView owner, Plans plans, PlanItems planItems, SignedInUser user, Plan plan, SchoolCalendar calendar,
               List<ClassTeacher> teachers, PlannedActivity existing) {
        this.owner = owner;
        this.plans = plans;
        this.planItems = planItems;
        this.user = user;
        this.plan = plan;
        this.existing = existing;
        setHeaderTitle(existing == null ? getTranslation("planning.item.add-title")
                : getTranslation("planning.item.edit-title", existing.activityTitle()));
        setWidth("min(40rem, 95vw)");
        VerticalLayout form = new VerticalLayout();
        form.setPadding(false);

        if (existing == null) {
            activity.setLabel(getTranslation("planning.item.activity"));
            activity.setItemLabelGenerator(a -> getTranslation("planning.item.activity-option", a.title(),
                    new GradeRange(a.gradeFrom(), a.gradeTo()).label()));
            activity.setWidthFull();
            activity.setRequiredIndicatorVisible(true);
            activity.addValueChangeListener(e -> offerSubjects(e.getValue()));
            allGrades.setLabel(getTranslation("planning.item.all-grades"));
            allGrades.addValueChangeListener(e -> activity.setItems(plans.plannableActivities(plan, e.getValue())));
            activity.setItems(plans.plannableActivities(plan, false));
            form.add(activity, allGrades);
        } else {
            Paragraph what = new Paragraph(getTranslation("planning.item.grades", existing.activityTitle(),
                    new GradeRange(existing.activityGradeFrom(), existing.activityGradeTo()).label()));
            form.add(what);
        }

        subject.setLabel(getTranslation("planning.item.subject"));
        subject.setItemLabelGenerator(Subject::name);
        subject.setItems(plans.subjectsFor(plan));
        subject.setWidthFull();

        List<Week> weeks = calendar.weeks();
        for (Select<Week> field : List.of(from, to)) {
            field.setItems(weeks);
            field.setItemLabelGenerator(w -> PlanTexts.weekOption(this, w, calendar.isHoliday(w.code())));
            field.setItemEnabledProvider(w -> !calendar.isHoliday(w.code()));
        }
        from.setLabel(getTranslation("planning.item.from"));
        to.setLabel(getTranslation("planning.item.to"));
        from.addValueChangeListener(e -> {
            if (e.getValue() != null && (to.getValue() == null || to.getValue().compareTo(e.getValue()) < 0)) {
                to.setValue(e.getValue());
            }
        });

        teacher.setLabel(getTranslation("planning.item.teacher"));
        teacher.setItems(teachers);
        teacher.setItemLabelGenerator(t -> t == null ? getTranslation("planning.item.no-teacher") : t.name());
        teacher.setEmptySelectionAllowed(true);
        teacher.setEmptySelectionCaption(getTranslation("planning.item.no-teacher"));
        teacher.setVisible(!plan.isTemplate());

        note.setLabel(getTranslation("planning.item.note"));
        note.setHelperText(getTranslation("planning.item.note-help", PlanItems.MAX_NOTE));
        note.setMaxLength(PlanItems.MAX_NOTE);
        note.setWidthFull();

        error.addClassName("opdag-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        form.add(subject, from, to, teacher, note, error);
        add(form);

        if (existing != null) {
            subject.getListDataView().getItems().filter(s -> s.id().equals(existing.subjectId())).findFirst()
                    .ifPresent(subject::setValue);
            from.setValue(Week.ofCode(existing.fromWeek()));
            to.setValue(Week.ofCode(existing.toWeek()));
            teachers.stream().filter(t -> Objects.equals(t.id(), existing.teacherId())).findFirst()
                    .ifPresent(teacher::setValue);
            note.setValue(existing.note() == null ? "" : existing.note());
        } else {
            calendar.teachingWeekFrom(Week.of(plans.today()).code()).or(() -> calendar.teachingWeekFrom(0))
                    .ifPresent(from::setValue);
        }

        Button save = new Button(getTranslation(existing == null ? "planning.item.add" : "planning.item.save"),
                e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("planning.item.cancel"), e -> close());
        getFooter().add(cancel, save);
        if (existing != null) {
            Button remove = new Button(getTranslation("planning.item.remove"), e -> confirmRemove());
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            getFooter().addComponentAsFirst(remove);
        }
    }

    /** The activity's own subjects first (those taught at the grade), then the rest; the first is preselected. */
    private void offerSubjects(ActivityCard card) {
        List<Subject> taught = plans.subjectsFor(plan);
        if (card == null) {
            subject.setItems(taught);
            return;
        }
        List<Subject> ordered = new ArrayList<>(taught.stream().filter(s -> card.subjectIds().contains(s.id()))
                .toList());
        taught.stream().filter(s -> !card.subjectIds().contains(s.id())).forEach(ordered::add);
        subject.setItems(ordered);
        subject.setItemLabelGenerator(s -> card.subjectIds().contains(s.id())
                ? getTranslation("planning.item.subject-own", s.name()) : s.name());
        if (!ordered.isEmpty()) {
            subject.setValue(ordered.getFirst());
        }
    }

    private void save() {
        if (existing == null && activity.getValue() == null) {
            showError(getTranslation("planning.item.pick-activity"));
            return;
        }
        if (subject.getValue() == null || from.getValue() == null || to.getValue() == null) {
            showError(getTranslation("planning.item.fill-in"));
            return;
        }
        ItemDraft draft = new ItemDraft(existing == null ? activity.getValue().id() : existing.activityId(),
                subject.getValue().id(), from.getValue().code(), to.getValue().code(),
                teacher.getValue() == null ? null : teacher.getValue().id(), note.getValue());
        try {
            if (existing == null) {
                PlannedActivity added = planItems.addItem(user, plan.id(), draft);
                close();
                owner.saved(getTranslation("planning.item.added", added.activityTitle(),
                        PlanTexts.weeks(this, added.fromWeek(), added.toWeek())));
            } else {
                PlannedActivity saved = planItems.updateItem(user, existing.id(), existing.version(), draft);
                close();
                owner.saved(getTranslation("planning.item.saved", saved.activityTitle()));
            }
        } catch (PlanConflictException e) {
            close();
            owner.conflict(PlanTexts.error(this, e));
        } catch (PlanningException e) {
            showError(PlanTexts.error(this, e));
        }
    }

    private void confirmRemove() {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("planning.item.remove-confirm", existing.activityTitle()));
        confirm.setText(getTranslation("planning.item.remove-text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("planning.item.cancel"));
        confirm.setConfirmText(getTranslation("planning.item.remove"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            try {
                planItems.removeItem(user, existing.id(), existing.version());
                close();
                owner.saved(getTranslation("planning.item.removed", existing.activityTitle()));
            } catch (PlanConflictException ex) {
                close();
                owner.conflict(PlanTexts.error(this, ex));
            } catch (PlanningException ex) {
                showError(PlanTexts.error(this, ex));
            }
        });
        confirm.open();
    }

    private void showError(String text) {
        error.setText(text);
        error.setVisible(true);
    }
}
