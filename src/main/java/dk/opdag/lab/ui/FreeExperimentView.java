package dk.opdag.lab.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.opdag.account.CurrentUser;
import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.curriculum.model.GradeBand;
import dk.opdag.lab.FreePlay;
import dk.opdag.lab.LabBlocks;
import dk.opdag.lab.LabService;
import dk.opdag.lab.PupilBands;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;

/**
 * "Frit eksperiment": play in the console, the turtle's or the robot's world with a toolbox that fits the band of the
 * pupil's class (no trigonometry for 2nd grade), saved like any experiment but never counted as progress. A teacher
 * tries it out here and picks the band to see what her pupils get; her work is not stored.
 */
@Route(FreeExperimentView.PATH)
@Menu(title = "lab.nav.free", order = 25)
@RolesAllowed({Role.Names.PUPIL, Role.Names.TEACHER})
@StyleSheet("styles/lab.css")
public class FreeExperimentView extends Div implements HasDynamicTitle {

    public static final String PATH = dk.opdag.shell.Navigation.FREE_EXPERIMENT;

    private final LabService lab;
    private final LabBlocks blocks;
    private final SignedInUser user;
    private final Clock clock;
    private final Div bench = new Div();
    private FreePlay.FreeWorld world = FreePlay.FreeWorld.CONSOLE;
    private GradeBand band;

    public FreeExperimentView(LabService lab, LabBlocks blocks, PupilBands bands,
                              CurrentUser currentUser, Clock clock) {
        this.lab = lab;
        this.blocks = blocks;
        this.user = currentUser.require();
        this.clock = clock;
        addClassName("opdag-lab-page");
        add(new H1(getTranslation("lab.free.title")), new Paragraph(getTranslation("lab.free.goal")));
        band = user.is(Role.PUPIL) ? FreePlay.bandOrDefault(bands.bandOf(user.id())) : GradeBand.B4_6;

        Div choices = new Div();
        choices.addClassName("opdag-free-choices");
        RadioButtonGroup<FreePlay.FreeWorld> worlds = new RadioButtonGroup<>(getTranslation("realniveau.free.world"));
        worlds.setItems(FreePlay.FreeWorld.values());
        worlds.setItemLabelGenerator(w -> getTranslation("realniveau.free.world." + w.name()));
        worlds.setValue(world);
        worlds.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                world = e.getValue();
                showBench();
            }
        });
        choices.add(worlds);
        if (!user.is(Role.PUPIL)) { // the teacher's try mode: see each band's toolbox
            Select<GradeBand> bandChoice = new Select<>();
            bandChoice.setLabel(getTranslation("realniveau.free.band"));
            bandChoice.setItems(List.of(GradeBand.values()));
            bandChoice.setItemLabelGenerator(b -> getTranslation("realniveau.free.band." + b.name()));
            bandChoice.setValue(band);
            bandChoice.addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    band = e.getValue();
                    showBench();
                }
            });
            choices.add(bandChoice);
        }
        add(choices, bench);
        showBench();
    }

    private void showBench() {
        bench.removeAll();
        bench.add(new ExperimentWorkbench(lab, blocks, user, FreePlay.experiment(world, band,
                blocks.standardToolbox(), getTranslation("lab.free.title")), null, clock));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lab.free.title");
    }
}
