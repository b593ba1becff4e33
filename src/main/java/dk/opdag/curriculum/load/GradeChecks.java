package dk.opdag.curriculum.load;

import dk.opdag.curriculum.model.GradeBand;
import dk.opdag.curriculum.model.GradeRange;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Grade ranges: inside 0–9, in order, within one band; and Danish text for lists of grades. */
final class GradeChecks {

    private GradeChecks() {
    }

    /** Reports a range outside 0–9 or with from > to; returns whether it is usable. */
    static boolean checkRange(GradeRange grades, String path, FileReport report, Integer line) {
        if (grades.from() < 0 || grades.to() > 9 || grades.from() > grades.to()) {
            report.broken(path, Rule.GRADE_RANGE, line, "'" + path + "' er [" + grades.from() + ", " + grades.to()
                    + "], men skal være [fra, til] med klassetrin fra 0 til 9 og fra ≤ til");
            return false;
        }
        return true;
    }

    /** Reports an activity range that spans bands; returns whether it lies in one band. */
    static boolean checkOneBand(GradeRange grades, FileReport report, Integer line) {
        if (grades.bands().size() > 1) {
            String bands = grades.bands().stream().map(b -> b.range().label()).collect(Collectors.joining(" og "));
            report.broken("grades", Rule.GRADE_BAND_SPAN, line, "klassetrin " + grades.label()
                    + " går over flere trin (" + bands + "); et forløb skal ligge inden for ét trin: "
                    + "0.–3., 4.–6. eller 7.–9.");
            return false;
        }
        return true;
    }

    /** "5.", "5.–7." or "0. og 4.–6.": runs of consecutive grades. */
    static String describe(List<Integer> grades) {
        List<String> runs = new ArrayList<>();
        int i = 0;
        while (i < grades.size()) {
            int j = i;
            while (j + 1 < grades.size() && grades.get(j + 1) == grades.get(j) + 1) {
                j++;
            }
            runs.add(new GradeRange(grades.get(i), grades.get(j)).label());
            i = j + 1;
        }
        if (runs.size() == 1) {
            return runs.getFirst();
        }
        return String.join(", ", runs.subList(0, runs.size() - 1)) + " og " + runs.getLast();
    }

    /** "4.–6." for a band, as teachers write it. */
    static String label(GradeBand band) {
        return band.range().label();
    }
}
