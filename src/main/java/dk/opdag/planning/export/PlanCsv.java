package dk.opdag.planning.export;

import dk.opdag.planning.PlannedActivity;
import dk.opdag.planning.Week;
import dk.opdag.shell.OpdagI18nProvider;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A plan's items as CSV for a spreadsheet: semicolons and a byte-order mark, so Danish Excel opens it with æ, ø, å
 * and one column per field. Cells that a spreadsheet would run as a formula are made plain text.
 */
public final class PlanCsv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n")
            .get();

    private PlanCsv() {
    }

    /**
     * @param planName       "5.B" or "Årgangsplan 5. klasse", repeated on every row so sheets can be merged
     * @param areasByActivity competence area names per activity id
     */
    public static byte[] write(String planName, String schoolYear, List<PlannedActivity> items,
                               Map<String, List<String>> areasByActivity, Locale locale) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
            csv.printRecord(List.of("plan", "school-year", "from-week", "to-week", "from-date", "to-date",
                    "activity", "activity-id", "subject", "areas", "teacher", "note").stream()
                    .map(k -> OpdagI18nProvider.translate("planning.csv." + k, locale)).toList());
            for (PlannedActivity i : items) {
                Week from = Week.ofCode(i.fromWeek());
                Week to = Week.ofCode(i.toWeek());
                csv.printRecord(List.of(planName, schoolYear, Integer.toString(from.number()),
                                Integer.toString(to.number()), DATE.format(from.monday()), DATE.format(to.friday()),
                                i.activityTitle(), i.activityId(), i.subjectName(),
                                String.join(", ", areasByActivity.getOrDefault(i.activityId(), List.of())),
                                i.teacherName() == null ? "" : i.teacherName(), i.note() == null ? "" : i.note())
                        .stream().map(PlanCsv::plain).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, all, 0, BOM.length);
        System.arraycopy(text, 0, all, BOM.length, text.length);
        return all;
    }

    /** A cell starting with = + - @ (or a tab or carriage return) would be a formula in Excel: prefix an apostrophe. */
    static String plain(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }
}
