package dk.opdag.planning;

import static org.assertj.core.api.Assertions.assertThat;

import dk.opdag.planning.EquityService.ClassEquity;
import dk.opdag.planning.EquityService.EquityReport;
import dk.opdag.planning.EquityService.Measure;
import dk.opdag.planning.EquityService.SpreadPoint;
import dk.opdag.planning.ui.EquityTexts;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The equity sentences make sense at zero, when classes are level, and name the classes behind their plan. */
class EquityTextsTest {

    private static final Locale DA = Locale.of("da");
    private static final Week WEEK = new Week(2026, 47);

    private static ClassEquity klass(String name, int soFar, int plannedSoFar) {
        return new ClassEquity(name.hashCode(), name, Character.getNumericValue(name.charAt(0)), soFar, plannedSoFar,
                plannedSoFar + 2, 0, null, false);
    }

    private static EquityReport report(Measure measure, ClassEquity... classes) {
        return new EquityReport(2026, WEEK, measure, List.of(classes), 0, List.of(), List.of(), List.of());
    }

    @Test
    void atZeroNobodyIsMostOrLeast() {
        EquityReport nothing = report(Measure.DONE, klass("2.A", 0, 0), klass("8.C", 0, 0));
        assertThat(EquityTexts.classes(nothing, DA)).isEqualTo("Ingen klasser har haft forløb endnu.");
        assertThat(EquityTexts.spread(List.of(new SpreadPoint(new Week(2026, 33), 0, List.of("2.A", "8.C"), 0,
                List.of("2.A", "8.C")), new SpreadPoint(WEEK, 0, List.of("2.A"), 0, List.of("2.A"))), DA))
                .isEqualTo("I uge 47 har ingen klasser haft forløb endnu.");
        assertThat(EquityTexts.classes(nothing, Locale.ENGLISH)).isEqualTo("No class has had any units yet.");
    }

    @Test
    void levelClassesAndSingularsReadRight() {
        assertThat(EquityTexts.classes(report(Measure.DONE, klass("2.A", 1, 1), klass("8.C", 1, 1)), DA))
                .isEqualTo("Alle klasser har 1 forløb til nu.");
        assertThat(EquityTexts.classes(report(Measure.DONE, klass("2.A", 0, 0), klass("8.C", 1, 1)), DA))
                .isEqualTo("Flest forløb til nu har 8.C med 1 forløb; færrest har 2.A med ingen.");
        assertThat(EquityTexts.classes(report(Measure.DONE, klass("2.A", 1, 1), klass("8.C", 3, 3)), Locale.ENGLISH))
                .isEqualTo("Most units so far: 8.C with 3 units; fewest: 2.A with 1 unit.");
    }

    @Test
    void classesBehindTheirPlanAreNamedWithPlannedAndDone() {
        EquityReport r = report(Measure.DONE, klass("2.A", 1, 1), klass("5.B", 1, 3), klass("8.C", 0, 1));
        assertThat(EquityTexts.behindPlan(r, DA)).isEqualTo(
                "Bag efter deres egen plan i uge 47: 5.B har gennemført 1 af 3 planlagte forløb; "
                        + "8.C har gennemført 0 af 1 planlagt forløb.");
        assertThat(EquityTexts.behindPlan(report(Measure.DONE, klass("2.A", 2, 1)), DA))
                .isEqualTo("Ingen klasser er bag efter deres plan i uge 47.");
        assertThat(EquityTexts.behindPlan(report(Measure.PLANNED, klass("2.A", 0, 3)), DA))
                .startsWith("Opdag kan se, om en klasse er bag efter sin plan");
    }
}
