package dk.opdag.classroom.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * CSV the way Danish Excel opens it with a double click: UTF-8 with a byte order mark (else æøå turn into
 * mojibake), semicolons between fields (Danish Excel's list separator, since the comma is the decimal mark) and
 * CRLF line ends. Written by Commons CSV, which quotes fields holding separators, quotes or line breaks.
 */
public final class CsvText {

    static final String BOM = "\uFEFF";
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';')
            .setRecordSeparator("\r\n").setQuoteMode(QuoteMode.MINIMAL).get();

    private CsvText() {
    }

    public static String of(List<String> header, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        out.write(BOM);
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(header.stream().map(CsvText::safe).toList());
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(CsvText::safe).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /**
     * A pupil's text that starts like a formula (=, +, -, @, tab) would run as one in Excel ("CSV injection"): an
     * apostrophe in front makes Excel show it as text.
     */
    static String safe(String cell) {
        if (cell == null) {
            return "";
        }
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }
}
