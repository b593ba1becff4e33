package dk.opdag.classroom;

import dk.opdag.account.PupilDirectory;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Gives pupil login the class behind a class code and the names to pick from. */
@Service
public class ClassDirectory implements PupilDirectory {

    private final ClassRepository classes;

    public ClassDirectory(ClassRepository classes) {
        this.classes = classes;
    }

    @Override
    public Optional<LoginClass> classByCode(String classCode) {
        return classes.findByCode(classCode).map(c -> new LoginClass(c.id(), c.name(), c.codeKind()));
    }

    @Override
    public List<PupilChoice> pupilsOf(long classId) {
        return classes.pupils(classId).stream().map(p -> new PupilChoice(p.id(), p.displayName())).toList();
    }
}
