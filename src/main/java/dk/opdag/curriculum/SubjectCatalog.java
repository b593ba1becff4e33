package dk.opdag.curriculum;

import dk.opdag.curriculum.model.Subject;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The folkeskole subjects and the grades where each is taught, from the loaded curriculum. */
@Service
public class SubjectCatalog {

    private final CurriculumStore store;

    public SubjectCatalog(CurriculumStore store) {
        this.store = store;
    }

    public List<Subject> all() {
        return store.curriculum().subjects();
    }

    public Optional<Subject> find(String id) {
        return store.curriculum().subject(id);
    }

    /** Subjects taught at a grade, for pickers that should only offer what makes sense. */
    public List<Subject> taughtAt(int grade) {
        return all().stream().filter(s -> s.taughtAt(grade)).toList();
    }
}
