package dk.opdag.curriculum;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The folkeskole subjects and the grades where each is taught, from {@code curriculum/subjects.yaml}. */
@Service
public class SubjectCatalog {

    private final List<Subject> subjects;

    public SubjectCatalog() {
        this.subjects = load();
    }

    public List<Subject> all() {
        return subjects;
    }

    public Optional<Subject> find(String id) {
        return subjects.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** Subjects taught at a grade, for pickers that should only offer what makes sense. */
    public List<Subject> taughtAt(int grade) {
        return subjects.stream().filter(s -> s.taughtAt(grade)).toList();
    }

    public record Subject(String id, String name, List<Integer> grades, String note) {
        public boolean taughtAt(int grade) {
            return grades.size() == 2 && grade >= grades.get(0) && grade <= grades.get(1);
        }
    }

    private record SubjectsFile(List<Subject> subjects) {
    }

    private static List<Subject> load() {
        ObjectMapper yaml = YAMLMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try (InputStream in = SubjectCatalog.class.getResourceAsStream("/curriculum/subjects.yaml")) {
            if (in == null) {
                throw new IllegalStateException("curriculum/subjects.yaml is missing from the classpath");
            }
            return List.copyOf(yaml.readValue(in, SubjectsFile.class).subjects());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
