package dk.opdag.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.opdag.account.CurrentUser;
import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.training.TrainingCatalog;
import dk.opdag.training.content.Module;
import dk.opdag.training.module.ModuleRepository;
import dk.opdag.training.module.ModuleService;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The teacher's private logbook across modules; each entry, or all of it, can be deleted. */
@Route(TrainingUi.LOGBOOK)
@RolesAllowed({Role.Names.TEACHER, Role.Names.LEADER})
@StyleSheet("styles/training.css")
public class LogbookView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ModuleService modules;
    private final TrainingCatalog catalog;
    private final CurrentUser currentUser;
    private SignedInUser user;

    public LogbookView(ModuleService modules, TrainingCatalog catalog, CurrentUser currentUser) {
        this.modules = modules;
        this.catalog = catalog;
        this.currentUser = currentUser;
        addClassName("opdag-training");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        render();
    }

    private void render() {
        removeAll();
        user = currentUser.require();
        add(new Anchor(TrainingUi.HOME, getTranslation("training.back-home")),
                new H1(getTranslation("training.logbook.title")),
                new Paragraph(getTranslation("training.logbook.private")));
        List<ModuleRepository.LogbookEntry> entries = modules.logbook(user);
        if (entries.isEmpty()) {
            add(new Paragraph(getTranslation("training.logbook.empty")));
            return;
        }
        Map<String, List<ModuleRepository.LogbookEntry>> byModule = new LinkedHashMap<>();
        entries.forEach(e -> byModule.computeIfAbsent(e.moduleId(), k -> new java.util.ArrayList<>()).add(e));
        byModule.forEach((moduleId, list) -> {
            String title = catalog.module(moduleId).map(Module::title).orElse(moduleId);
            add(new H2(new Anchor(TrainingUi.MODULE + moduleId, title)));
            for (ModuleRepository.LogbookEntry e : list) {
                Div entry = new Div();
                entry.addClassName("opdag-logbook-entry");
                Paragraph prompt = new Paragraph(e.prompt());
                prompt.addClassName("opdag-logbook-prompt");
                Button delete = new Button(getTranslation("training.logbook.delete"), click -> confirm(
                        getTranslation("training.logbook.delete-confirm"), () -> {
                            modules.deleteEntry(user, e.id());
                            render();
                        }));
                delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                delete.getElement().setAttribute("aria-label", getTranslation("training.logbook.delete-label",
                        e.prompt()));
                entry.add(prompt, new Paragraph(e.entry()), new Paragraph(getTranslation("training.logbook.written",
                        TrainingUi.day(e.updatedAt()))), delete);
                add(entry);
            }
        });
        Button all = new Button(getTranslation("training.logbook.delete-all"), e -> confirm(
                getTranslation("training.logbook.delete-all-confirm"), () -> {
                    modules.deleteLogbook(user);
                    render();
                }));
        all.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(all);
    }

    private void confirm(String text, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("training.confirm.title"), text,
                getTranslation("training.confirm.delete"), e -> action.run());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("training.confirm.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.logbook.title");
    }
}
