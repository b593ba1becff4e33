package dk.opdag.classroom;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the names out of an uploaded class list: one name per line, or a CSV exported from a school system with
 * a name column. Handles UTF-8 (with or without BOM) and Windows-1252, the two encodings Danish schools send.
 */
public final class RosterFile {

    public static final int MAX_BYTES = 1024 * 1024;
    public static final int MAX_NAMES = 200;
    private static final Set<String> NAME_HEADERS = Set.of("fornavn", "navn", "elevnavn", "elev", "first name",
            "firstname", "name", "kaldenavn");
    private static final Set<String> SURNAME_HEADERS = Set.of("efternavn", "last name", "lastname", "surname");

    private RosterFile() {
    }

    /** Why a file could not be read at all; an i18n key plus its parameter. */
    public static final class RosterFileException extends Exception {
        private final String messageKey;

        RosterFileException(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /** The name cells of the file, in order, still raw (the roster service parses and checks each one). */
    public static List<String> names(byte[] bytes) throws RosterFileException {
        if (bytes == null || bytes.length == 0) {
            throw new RosterFileException("roster.error.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new RosterFileException("roster.error.too-big");
        }
        String text = decode(bytes);
        if (text.indexOf('\0') >= 0) {
            throw new RosterFileException("roster.error.not-text");
        }
        List<List<String>> rows = rows(text);
        if (rows.isEmpty()) {
            throw new RosterFileException("roster.error.empty");
        }
        List<String> header = rows.getFirst().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        int nameColumn = indexOfAny(header, NAME_HEADERS);
        int surnameColumn = indexOfAny(header, SURNAME_HEADERS);
        List<String> names = new ArrayList<>();
        boolean hasHeader = nameColumn >= 0;
        for (List<String> cells : hasHeader ? rows.subList(1, rows.size()) : rows) {
            int column = hasHeader ? nameColumn : 0;
            if (column >= cells.size()) {
                continue;
            }
            String name = cells.get(column).strip();
            if (surnameColumn >= 0 && surnameColumn < cells.size() && !cells.get(surnameColumn).isBlank()) {
                name = name + " " + cells.get(surnameColumn).strip();
            }
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        if (names.isEmpty()) {
            throw new RosterFileException("roster.error.no-names");
        }
        if (names.size() > MAX_NAMES) {
            throw new RosterFileException("roster.error.too-many");
        }
        return names;
    }

    static String decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    private static char separator(String firstLine) {
        long semicolons = firstLine.chars().filter(c -> c == ';').count();
        long commas = firstLine.chars().filter(c -> c == ',').count();
        long tabs = firstLine.chars().filter(c -> c == '\t').count();
        if (tabs > 0 && tabs >= semicolons && tabs >= commas) {
            return '\t';
        }
        return semicolons >= commas ? ';' : ',';
    }

    /** The file's non-blank rows as cells, read by Commons CSV with the separator the first line uses. */
    static List<List<String>> rows(String text) throws RosterFileException {
        String firstLine = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator(firstLine))
                .setIgnoreEmptyLines(true).setTrim(false).get();
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (cells.stream().anyMatch(c -> !c.isBlank())) {
                    rows.add(cells);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException broken) {
            // An opening quote without its closing one, for example: say so rather than guess at the names.
            throw new RosterFileException("roster.error.broken-csv");
        }
        return rows;
    }

    private static int indexOfAny(List<String> header, Set<String> wanted) {
        for (int i = 0; i < header.size(); i++) {
            if (wanted.contains(header.get(i))) {
                return i;
            }
        }
        return -1;
    }

}
