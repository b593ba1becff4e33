package dk.opdag.planning.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import dk.opdag.account.SignedInUser;
import dk.opdag.classroom.SchoolYears;
import dk.opdag.planning.NextYearCopy;
import dk.opdag.planning.Plan;
import dk.opdag.planning.PlanningException;

/** Copies a plan into the next school year, into that year's grade template or a class of the same grade. */
class CopyDialog extends Dialog {

    CopyDialog(NextYearCopy yearCopy, SignedInUser user, Plan plan) {
        String nextYear = SchoolYears.label(plan.startYear() + 1);
        setHeaderTitle(getTranslation("planning.copy.title", nextYear));
        add(new Paragraph(getTranslation("planning.copy.text")));
        Select<NextYearCopy.CopyTarget> target = new Select<>();
        target.setLabel(getTranslation("planning.copy.target"));
        target.setItems(yearCopy.copyTargets(user, plan));
        target.setItemLabelGenerator(t -> t.classId() == null
                ? getTranslation("planning.copy.to-template", plan.grade(), nextYear)
                : getTranslation("planning.copy.to-class", t.className(), nextYear));
        target.getListDataView().getItems().findFirst().ifPresent(target::setValue);
        Paragraph result = new Paragraph();
        result.getElement().setAttribute("role", "alert");
        result.setVisible(false);
        add(target, result);
        Button copy = new Button(getTranslation("planning.copy.do"), e -> {
            try {
                var done = yearCopy.copyToNextYear(user, plan.id(), target.getValue().classId());
                close();
                UI.getCurrent().navigate("aarsplan/" + done.planId());
                String text = getTranslation("planning.copy.done", done.copied(), done.shifted());
                if (!done.skipped().isEmpty()) {
                    text += " " + getTranslation("planning.copy.skipped", String.join(", ", done.skipped()));
                }
                com.vaadin.flow.component.notification.Notification.show(text, 10_000,
                        com.vaadin.flow.component.notification.Notification.Position.MIDDLE);
            } catch (PlanningException ex) {
                result.setText(PlanTexts.error(this, ex));
                result.addClassName("opdag-error");
                result.setVisible(true);
            }
        });
        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("planning.item.cancel"), e -> close()), copy);
    }
}
