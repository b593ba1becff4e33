package dk.opdag.classroom;

import dk.opdag.account.Accounts;
import dk.opdag.account.AuditLog;
import dk.opdag.account.LoginCodes;
import dk.opdag.account.SignedInUser;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The pupils of a class: adding them by typed names or an uploaded list, and resetting their codes. */
@Service
public class RosterService {

    private final ClassRepository classes;
    private final Accounts accounts;
    private final ClassAccess access;
    private final AuditLog audit;

    private final dk.opdag.account.LoginThrottle throttle;

    public RosterService(ClassRepository classes, Accounts accounts, ClassAccess access, AuditLog audit,
                         dk.opdag.account.LoginThrottle throttle) {
        this.throttle = throttle;
        this.classes = classes;
        this.accounts = accounts;
        this.access = access;
        this.audit = audit;
    }

    /** What happened to each name: added, already there, or not a name at all. */
    public record AddReport(List<String> added, List<String> duplicates, List<String> rejected) {
    }

    /** What adding a name would do, before anything is stored. */
    public enum Outcome {
        NEW, DUPLICATE, REJECTED
    }

    /** One line of a class list as it would be added: the name as it will show, the class, and what happens. */
    public record PreviewRow(String name, String className, Outcome outcome) {
    }

    /** The whole list as it would be added, in the file's order; nothing is stored. */
    public record Preview(String className, List<PreviewRow> rows) {
        public long toAdd() {
            return rows.stream().filter(r -> r.outcome() == Outcome.NEW).count();
        }
    }

    public List<PupilRow> pupils(SignedInUser user, long classId) {
        access.requireView(user, classId);
        return classes.pupils(classId);
    }

    /**
     * Adds every acceptable name; duplicates (already in the class, or twice in the input) and text that is not a
     * name are reported back, never stored. Nothing already stored changes.
     */
    /**
     * Reads a class list without storing anything, so the teacher sees the names, the class and the problems first
     * and then confirms with {@link #addPupils} (which decides again, in case the class changed meanwhile).
     */
    @Transactional(readOnly = true)
    public Preview preview(SignedInUser user, long classId, List<String> rawNames) {
        ClassInfo klass = access.requireManage(user, classId);
        if (rawNames.size() > RosterFile.MAX_NAMES) {
            throw new ClassroomException("roster.error.too-many");
        }
        List<PreviewRow> rows = new ArrayList<>();
        List<PupilRow> existing = new ArrayList<>(classes.pupils(classId));
        for (String raw : rawNames) {
            if (raw == null || raw.isBlank()) {
                continue;
            }
            var parsed = PupilName.parse(raw);
            if (parsed.isEmpty()) {
                rows.add(new PreviewRow(shorten(raw), klass.name(), Outcome.REJECTED));
                continue;
            }
            PupilName name = parsed.get();
            if (existing.stream().anyMatch(p -> name.sameAs(p.name(), p.initial()))) {
                rows.add(new PreviewRow(name.display(), klass.name(), Outcome.DUPLICATE));
                continue;
            }
            existing.add(new PupilRow(-1, name.firstName(), name.initial(), null));
            rows.add(new PreviewRow(name.display(), klass.name(), Outcome.NEW));
        }
        return new Preview(klass.name(), rows);
    }

    /**
     * Adds every acceptable name; duplicates (already in the class, or twice in the input) and text that is not a
     * name are reported back, never stored. Nothing already stored changes.
     */
    @Transactional
    public AddReport addPupils(SignedInUser user, long classId, List<String> rawNames) {
        ClassInfo klass = access.requireManage(user, classId);
        if (rawNames.size() > RosterFile.MAX_NAMES) {
            throw new ClassroomException("roster.error.too-many");
        }
        List<PupilRow> existing = new ArrayList<>(classes.pupils(classId));
        List<String> added = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        for (String raw : rawNames) {
            if (raw == null || raw.isBlank()) {
                continue;
            }
            var parsed = PupilName.parse(raw);
            if (parsed.isEmpty()) {
                rejected.add(shorten(raw));
                continue;
            }
            PupilName name = parsed.get();
            if (existing.stream().anyMatch(p -> name.sameAs(p.name(), p.initial()))) {
                duplicates.add(name.display());
                continue;
            }
            String code = LoginCodes.newPupilCode(klass.codeKind());
            long id = accounts.createPupil(klass.schoolId(), name.firstName(), name.initial(), code);
            classes.enrol(id, classId, klass.schoolYearId());
            existing.add(new PupilRow(id, name.firstName(), name.initial(), code));
            added.add(name.display());
        }
        if (!added.isEmpty()) {
            audit.record(user.id(), "ROSTER_ADD", null, klass.name() + ": " + added.size());
        }
        return new AddReport(added, duplicates, rejected);
    }

    /** A new code for a pupil who forgot theirs; the old one stops working at once, and so do its locks. */
    @Transactional
    public String resetCode(SignedInUser user, long classId, long pupilId) {
        ClassInfo klass = access.requireManage(user, classId);
        if (!classes.isEnrolled(pupilId, classId)) {
            throw new ClassroomException("class.error.not-found");
        }
        String code = LoginCodes.newPupilCode(klass.codeKind());
        accounts.setLoginCode(pupilId, code);
        throttle.forgetPupil(pupilId); // a child locked out by a classmate's guessing gets in with the new code
        audit.record(user.id(), "RESET_CODE", pupilId, null);
        return code;
    }

    /**
     * Takes a pupil off the class list (moved away, wrong class). Their work is kept; their open pages tell them
     * kindly that they are no longer in the class.
     */
    @Transactional
    public void removePupil(SignedInUser user, long classId, long pupilId) {
        ClassInfo klass = access.requireManage(user, classId);
        if (!classes.unenrol(pupilId, classId)) {
            throw new ClassroomException("class.error.not-found");
        }
        audit.record(user.id(), "ROSTER_REMOVE", pupilId, klass.name());
    }

    private static String shorten(String raw) {
        String oneLine = raw.strip().replaceAll("\\s+", " ");
        return oneLine.length() > 60 ? oneLine.substring(0, 60) + "…" : oneLine;
    }
}
