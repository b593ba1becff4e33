package dk.opdag.classroom;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        if (lines.isEmpty()) {
            throw new RosterFileException("roster.error.empty");
        }
        char separator = separator(lines.getFirst());
        List<String> header = split(lines.getFirst(), separator).stream()
                .map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        int nameColumn = indexOfAny(header, NAME_HEADERS);
        int surnameColumn = indexOfAny(header, SURNAME_HEADERS);
        List<String> names = new ArrayList<>();
        boolean hasHeader = nameColumn >= 0;
        for (String line : hasHeader ? lines.subList(1, lines.size()) : lines) {
            List<String> cells = split(line, separator);
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

    /** Splits one CSV line, honouring double quotes. */
    static List<String> split(String line, char separator) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == separator && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
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
