package dk.opdag.curriculum.load;

import dk.opdag.curriculum.model.Activity;
import dk.opdag.curriculum.model.Answer;
import dk.opdag.curriculum.model.Differentiation;
import dk.opdag.curriculum.model.Evaluation;
import dk.opdag.curriculum.model.Guide;
import dk.opdag.curriculum.model.Lesson;
import dk.opdag.curriculum.model.Step;
import dk.opdag.curriculum.model.SubjectUse;
import dk.opdag.curriculum.model.Term;
import dk.opdag.curriculum.model.Unplugged;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads one {@code activities/<id>.yaml} into an {@link Activity}, checking its shape (fields, types, id, values).
 * Rules that need other files (subjects, goals) are in {@link ActivityChecks}.
 */
final class ActivityReader {

    static final int MAX_LESSONS = 20;

    /**
     * One entry of {@code materials}: its text, the print materials it names ({@code print:}) and where it is.
     */
    record MaterialEntry(String text, List<String> prints, String path) {
    }

    /** An activity together with its parsed file, for checks that point at lines. */
    record Read(Activity activity, String fileId, YamlNode root, FileReport report, List<MaterialEntry> materials) {
        Integer line(String path) {
            return YamlNode.lineAt(root, path);
        }

        boolean namedRight() {
            return fileId.equals(activity.id());
        }
    }

    private ActivityReader() {
    }

    static Optional<Read> read(YamlNode root, String fileId, String contentHash, FileReport report) {
        return Fields.of(root, "", report)
                .map(file -> {
                    file.allowOnly("id", "title", "grades", "intro", "why", "subjects", "goals", "lessons",
                            "unplugged", "materials", "differentiation", "experiments", "guide", "safety", "reviewed");
                    List<MaterialEntry> materials = materials(file);
                    return new Read(activity(file, fileId, contentHash, materials), fileId, root, report, materials);
                });
    }

    /**
     * {@code materials}: each entry a text, or {@code {text: ..., print: id}} / {@code print: [id, ...]} for an entry
     * that Opdag ships as print material in {@code materials/<activity>/<id>.yaml}.
     */
    private static List<MaterialEntry> materials(Fields file) {
        List<MaterialEntry> entries = new ArrayList<>();
        List<Object> items = file.textsOrObjects("materials", true);
        int index = 0;
        for (Object item : items) {
            index++;
            String path = "materials[" + index + "]";
            if (item instanceof String text) {
                entries.add(new MaterialEntry(text, List.of(), path));
            } else if (item instanceof Fields entry) {
                entry.allowOnly("text", "print");
                String text = entry.text("text");
                List<String> prints = entry.textOrTexts("print");
                if (!entry.has("print")) {
                    entry.report().report(Rule.REQUIRED_FIELD, entry.lineOf("text"), "'" + path
                            + "' er et objekt, men mangler 'print' (id'et på et materiale i materials/); "
                            + "skriv ellers bare teksten");
                }
                if (text != null) {
                    entries.add(new MaterialEntry(text, prints, path));
                }
            }
        }
        return entries;
    }

    private static Activity activity(Fields file, String fileId, String contentHash, List<MaterialEntry> materials) {
        FileReport report = file.report();
        String id = file.text("id");
        Ids.checkSlug(id, Ids.SLUG, report, file.lineOf("id"));
        if (id != null && !id.equals(fileId)) {
            report.report(Rule.ID_FILENAME, file.lineOf("id"),
                    "id er '" + id + "', men filen hedder '" + fileId + ".yaml'; de skal være ens");
        }
        Integer lessons = file.integer("lessons");
        if (lessons != null && (lessons < 1 || lessons > MAX_LESSONS)) {
            report.broken("lessons", Rule.VALUE_RANGE, file.lineOf("lessons"),
                    "'lessons' er " + lessons + ", men skal være 1–" + MAX_LESSONS + " lektioner");
        }
        return new Activity(id, file.text("title"), file.gradeRange("grades", true), file.text("intro"),
                file.text("why"), subjects(file), file.texts("goals", true), lessons == null ? 0 : lessons,
                unplugged(file), materials.stream().map(MaterialEntry::text).toList(), differentiation(file),
                file.texts("experiments", false), guide(file), file.optionalText("safety"), contentHash,
                file.optionalDate("reviewed"));
    }

    private static List<SubjectUse> subjects(Fields file) {
        return file.objects("subjects").stream().map(entry -> {
            entry.allowOnly("id", "does", "grades");
            return new SubjectUse(entry.text("id"), entry.text("does"), entry.gradeRange("grades", false));
        }).toList();
    }

    private static Unplugged unplugged(Fields file) {
        String value = file.text("unplugged");
        if (value == null) {
            return null;
        }
        Optional<Unplugged> unplugged = Unplugged.fromYaml(value);
        if (unplugged.isEmpty()) {
            file.report().broken("unplugged", Rule.UNPLUGGED_VALUE, file.lineOf("unplugged"), "unplugged er '" + value
                    + "', men skal være none (med skærm), partial (delvis uden skærm) eller full (helt uden skærm)");
        }
        return unplugged.orElse(null);
    }

    private static Differentiation differentiation(Fields file) {
        return file.object("differentiation").map(d -> {
            d.allowOnly("easier", "harder");
            return new Differentiation(d.text("easier"), d.text("harder"));
        }).orElse(null);
    }

    private static Guide guide(Fields file) {
        return file.object("guide").map(guide -> {
            guide.allowOnly("preparation", "lessons", "reflection", "evaluation", "background", "vocabulary",
                    "answers");
            List<Lesson> lessons = guide.objects("lessons").stream().map(ActivityReader::lesson).toList();
            List<Evaluation> evaluation = guide.objects("evaluation").stream().map(e -> {
                e.allowOnly("goal", "signs", "emerging", "beyond");
                return new Evaluation(e.text("goal"), e.text("signs"), e.optionalText("emerging"),
                        e.optionalText("beyond"));
            }).toList();
            // Background, vocabulary and answers may be missing for now: GuideFieldChecks reports that.
            List<Term> vocabulary = guide.optionalObjects("vocabulary").stream().map(t -> {
                t.allowOnly("word", "means");
                return new Term(t.text("word"), t.text("means"));
            }).toList();
            List<Answer> answers = guide.optionalObjects("answers").stream().map(qa -> {
                qa.allowOnly("q", "a");
                return new Answer(qa.text("q"), qa.text("a"));
            }).toList();
            return new Guide(guide.text("preparation"), lessons, guide.texts("reflection", true), evaluation,
                    guide.optionalText("background"), vocabulary, answers);
        }).orElse(null);
    }

    private static Lesson lesson(Fields lesson) {
        lesson.allowOnly("title", "steps");
        List<Step> steps = lesson.objects("steps").stream().map(step -> {
            step.allowOnly("minutes", "experiment", "text");
            Integer minutes = step.integer("minutes");
            if (minutes != null && minutes < 1) {
                step.report().broken(step.pathOf("minutes"), Rule.VALUE_RANGE, step.lineOf("minutes"),
                        "'" + step.pathOf("minutes") + "' er " + minutes + ", men et trin varer mindst 1 minut");
            }
            return new Step(minutes == null ? 0 : minutes, step.text("text"), step.optionalText("experiment"));
        }).toList();
        return new Lesson(lesson.text("title"), steps);
    }
}
