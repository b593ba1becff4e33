package dk.opdag.classroom;

import java.util.List;

/** A class as lists show it: its pupils counted, its teachers named. */
public record ClassSummary(long id, String name, int grade, String classCode, int pupils, List<String> teachers) {
}
