package dk.opdag.portfolio;

import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.classroom.ClassAccess;
import dk.opdag.classroom.ClassInfo;
import dk.opdag.classroom.Classes;
import dk.opdag.classroom.ClassroomException;
import dk.opdag.classroom.PupilRow;
import dk.opdag.curriculum.CurriculumStore;
import dk.opdag.curriculum.yearplan.ValgfagCourse;
import dk.opdag.curriculum.yearplan.YearPlanCatalog;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.tika.Tika;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The valgfag's project portfolio. A pupil in a valgfag class writes entries and sees only their own; the class's
 * teachers read them and comment; leaders and admins never see them (a pupil's work is for the pupil and the
 * teacher). Every refusal is a {@link PortfolioException} with a Danish reason; nothing typed is lost by the views.
 */
@Service
public class PortfolioService {

    public static final int MAX_TITLE = 200;
    public static final int MAX_BODY = 4_000;
    public static final int MAX_TEXT = 2_000;
    /** An image or a PDF of a poster or a screenshot fits; films and whole projects do not belong in the database. */
    public static final int MAX_FILE_BYTES = 5 * 1024 * 1024;
    static final Set<String> FILE_TYPES = Set.of("image/png", "image/jpeg", "image/gif", "image/webp",
            "application/pdf");
    /** Made on the first upload: Tika's default set-up loads every parser, a noticeable part of the start. */
    private static final class Detector {
        static final Tika TIKA = new Tika();
    }

    private final PortfolioRepository portfolios;
    private final Classes classes;
    private final ClassAccess classAccess;
    private final YearPlanCatalog courses;
    private final CurriculumStore curriculum;
    private final Clock clock;

    public PortfolioService(PortfolioRepository portfolios, Classes classes, ClassAccess classAccess,
                            YearPlanCatalog courses, CurriculumStore curriculum, Clock clock) {
        this.portfolios = portfolios;
        this.classes = classes;
        this.classAccess = classAccess;
        this.courses = courses;
        this.curriculum = curriculum;
        this.clock = clock;
    }

    // ---- valgfag classes (teachers)

    /** Whether a class is a valgfag class; the class's teachers (and leaders of its school) may ask. */
    @Transactional(readOnly = true)
    public boolean isValgfag(SignedInUser user, long classId) {
        requireView(user, classId);
        return portfolios.courseOf(classId).isPresent();
    }

    /** Marks or unmarks a class of 7.–8. klasse as a valgfag class; only its teachers. Entries are kept either way. */
    @Transactional
    public void setValgfag(SignedInUser user, long classId, boolean valgfag) {
        ClassInfo klass = requireTeacher(user, classId);
        ValgfagCourse course = courses.valgfag();
        if (valgfag && !course.grades().contains(klass.grade())) {
            throw new PortfolioException("portfolio.error.grade", klass.grade(), course.grades().label());
        }
        if (valgfag) {
            portfolios.markValgfag(classId, course.id(), user.id(), now());
        } else {
            portfolios.unmarkValgfag(classId);
        }
    }

    public ValgfagCourse course() {
        return courses.valgfag();
    }

    // ---- the pupil's own portfolio

    /** The valgfag class the pupil is in now, if any. */
    @Transactional(readOnly = true)
    public Optional<Long> valgfagClassOf(SignedInUser pupil) {
        requirePupil(pupil);
        return classes.currentClassOf(pupil.id()).filter(c -> portfolios.courseOf(c).isPresent());
    }

    @Transactional(readOnly = true)
    public List<PortfolioEntry> myEntries(SignedInUser pupil) {
        requirePupil(pupil);
        return portfolios.ofPupil(pupil.id());
    }

    @Transactional
    public PortfolioEntry add(SignedInUser pupil, EntryDraft draft) {
        long classId = valgfagClassOf(pupil).orElseThrow(() -> new PortfolioException("portfolio.error.not-valgfag"));
        long id = portfolios.insert(pupil.id(), classId, checked(draft), now());
        return portfolios.find(id).orElseThrow();
    }

    @Transactional
    public PortfolioEntry update(SignedInUser pupil, long entryId, int expectedVersion, EntryDraft draft) {
        ownEntry(pupil, entryId);
        if (!portfolios.update(entryId, expectedVersion, checked(draft), now())) {
            throw new PortfolioException("portfolio.error.changed-meanwhile");
        }
        return portfolios.find(entryId).orElseThrow();
    }

    @Transactional
    public void delete(SignedInUser pupil, long entryId, int expectedVersion) {
        ownEntry(pupil, entryId);
        if (!portfolios.delete(entryId, expectedVersion)) {
            throw new PortfolioException("portfolio.error.changed-meanwhile");
        }
    }

    /** Attaches an image or a PDF to the pupil's own entry, replacing an earlier one. */
    @Transactional
    public PortfolioEntry attach(SignedInUser pupil, long entryId, String fileName, byte[] content) {
        ownEntry(pupil, entryId);
        if (content.length == 0) {
            throw new PortfolioException("portfolio.error.file-empty");
        }
        if (content.length > MAX_FILE_BYTES) {
            throw new PortfolioException("portfolio.error.file-too-big", MAX_FILE_BYTES / (1024 * 1024));
        }
        String type = Detector.TIKA.detect(content, fileName);
        if (!FILE_TYPES.contains(type)) {
            throw new PortfolioException("portfolio.error.file-type");
        }
        String name = fileName == null || fileName.isBlank() ? "fil" : fileName.strip();
        portfolios.saveFile(entryId, name.length() > 200 ? name.substring(name.length() - 200) : name, type,
                content, now());
        return portfolios.find(entryId).orElseThrow();
    }

