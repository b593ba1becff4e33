package dk.opdag.planning.coverage;

import dk.opdag.classroom.SchoolYears;
import dk.opdag.curriculum.model.GradeBand;
import dk.opdag.shell.OpdagI18nProvider;
import java.util.Locale;

/**
 * A gap in words, e.g. "8.C har ingen forløb i digital myndiggørelse i dette skoleår". Colour in a heat map is not
 * enough: a leader must be able to read (and a screen reader say) which class misses what.
 *
 * @param className  null for a band gap
 * @param areaName   the competence area's name as the curriculum writes it, or null
 * @param band       for band gaps, else null
 * @param current    the school year is the current one ("i dette skoleår") rather than another ("i skoleåret 2027/28")
 */
public record Gap(GapKind kind, Long classId, String className, int grade, String areaCode, String areaName,
                  GradeBand band, int startYear, boolean current) {

    public String text(Locale locale) {
        String year = current ? OpdagI18nProvider.translate("planning.year.this", locale)
                : OpdagI18nProvider.translate("planning.year.other", locale, SchoolYears.label(startYear));
        String area = areaName == null ? null : lowerFirst(areaName);
        return switch (kind) {
            case NO_PLAN -> OpdagI18nProvider.translate("planning.gap.no-plan", locale, className, year);
            case NOT_ADOPTED -> OpdagI18nProvider.translate("planning.gap.not-adopted", locale, className, grade);
            case EMPTY_PLAN -> OpdagI18nProvider.translate("planning.gap.empty-plan", locale, className);
            case NO_AREA -> OpdagI18nProvider.translate("planning.gap.no-area", locale, className, area, year);
            case BAND_NO_AREA -> OpdagI18nProvider.translate("planning.gap.band-no-area", locale,
                    OpdagI18nProvider.translate("planning.band.in." + band.name(), locale), area, year);
        };
    }

    /** "Digital myndiggørelse" inside a sentence is "digital myndiggørelse". */
    static String lowerFirst(String name) {
        return name.isEmpty() ? name : name.substring(0, 1).toLowerCase(Locale.of("da")) + name.substring(1);
    }
}
