package dk.opdag.curriculum.ui;

import dk.opdag.curriculum.model.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lesson's steps as the editor shows them, one per line: {@code 10: Klassen gætter}, and for a step in which the
 * pupils work on a block experiment {@code 20: Eleverne prøver selv [eksperiment: skildpadde-sekskant]}, so the
 * step's {@code experiment} survives an edit.
 */
final class StepLines {

    private static final Pattern LINE = Pattern.compile(
            "^\\s*(\\d{1,3})\\s*(?:min\\.?)?\\s*[:|–-]\\s*(.+?)\\s*(?:\\[eksperiment:\\s*([a-z0-9-]+)\\s*])?\\s*$");

    /** The steps, or the first line (from 1) that is not a step; {@code badLine} is 0 when every line is one. */
    record Parsed(List<Step> steps, int badLine) {
    }

    private StepLines() {
    }

    static String format(List<Step> steps) {
        List<String> lines = new ArrayList<>();
        for (Step s : steps) {
            String text = s.minutes() + ": " + s.text().replace("\n", " ").strip();
            lines.add(s.experiment() == null ? text : text + " [eksperiment: " + s.experiment() + "]");
        }
        return String.join("\n", lines);
    }

    static Parsed parse(String text) {
        List<Step> steps = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            Matcher m = LINE.matcher(lines[i]);
            if (!m.matches()) {
                return new Parsed(List.of(), i + 1);
            }
            steps.add(new Step(Integer.parseInt(m.group(1)), m.group(2).strip(), m.group(3)));
        }
        return new Parsed(steps, 0);
    }
}
