package dk.opdag.lab.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import dk.opdag.lab.LabRepository;
import java.time.Clock;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * "Tidligere udgaver" (restore one, or start over) and "Dine kørsler", for the pupil's own work only. Each list is
 * built when its section is opened and dropped when it is closed: most of the time both are closed, and a list of
 * components kept on the server for every open workbench would cost far more than the few rows it shows.
 */
class HistoryPanel extends Div {

    private final Clock clock;
    private final UnorderedList versions = new UnorderedList();
    private final UnorderedList runs = new UnorderedList();
    private final Details versionDetails;
    private final Details runDetails;
    private List<LabRepository.Version> versionList = List.of();
    private List<LabRepository.Run> runList = List.of();
    private LongConsumer onRestore = id -> { };
    private Runnable onStartOver = () -> { };

    HistoryPanel(Clock clock) {
        this.clock = clock;
        addClassName("opdag-lab-history");
        versions.addClassName("opdag-lab-versions");
        runs.addClassName("opdag-lab-runs");
        versionDetails = new Details(getTranslation("lab.versions"));
        runDetails = new Details(getTranslation("lab.runs"));
        versionDetails.addOpenedChangeListener(e -> renderVersions());
        runDetails.addOpenedChangeListener(e -> renderRuns());
        add(versionDetails, runDetails);
    }

    void onRestore(LongConsumer action) {
        this.onRestore = action;
    }

    void onStartOver(Runnable action) {
        this.onStartOver = action;
    }

    void open() {
        versionDetails.setOpened(true);
        renderVersions();
    }

    void showVersions(List<LabRepository.Version> list) {
        versionList = List.copyOf(list);
        renderVersions();
    }

    void showRuns(List<LabRepository.Run> list) {
        runList = List.copyOf(list);
        renderRuns();
    }

    private void renderVersions() {
        versionDetails.removeAll();
        versions.removeAll();
        if (!versionDetails.isOpened()) {
            return;
        }
        Button startOver = new Button(getTranslation("lab.start-over"), e -> confirm("lab.start-over.title",
                "lab.start-over.text", "lab.start-over", () -> onStartOver.run()));
        startOver.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        versionDetails.add(versions, startOver);
        List<LabRepository.Version> list = versionList;
        if (list.isEmpty()) {
            versions.add(new ListItem(new Paragraph(getTranslation("lab.versions.empty"))));
            return;
        }
        for (LabRepository.Version v : list) {
            String when = LabTexts.when(v.savedAt(), getLocale(), clock);
            ListItem item = new ListItem();
            Span label = new Span(getTranslation("lab.versions.item", v.revision()) + " · " + when);
            Button restore = new Button(getTranslation("lab.versions.restore"), e -> confirm("lab.restore.title",
                    "lab.restore.text", "lab.restore.confirm", () -> onRestore.accept(v.id())));
            restore.addThemeVariants(ButtonVariant.LUMO_SMALL);
            restore.setAriaLabel(getTranslation("lab.versions.restore-label", when));
            item.add(label, restore);
            versions.add(item);
        }
    }

    private void renderRuns() {
        runDetails.removeAll();
        runs.removeAll();
        if (!runDetails.isOpened()) {
            return;
        }
        runDetails.add(runs);
        List<LabRepository.Run> list = runList;
        if (list.isEmpty()) {
            runs.add(new ListItem(getTranslation("lab.runs.empty")));
            return;
        }
        for (LabRepository.Run r : list) {
            String verdict = r.score() >= dk.opdag.experiment.level.Grade.ALL_PASS ? "lab.runs.perfect"
                    : r.passed() ? "lab.runs.passed" : "lab.runs.failed";
            ListItem item = new ListItem(getTranslation("lab.runs.item", LabTexts.when(r.ranAt(), getLocale(), clock),
                    getTranslation(verdict), r.steps()));
            item.addClassName(r.passed() ? "ok" : "not-ok");
            runs.add(item);
        }
    }

    private void confirm(String titleKey, String textKey, String confirmKey, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation(titleKey), getTranslation(textKey),
                getTranslation(confirmKey), e -> action.run());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("lab.cancel"));
        dialog.open();
    }
}
