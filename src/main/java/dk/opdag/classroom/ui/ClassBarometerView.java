package dk.opdag.classroom.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.opdag.account.CurrentUser;
import dk.opdag.account.Role;
import dk.opdag.classroom.ClassroomException;
import dk.opdag.classroom.barometer.BarometerService;
import dk.opdag.classroom.barometer.BarometerService.ClassBarometer;
import dk.opdag.classroom.barometer.BarometerService.Comparison;
import dk.opdag.classroom.barometer.Dimension;
import jakarta.annotation.security.RolesAllowed;

/** The class picture of the barometer: how the pupils rate themselves, and what their work shows, side by side. */
@Route("klasse/:id/barometer")
@RolesAllowed(Role.Names.TEACHER)
public class ClassBarometerView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final BarometerService barometer;
    private final CurrentUser currentUser;
    private ClassBarometer picture;

    public ClassBarometerView(BarometerService barometer, CurrentUser currentUser) {
        this.barometer = barometer;
        this.currentUser = currentUser;
        addClassName("opdag-teaching");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            long id = TeachingUi.parseId(event.getRouteParameters().get("id").orElse(""));
            picture = barometer.ofClass(currentUser.require(), id);
        } catch (ClassroomException e) {
            picture = null;
            TeachingUi.refuse(this, this, e);
            return;
        }
        add(new Anchor("klasse/" + picture.klass().id() + "/opgaver",
                getTranslation("teaching.assignments.back", picture.klass().name())));
        add(new H1(getTranslation("teaching.barometer.class-title", picture.klass().name())));
        add(new Paragraph(getTranslation("teaching.barometer.class-intro", picture.scaleMax())));
        add(new Anchor("klasse/" + picture.klass().id() + "/maaling", getTranslation("realniveau.class.link")));

        add(new H2(getTranslation("teaching.barometer.ratings")));
        for (Dimension d : Dimension.values()) {
            int[] counts = picture.ratingCounts().get(d);
            int rated = 0;
            for (int i = 1; i < counts.length; i++) {
                rated += counts[i];
            }
            Div block = new Div();
            block.addClassName("opdag-bars");
            block.add(new Span(getTranslation("teaching.barometer.dimension." + d.name()) + " · "
                    + getTranslation("teaching.barometer.rated", rated, picture.pupils().size())));
            for (int value = 1; value < counts.length; value++) {
                block.add(Bars.bar(getTranslation("teaching.barometer.value-count", value, counts[value]),
                        rated == 0 ? 0 : (double) counts[value] / rated));
            }
            add(block);
        }

        add(new H2(getTranslation("teaching.barometer.work")));
        Div areas = new Div();
        areas.addClassName("opdag-bars");
        picture.areas().forEach(a -> areas.add(Bars.bar(a.total() == 0
                ? getTranslation("teaching.barometer.area-none", a.name())
                : getTranslation("teaching.barometer.area", a.name(), a.passed(), a.total()), a.share())));
        add(areas);

        add(new H2(getTranslation("teaching.barometer.pupils")));
        Grid<BarometerService.PupilBarometer> grid = new Grid<>();
        grid.addColumn(BarometerService.PupilBarometer::name).setHeader(getTranslation("teaching.grid.pupil"))
                .setAutoWidth(true).setFlexGrow(0);
        for (Dimension d : Dimension.values()) {
            grid.addColumn(p -> cell(p.dimensions().get(d.ordinal())))
                    .setHeader(getTranslation("teaching.barometer.dimension." + d.name()));
        }
        grid.setItems(picture.pupils());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("teaching.barometer.pupils"));
        add(grid);
    }

    private String cell(Comparison c) {
        String rating = c.rating() == null ? getTranslation("teaching.barometer.not-rated") : c.rating().toString();
        String work = c.workLevel() == null ? "–" : String.format(java.util.Locale.of("da"), "%.1f", c.workLevel());
        return getTranslation("teaching.barometer.cell", rating, work,
                getTranslation("teaching.barometer.verdict-short." + c.verdict().name()));
    }

    @Override
    public String getPageTitle() {
        return picture == null ? getTranslation("app.name")
                : getTranslation("teaching.barometer.class-title", picture.klass().name());
    }
}
