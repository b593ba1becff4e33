package dk.opdag.training;

import dk.opdag.account.SignedInUser;
import dk.opdag.classroom.SchoolAdminService;
import dk.opdag.training.content.Module;
import dk.opdag.training.content.Track;
import dk.opdag.training.module.ModuleRepository;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The course record (kursusbevis): the tracks a teacher has completed, with dates and hours, for printing. */
@Service
public class CourseRecordService {

    private final ModuleRepository modules;
    private final TrainingCatalog catalog;
    private final SchoolAdminService schools;

    public CourseRecordService(ModuleRepository modules, TrainingCatalog catalog, SchoolAdminService schools) {
        this.modules = modules;
        this.catalog = catalog;
        this.schools = schools;
    }

    /** A completed track: when its last module was completed, and its modules' total minutes. */
    public record CompletedTrack(Track track, OffsetDateTime completedAt, int minutes) {
    }

    /** A module completed outside a completed track. */
    public record CompletedModule(Module module, Track track, OffsetDateTime completedAt) {
    }

    public record CourseRecord(String teacherName, String schoolName, List<CompletedTrack> tracks,
                               List<CompletedModule> otherModules) {

        public int minutes() {
            return tracks.stream().mapToInt(CompletedTrack::minutes).sum();
        }
    }

    @Transactional(readOnly = true)
    public CourseRecord record(SignedInUser user) {
        Staff.require(user);
        Map<String, ModuleRepository.Progress> progress = modules.progress(user.id());
        List<CompletedTrack> tracks = catalog.content().tracks().stream()
                .filter(t -> t.modules().stream().allMatch(m -> done(progress, m)))
                .map(t -> new CompletedTrack(t, t.modules().stream().map(m -> progress.get(m.id()).completedAt())
                        .max(Comparator.naturalOrder()).orElseThrow(), t.minutes()))
                .toList();
        List<CompletedModule> others = catalog.content().tracks().stream()
                .filter(t -> tracks.stream().noneMatch(c -> c.track().id().equals(t.id())))
                .flatMap(t -> t.modules().stream().filter(m -> done(progress, m))
                        .map(m -> new CompletedModule(m, t, progress.get(m.id()).completedAt())))
                .toList();
        return new CourseRecord(user.displayName(), schools.school(user.schoolId()).name(), tracks, others);
    }

    private static boolean done(Map<String, ModuleRepository.Progress> progress, Module m) {
        return progress.containsKey(m.id()) && progress.get(m.id()).completed();
    }
}
