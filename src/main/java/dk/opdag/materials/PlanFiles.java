package dk.opdag.materials;

import dk.opdag.account.SignedInUser;
import dk.opdag.planning.AttachedFiles;
import dk.opdag.materials.store.MaterialRepository;
import dk.opdag.materials.store.StoredFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year plan's view of the files attached to its items and their activities: only those the user may open (own
 * or shared).
 */
@Component
public class PlanFiles implements AttachedFiles {

    private final MaterialRepository files;

    public PlanFiles(MaterialRepository files) {
        this.files = files;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, List<FileRef>> onItems(SignedInUser user, Map<Long, String> activityOfItem) {
        // Only teachers and leaders open files' pages (an admin may read plans, not the school's files).
        if (!user.is(dk.opdag.account.Role.TEACHER) && !user.is(dk.opdag.account.Role.LEADER)) {
            return Map.of();
        }
        Map<String, List<Long>> onActivity = files.filesOnActivities(Set.copyOf(activityOfItem.values()));
        Map<Long, List<Long>> onItem = files.filesOnPlanItems(activityOfItem.keySet());
        Set<Long> ids = new HashSet<>();
        onActivity.values().forEach(ids::addAll);
        onItem.values().forEach(ids::addAll);
        Map<Long, StoredFile> visible = new LinkedHashMap<>();
        files.files(ids, user.id(), user.schoolId()).forEach(f -> visible.put(f.id(), f));
        Map<Long, List<FileRef>> result = new LinkedHashMap<>();
        activityOfItem.forEach((item, activity) -> {
            Set<Long> wanted = new LinkedHashSet<>(onItem.getOrDefault(item, List.of()));
            wanted.addAll(onActivity.getOrDefault(activity, List.of()));
            List<FileRef> refs = new ArrayList<>();
            for (long id : wanted) {
                StoredFile f = visible.get(id);
                if (f != null) {
                    refs.add(new FileRef(f.id(), f.title()));
                }
            }
            if (!refs.isEmpty()) {
                result.put(item, refs);
            }
        });
        return result;
    }
}
