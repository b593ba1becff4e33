package dk.opdag.planning.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.curriculum.yearplan.SampleItem;
import dk.opdag.curriculum.yearplan.SamplePlan;
import dk.opdag.planning.Plan;
import dk.opdag.planning.PlanOverview;
import dk.opdag.planning.PlanningException;
import dk.opdag.planning.Plans;
import dk.opdag.planning.samples.SampleAdoptionService.Existing;
import dk.opdag.planning.samples.SampleAdoptionService;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * Chooses the plan a sample goes into, shows what will happen (how many activities, which moved past a holiday, which
 * own slots stay for the teachers), and asks before adding beside or replacing what the plan already has.
 */
class AdoptSampleDialog extends Dialog {

    /** A class of the sample's grade (teachers) or the school's grade template (leaders, classId null). */
    record Target(Long classId, String label) {
    }

    private final SampleAdoptionService samples;
    private final SignedInUser user;
    private final SamplePlan sample;
    private final Div preview = new Div();
    private final RadioButtonGroup<Existing> existing = new RadioButtonGroup<>();
    private final Paragraph problem = new Paragraph();
    private final Button adopt;
    private SampleAdoptionService.Preview shown;

    AdoptSampleDialog(SampleAdoptionService samples, Plans plans, PlanOverview planOverview, SignedInUser user,
                      SamplePlan sample,
                      BiConsumer<String, Boolean> say) {
        this.samples = samples;
        this.user = user;
        this.sample = sample;
        setHeaderTitle(getTranslation("yearplans.adopt.title", sample.title()));
        List<Target> targets = new ArrayList<>();
        int startYear = plans.currentStartYear();
        if (user.is(Role.LEADER)) {
            targets.add(new Target(null, getTranslation("planning.template-name", sample.grade())));
        }
        if (user.is(Role.TEACHER)) {
            planOverview.classesOf(user, startYear).stream().filter(c -> c.grade() == sample.grade())
                    .map(c -> new Target(c.id(), getTranslation("planning.class-plan-name", c.name())))
                    .forEach(targets::add);
        }
        if (targets.isEmpty()) {
            add(new Paragraph(getTranslation("yearplans.adopt.no-target", sample.grade())));
        }
        Select<Target> target = new Select<>();
        target.setLabel(getTranslation("yearplans.adopt.target"));
        target.setItems(targets);
        target.setItemLabelGenerator(Target::label);
        target.setVisible(!targets.isEmpty());
        existing.setLabel(getTranslation("yearplans.adopt.existing"));
        existing.setItems(Existing.ADD, Existing.REPLACE);
        existing.setItemLabelGenerator(e -> getTranslation("yearplans.adopt.existing." + e.name().toLowerCase()));
        existing.setVisible(false);
        problem.getElement().setAttribute("role", "alert");
        problem.addClassName("opdag-error");
        problem.setVisible(false);
        add(target, preview, existing, problem);
        adopt = new Button(getTranslation("yearplans.adopt.do"), e -> adopt(say));
        adopt.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        adopt.setEnabled(false);
        getFooter().add(new Button(getTranslation("planning.item.cancel"), e -> close()), adopt);
        target.addValueChangeListener(e -> showPreview(samples, e.getValue(), startYear));
        if (targets.size() == 1) {
            target.setValue(targets.getFirst());
        }
    }

    private void showPreview(SampleAdoptionService samples, Target target, int startYear) {
        preview.removeAll();
        problem.setVisible(false);
        shown = null;
        adopt.setEnabled(false);
        if (target == null) {
            return;
        }
        try {
            Plan plan = target.classId() == null
                    ? samples.gradeTarget(user, user.schoolId(), startYear, sample.grade())
                    : samples.classTarget(user, target.classId());
            shown = samples.preview(user, plan.id(), sample.id());
        } catch (PlanningException ex) {
            fail(ex);
            return;
        }
        long shifted = shown.placements().stream().filter(SampleAdoptionService.Placement::shifted).count();
        preview.add(new Paragraph(getTranslation("yearplans.adopt.preview", shown.placements().size(), shifted)));
        if (!shown.ownSlots().isEmpty()) {
            preview.add(new Paragraph(getTranslation("yearplans.adopt.own", shown.ownSlots().size(),
                    shown.ownLessons(), shown.ownSlots().stream().map(SampleItem::ownTitle).distinct()
                            .collect(Collectors.joining("; ")))));
        }
        if (!shown.unplaceable().isEmpty()) {
            preview.add(new Paragraph(getTranslation("yearplans.adopt.unplaceable", shown.unplaceable().size())));
        }
        existing.clear();
        existing.setVisible(shown.existingItems() > 0);
        if (shown.existingItems() > 0) {
            existing.setHelperText(getTranslation("yearplans.adopt.existing-help", shown.existingItems()));
        }
        adopt.setEnabled(true);
    }

    private void adopt(BiConsumer<String, Boolean> say) {
        if (shown == null) {
            return;
        }
        try {
            Existing choice = shown.existingItems() == 0 ? Existing.NONE : existing.getValue();
            var done = samples.adopt(user, shown.plan().id(), sample.id(), choice, shown.existingItems());
            close();
            UI.getCurrent().navigate("aarsplan/" + done.planId());
            com.vaadin.flow.component.notification.Notification.show(getTranslation("yearplans.adopt.done",
                    done.added(), done.removed(), done.ownSlots()), 10_000,
                    com.vaadin.flow.component.notification.Notification.Position.MIDDLE);
        } catch (PlanningException ex) {
            fail(ex);
        }
    }

    private void fail(PlanningException ex) {
        problem.setText(PlanTexts.error(this, ex));
        problem.setVisible(true);
    }
}
