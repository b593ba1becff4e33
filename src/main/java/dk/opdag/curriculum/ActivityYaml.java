package dk.opdag.curriculum;

import dk.opdag.curriculum.model.Activity;
import dk.opdag.curriculum.model.Evaluation;
import dk.opdag.curriculum.model.Lesson;
import dk.opdag.curriculum.model.Step;
import dk.opdag.curriculum.model.SubjectUse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Writes an activity in the curriculum file format, so a teacher's own activity goes through exactly the same
 * validator as the catalogue's files, and could be copied into {@code curriculum/activities/} as it is.
 */
public final class ActivityYaml {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private ActivityYaml() {
    }

    public static String write(Activity a) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", a.id());
        doc.put("title", a.title());
        doc.put("grades", List.of(a.grades().from(), a.grades().to()));
        doc.put("intro", a.intro());
        doc.put("why", a.why());
        doc.put("subjects", a.subjects().stream().map(ActivityYaml::subject).toList());
        doc.put("goals", a.goals());
        doc.put("lessons", a.lessons());
        doc.put("unplugged", a.unplugged().yamlValue());
        doc.put("materials", a.materials());
        Map<String, Object> differentiation = new LinkedHashMap<>();
        differentiation.put("easier", a.differentiation() == null ? "" : a.differentiation().easier());
        differentiation.put("harder", a.differentiation() == null ? "" : a.differentiation().harder());
        doc.put("differentiation", differentiation);
        doc.put("experiments", a.experiments());
        Map<String, Object> guide = new LinkedHashMap<>();
        guide.put("preparation", a.guide().preparation());
        guide.put("lessons", a.guide().lessons().stream().map(ActivityYaml::lesson).toList());
        guide.put("reflection", a.guide().reflection());
        guide.put("evaluation", a.guide().evaluation().stream().map(ActivityYaml::evaluation).toList());
        // Optional for a teacher's own activity; written when present so they are checked like the catalogue's.
        if (a.guide().background() != null) {
            guide.put("background", a.guide().background());
        }
        if (!a.guide().vocabulary().isEmpty()) {
            guide.put("vocabulary", a.guide().vocabulary().stream()
                    .map(t -> pair("word", t.word(), "means", t.means())).toList());
        }
        if (!a.guide().answers().isEmpty()) {
            guide.put("answers", a.guide().answers().stream().map(qa -> pair("q", qa.q(), "a", qa.a())).toList());
        }
        doc.put("guide", guide);
        if (a.safety() != null && !a.safety().isBlank()) {
            doc.put("safety", a.safety());
        }
        if (a.reviewed() != null) {
            doc.put("reviewed", a.reviewed().toString());
        }
        return YAML.writeValueAsString(doc);
    }

    private static Map<String, Object> subject(SubjectUse s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("does", s.does());
        return m;
    }

    private static Map<String, Object> lesson(Lesson l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", l.title());
        m.put("steps", l.steps().stream().map(ActivityYaml::step).toList());
        return m;
    }

    private static Map<String, Object> step(Step s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("minutes", s.minutes());
        if (s.experiment() != null) {
            m.put("experiment", s.experiment());
        }
        m.put("text", s.text());
        return m;
    }

    private static Map<String, Object> evaluation(Evaluation e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("goal", e.goal());
        m.put("signs", e.signs());
        if (e.emerging() != null) {
            m.put("emerging", e.emerging());
        }
        if (e.beyond() != null) {
            m.put("beyond", e.beyond());
        }
        return m;
    }

    private static Map<String, Object> pair(String k1, String v1, String k2, String v2) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }
}