    @Transactional
    public void removeFile(SignedInUser pupil, long entryId) {
        ownEntry(pupil, entryId);
        portfolios.deleteFile(entryId);
    }

    /** An entry's file, for the pupil who wrote it or a teacher of the class it was written in. */
    @Transactional(readOnly = true)
    public Optional<byte[]> file(SignedInUser user, long entryId) {
        readableEntry(user, entryId);
        return portfolios.fileContent(entryId);
    }

    // ---- teachers

    /** A valgfag class's pupils with how many entries each has; only the class's teachers. */
    public record PupilPortfolio(long pupilId, String name, int entries) {
    }

    @Transactional(readOnly = true)
    public List<PupilPortfolio> pupilsOf(SignedInUser teacher, long classId) {
        requireTeacher(teacher, classId);
        Map<Long, Integer> counts = portfolios.countsInClass(classId);
        return classes.pupils(classId).stream()
                .map(p -> new PupilPortfolio(p.id(), p.initial() == null ? p.name() : p.name() + " " + p.initial() + ".",
                        counts.getOrDefault(p.id(), 0))).toList();
    }

    /** A pupil's entries written in the class; only the class's teachers, and only for its pupils. */
    @Transactional(readOnly = true)
    public List<PortfolioEntry> entriesOf(SignedInUser teacher, long classId, long pupilId) {
        requireTeacher(teacher, classId);
        if (classes.pupils(classId).stream().map(PupilRow::id).noneMatch(id -> id == pupilId)) {
            throw new PortfolioException("portfolio.error.no-access");
        }
        return portfolios.ofPupil(pupilId).stream().filter(e -> e.classId() == classId).toList();
    }

    @Transactional
    public PortfolioEntry comment(SignedInUser teacher, long entryId, String text) {
        PortfolioEntry entry = portfolios.find(entryId)
                .orElseThrow(() -> new PortfolioException("portfolio.error.entry-gone"));
        requireTeacher(teacher, entry.classId());
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            throw new PortfolioException("portfolio.error.comment-empty");
        }
        if (clean.length() > MAX_TEXT) {
            throw new PortfolioException("portfolio.error.too-long", MAX_TEXT, clean.length());
        }
        portfolios.addComment(entryId, teacher.id(), teacher.displayName(), clean, now());
        return portfolios.find(entryId).orElseThrow();
    }

    // ---- rules

    EntryDraft checked(EntryDraft d) {
        String title = clean(d.title());
        String body = clean(d.body());
        if (title == null) {
            throw new PortfolioException("portfolio.error.title-missing");
        }
        if (body == null) {
            throw new PortfolioException("portfolio.error.body-missing");
        }
        requireLength(title, MAX_TITLE);
        requireLength(body, MAX_BODY);
        String made = clean(d.made());
        String reflection = clean(d.reflection());
        requireLength(made, MAX_TEXT);
        requireLength(reflection, MAX_TEXT);
        String module = clean(d.moduleId());
        if (module != null && course().module(module).isEmpty()) {
            throw new PortfolioException("portfolio.error.module");
        }
        String experiment = clean(d.experimentId());
        if (experiment != null && curriculum.curriculum().experiment(experiment).isEmpty()) {
            throw new PortfolioException("portfolio.error.experiment");
        }
        return new EntryDraft(module, title, body, made, reflection, experiment);
    }

    private static void requireLength(String text, int max) {
        if (text != null && text.length() > max) {
            throw new PortfolioException("portfolio.error.too-long", max, text.length());
        }
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private PortfolioEntry ownEntry(SignedInUser pupil, long entryId) {
        requirePupil(pupil);
        PortfolioEntry entry = portfolios.find(entryId)
                .orElseThrow(() -> new PortfolioException("portfolio.error.entry-gone"));
        if (entry.pupilId() != pupil.id()) {
            // Another pupil's entry is answered as if it did not exist.
            throw new PortfolioException("portfolio.error.entry-gone");
        }
        return entry;
    }

    private PortfolioEntry readableEntry(SignedInUser user, long entryId) {
        if (user.is(Role.PUPIL)) {
            return ownEntry(user, entryId);
        }
        PortfolioEntry entry = portfolios.find(entryId)
                .orElseThrow(() -> new PortfolioException("portfolio.error.entry-gone"));
        requireTeacher(user, entry.classId());
        return entry;
    }

    private static void requirePupil(SignedInUser user) {
        if (!user.is(Role.PUPIL)) {
            throw new PortfolioException("portfolio.error.pupils-only");
        }
    }

    private ClassInfo requireTeacher(SignedInUser user, long classId) {
        try {
            return classAccess.requireTeacher(user, classId);
        } catch (ClassroomException e) {
            throw new PortfolioException("portfolio.error.no-access");
        }
    }

    private ClassInfo requireView(SignedInUser user, long classId) {
        try {
            return classAccess.requireView(user, classId);
        } catch (ClassroomException e) {
            throw new PortfolioException("portfolio.error.no-access");
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
