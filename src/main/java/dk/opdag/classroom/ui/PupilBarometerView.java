package dk.opdag.classroom.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.opdag.account.CurrentUser;
import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.classroom.ClassroomException;
import dk.opdag.classroom.barometer.BarometerService;
import dk.opdag.classroom.barometer.BarometerService.Comparison;
import dk.opdag.classroom.barometer.MeasureService;
import dk.opdag.shell.Navigation;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.IntStream;

/**
 * "Mit barometer": the pupil rates themselves on using, understanding and exploring technology (smileys up to 3rd
 * grade, 1–5 from 4th), and sees beside it what their experiments and the measurement's small tasks show, with any
 * difference put kindly (no red, no ranking). Up to 3rd grade the page speaks in a child's words, not the
 * curriculum's area names.
 */
@Route(Navigation.PUPIL_BAROMETER)
@Menu(title = "teaching.nav.barometer", order = 30)
@RolesAllowed(Role.Names.PUPIL)
public class PupilBarometerView extends VerticalLayout implements HasDynamicTitle {

    private final BarometerService barometer;
    private final MeasureService measure;
    private final SignedInUser pupil;
    private final Div content = new Div();

    public PupilBarometerView(BarometerService barometer, MeasureService measure, CurrentUser currentUser) {
        this.barometer = barometer;
        this.measure = measure;
        this.pupil = currentUser.require();
        addClassName("opdag-barometer");
        add(new H1(getTranslation("teaching.nav.barometer")), content);
        show(null);
    }

    private void show(String status) {
        content.removeAll();
        BarometerService.PupilBarometer mine;
        try {
            mine = barometer.mine(pupil);
        } catch (ClassroomException e) {
            content.add(TeachingUi.status(TeachingUi.message(this, e)));
            return;
        }
        boolean young = mine.scaleMax() == 3;
        content.add(new Paragraph(getTranslation(young ? "realniveau.young.intro" : "teaching.barometer.intro")));
        if (status != null) {
            content.add(TeachingUi.status(status));
        }
        MeasureService.PupilMeasure measured = measure.mine(pupil);
        for (Comparison c : mine.dimensions()) {
            content.add(dimension(c, mine.scaleMax(), measured));
        }
        content.add(new H2(getTranslation("teaching.barometer.my-work")));
        Div areas = new Div();
        areas.addClassName("opdag-bars");
        mine.areas().forEach(a -> {
            String name = young ? getTranslation("realniveau.young.area." + a.area()) : a.name();
            areas.add(Bars.bar(a.total() == 0 ? getTranslation("teaching.barometer.area-none", name)
                    : getTranslation("teaching.barometer.area", name, a.passed(), a.total()), a.share()));
        });
        content.add(areas);
    }

    /** The dimension's name: a child's words up to 3rd grade. */
    private String name(Comparison c, int max) {
        return getTranslation((max == 3 ? "realniveau.young.dimension." : "teaching.barometer.dimension.")
                + c.dimension().name());
    }

    /** "Du gav dig selv 2 af 3 i … Dine opgaver viste: 3 af 4 klaret – godt gået!", kindly either way. */
    private Div selfAndReal(Comparison c, int max, MeasureService.PupilMeasure measured) {
        Div box = new Div();
        box.addClassName("opdag-self-vs-real");
        String name = name(c, max);
        box.add(new Paragraph(c.rating() == null ? getTranslation("realniveau.mine.not-rated", name)
                : getTranslation("realniveau.mine.rated", c.rating(), max, name)));
        measured.dimensions().stream().filter(d -> d.dimension() == c.dimension()).findFirst().ifPresent(d -> {
            Paragraph shows = new Paragraph(d.answered() == 0 ? getTranslation("realniveau.mine.shows-none", name)
                    : getTranslation("realniveau.mine.shows", d.solved(), d.answered(), getTranslation(
                            d.practise() ? "realniveau.mine.practise" : "realniveau.mine.well")));
            shows.addClassName("opdag-verdict");
            box.add(shows);
        });
        return box;
    }

    private Div dimension(Comparison c, int max, MeasureService.PupilMeasure measured) {
        Div box = new Div();
        box.addClassName("opdag-dimension");
        String name = name(c, max);
        box.add(new H2(name));
        RadioButtonGroup<Integer> rating = new RadioButtonGroup<>(getTranslation((max == 3
                ? "realniveau.young.question." : "teaching.barometer.question.") + c.dimension().name()));
        rating.addClassName(max == 3 ? "opdag-smileys" : "opdag-scale");
        rating.setItems(IntStream.rangeClosed(1, max).boxed().toList());
        rating.setItemLabelGenerator(v -> getTranslation("teaching.barometer.scale" + max + "." + v));
        if (c.rating() != null) {
            rating.setValue(c.rating());
        }
        rating.addValueChangeListener(e -> {
            if (!e.isFromClient() || e.getValue() == null) {
                return;
            }
            try {
                barometer.rate(pupil, c.dimension(), e.getValue());
                show(getTranslation("teaching.barometer.saved", name));
            } catch (ClassroomException ex) {
                content.add(TeachingUi.error(TeachingUi.message(this, ex)));
            }
        });
        box.add(rating);
        Paragraph work = new Paragraph(c.total() == 0 ? getTranslation("teaching.barometer.work-none")
                : getTranslation("teaching.barometer.work-shows", c.passed(), c.total()));
        Paragraph verdict = new Paragraph(getTranslation("teaching.barometer.verdict." + c.verdict().name()));
        verdict.addClassName("opdag-verdict");
        box.add(work, verdict);
        if (measured.kind() != null) {
            box.add(selfAndReal(c, max, measured));
        }
        return box;
    }


    @Override
    public String getPageTitle() {
        return getTranslation("teaching.nav.barometer");
    }
}
