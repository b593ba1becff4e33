package dk.opdag.curriculum.load;

import dk.opdag.curriculum.model.GradeRange;
import dk.opdag.curriculum.model.Subject;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code subjects.yaml}: the subjects and the grades where each is taught. */
final class SubjectsReader {

    private SubjectsReader() {
    }

    static List<Subject> read(YamlNode root, FileReport report) {
        List<Subject> subjects = new ArrayList<>();
        Ids ids = new Ids("et fag");
        Fields.of(root, "", report).ifPresent(file -> {
            file.allowOnly("subjects");
            for (Fields entry : file.objects("subjects")) {
                entry.allowOnly("id", "name", "grades", "note");
                String id = entry.text("id");
                Ids.checkSlug(id, Ids.SLUG, report, entry.lineOf("id"));
                GradeRange grades = entry.gradeRange("grades", true);
                if (grades != null) {
                    GradeChecks.checkRange(grades, entry.pathOf("grades"), report, entry.lineOf("grades"));
                }
                Subject subject = new Subject(id, entry.text("name"), grades, entry.optionalText("note"));
                if (id != null && ids.add(id, report, entry.lineOf("id"))) {
                    subjects.add(subject);
                }
            }
        });
        return subjects;
    }
}
