package dk.opdag.materials;

import dk.opdag.account.SignedInUser;
import dk.opdag.planning.AttachedFiles;
import dk.opdag.materials.store.MaterialRepository;
import dk.opdag.materials.store.StoredFile;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The year plan's view of the files attached to its activities: only those the user may open (own or shared). */
@Component
public class PlanFiles implements AttachedFiles {

    private final MaterialRepository files;

    public PlanFiles(MaterialRepository files) {
        this.files = files;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, List<FileRef>> onActivities(SignedInUser user, Collection<String> activityIds) {
        // Only teachers and leaders open files' pages (an admin may read plans, not the school's files).
        if (!user.is(dk.opdag.account.Role.TEACHER) && !user.is(dk.opdag.account.Role.LEADER)) {
            return Map.of();
        }
        Map<String, List<Long>> linked = files.filesOnActivities(Set.copyOf(activityIds));
        Set<Long> ids = new HashSet<>();
        linked.values().forEach(ids::addAll);
        Map<Long, StoredFile> visible = new LinkedHashMap<>();
        files.files(ids, user.id(), user.schoolId()).forEach(f -> visible.put(f.id(), f));
        Map<String, List<FileRef>> result = new LinkedHashMap<>();
        linked.forEach((activity, fileIds) -> {
            List<FileRef> refs = new ArrayList<>();
            visible.values().stream().filter(f -> fileIds.contains(f.id()))
                    .forEach(f -> refs.add(new FileRef(f.id(), f.title())));
            if (!refs.isEmpty()) {
                result.put(activity, refs);
            }
        });
        return result;
    }
}
