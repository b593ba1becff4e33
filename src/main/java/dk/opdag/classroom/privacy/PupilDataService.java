package dk.opdag.classroom.privacy;

import static dk.opdag.db.Tables.PUPIL_ENROLMENT;
import static dk.opdag.db.Tables.SCHOOL_YEAR;

import dk.opdag.account.AuditLog;
import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.classroom.ClassAccess;
import dk.opdag.classroom.ClassInfo;
import dk.opdag.classroom.ClassRepository;
import dk.opdag.classroom.ClassroomException;
import dk.opdag.classroom.PupilRow;
import dk.opdag.shell.TimeConfig;
import dk.opdag.shell.privacy.PupilData;
import dk.opdag.shell.privacy.PupilExport;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Children's data rights (GDPR): all data about one pupil as a readable file, erasing one pupil, and erasing a whole
 * class at the end of a school year. What goes and what stays is said in README ("Elevers data"). The class's own
 * teachers and admins may export and erase a pupil; erasing a whole class is for admins.
 */
@Service
public class PupilDataService {

    private final ClassAccess access;
    private final ClassRepository classes;
    private final List<PupilData> parts; // in @Order: the account's part (which deletes the user) last
    private final AuditLog audit;
    private final DSLContext dsl;
    private final TransactionTemplate tx;

    public PupilDataService(ClassAccess access, ClassRepository classes, List<PupilData> parts, AuditLog audit,
                            DSLContext dsl, PlatformTransactionManager transactions) {
        this.access = access;
        this.classes = classes;
        this.parts = parts;
        this.audit = audit;
        this.dsl = dsl;
        this.tx = new TransactionTemplate(transactions);
    }

    /** Everything stored about the pupil, as UTF-8 text; the export itself is logged. */
    public String export(SignedInUser user, long classId, long pupilId) {
        PupilRow pupil = pupilOf(user, classId, pupilId);
        audit.record(user.id(), "EXPORT_PUPIL", pupilId, null);
        PupilExport export = new PupilExport("Opdag: alle data om " + pupil.displayName(), TimeConfig.DANISH_TIME);
        for (PupilData part : parts) {
            part.export(pupilId, export);
        }
        return export.toString();
    }

    /** Deletes the pupil and all their work; the audit log keeps only an anonymous trace. */
    public void erase(SignedInUser user, long classId, long pupilId) {
        ClassInfo klass = access.requireManage(user, classId);
        pupilOf(user, classId, pupilId);
        tx.executeWithoutResult(status -> {
            eraseOne(pupilId);
            audit.record(user.id(), "ERASE_PUPIL", null, "en elev i " + klass.name());
        });
    }

    /** The outcome of erasing a class: pupils erased, and pupils kept because they are in a later year's class. */
    public record ClassErased(int erased, int movedOn) {
    }

    /**
     * At the end of a school year (admins only): erases every pupil of the class who is not in a class of a later
     * school year (they left the school); pupils who moved on keep their data.
     */
    public ClassErased eraseClass(SignedInUser user, long classId) {
        if (!user.is(Role.ADMIN)) {
            throw new ClassroomException("class.error.no-access");
        }
        ClassInfo klass = access.requireManage(user, classId);
        return tx.execute(status -> {
            int erased = 0;
            int movedOn = 0;
            for (PupilRow pupil : classes.pupils(classId)) {
                if (inLaterYear(pupil.id(), klass.startYear())) {
                    movedOn++;
                } else {
                    eraseOne(pupil.id());
                    erased++;
                }
            }
            audit.record(user.id(), "ERASE_CLASS", null, klass.name() + ": " + erased + " elever slettet");
            return new ClassErased(erased, movedOn);
        });
    }

    private void eraseOne(long pupilId) {
        for (PupilData part : parts) {
            part.erase(pupilId);
        }
    }

    private boolean inLaterYear(long pupilId, int startYear) {
        return dsl.fetchExists(dsl.selectOne().from(PUPIL_ENROLMENT).join(SCHOOL_YEAR)
                .on(SCHOOL_YEAR.ID.eq(PUPIL_ENROLMENT.SCHOOL_YEAR_ID))
                .where(PUPIL_ENROLMENT.PUPIL_ID.eq(pupilId)).and(SCHOOL_YEAR.START_YEAR.gt(startYear)));
    }

    private PupilRow pupilOf(SignedInUser user, long classId, long pupilId) {
        access.requireManage(user, classId);
        return classes.pupils(classId).stream().filter(p -> p.id() == pupilId).findFirst()
                .orElseThrow(() -> new ClassroomException("class.error.not-found"));
    }
}
