package dk.opdag.shell.privacy;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** A pupil's data as a plain UTF-8 text file: sections with a heading, then lines and (indented) stored texts. */
public final class PupilExport {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d.M.yyyy HH:mm");
    private final StringBuilder text = new StringBuilder();
    private final ZoneId zone;

    public PupilExport(String title, ZoneId zone) {
        this.zone = zone;
        text.append(title).append('\n').append("=".repeat(title.length())).append("\n");
    }

    public PupilExport section(String heading) {
        text.append('\n').append(heading).append('\n').append("-".repeat(heading.length())).append('\n');
        return this;
    }

    public PupilExport line(String line) {
        text.append(line).append('\n');
        return this;
    }

    /** A stored text (a program, an answer) indented, so it stands apart from the labels. */
    public PupilExport block(String stored) {
        if (stored != null) {
            stored.lines().forEach(l -> text.append("    ").append(l).append('\n'));
        }
        return this;
    }

    public String when(OffsetDateTime at) {
        return at == null ? "" : at.atZoneSameInstant(zone).format(WHEN);
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
