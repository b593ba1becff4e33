package dk.opdag.account;

import java.util.List;
import java.util.Optional;

/** What pupil login needs to know about classes; the classroom feature provides it. */
public interface PupilDirectory {

    Optional<LoginClass> classByCode(String classCode);

    /** The pupils to pick from: first name and initial only. */
    List<PupilChoice> pupilsOf(long classId);

    record LoginClass(long id, String name, CodeKind codeKind) {
    }

    record PupilChoice(long pupilId, String displayName) {
    }
}
