package dk.opdag.planning.ui;

import dk.opdag.planning.EquityService;
import dk.opdag.planning.EquityService.ClassEquity;
import dk.opdag.planning.EquityService.EquityReport;
import dk.opdag.planning.EquityService.SpreadPoint;
import dk.opdag.shell.OpdagI18nProvider;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The equity view's sentences, worded for what the numbers are: nobody has begun, everyone is level, or some lead;
 * and which classes are behind their own plan. Plural forms come from the bundles' choice patterns.
 */
public final class EquityTexts {

    private EquityTexts() {
    }

    /** Under the class chart: the most and the least covered class, or why there is no such pair. */
    public static String classes(EquityReport report, Locale locale) {
        List<ClassEquity> rows = report.classes();
        if (rows.isEmpty()) {
            return t(locale, "equity.no-classes");
        }
        ClassEquity least = rows.getFirst();
        ClassEquity most = rows.getLast();
        if (most.soFar() == 0) {
            return t(locale, "equity.nobody-yet");
        }
        if (most.soFar() == least.soFar()) {
            return t(locale, "equity.all-level", most.soFar());
        }
        return t(locale, "equity.most-least", most.name(), most.soFar(), least.name(), least.soFar());
    }

    /** Under the spread chart: this week's most and least covered classes and how the gap moved. */
    public static String spread(List<SpreadPoint> points, Locale locale) {
        SpreadPoint first = points.getFirst();
        SpreadPoint last = points.getLast();
        if (last.max() == 0) {
            return t(locale, "equity.spread-nobody", last.week().number());
        }
        if (last.spread() == 0) {
            return t(locale, "equity.spread-level", last.week().number(), last.max(), first.week().number(),
                    first.spread());
        }
        return t(locale, "equity.spread-sentence", last.week().number(), String.join(", ", last.maxClasses()),
                last.max(), String.join(", ", last.minClasses()), last.min(), last.spread(), first.week().number(),
                first.spread());
    }

    /** Which classes have done less than their plan had begun by now, or that none has, or that it is not known. */
    public static String behindPlan(EquityReport report, Locale locale) {
        if (report.measure() != EquityService.Measure.DONE) {
            return t(locale, "equity.behind-unknown");
        }
        List<ClassEquity> behind = report.behindPlan();
        if (behind.isEmpty()) {
            return t(locale, "equity.behind-none", report.thisWeek().number());
        }
        String list = behind.stream().map(c -> t(locale, "equity.behind-class", c.name(), c.soFar(), c.plannedSoFar()))
                .collect(Collectors.joining("; "));
        return t(locale, "equity.behind", report.thisWeek().number(), list);
    }

    private static String t(Locale locale, String key, Object... args) {
        return OpdagI18nProvider.translate(key, locale, args);
    }
}
