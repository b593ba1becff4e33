package dk.opdag.planning;

import dk.opdag.account.SignedInUser;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Files teachers attached to activities, as a year plan shows them beside its items (read-only, linking to the
 * file's page). The materials feature provides it; planning does not know its tables.
 */
public interface AttachedFiles {

    /** A file the user may open, by its id and title. */
    record FileRef(long id, String title) {
    }

    /** For each activity that has any, the files attached to it that this user may see, by title. */
    Map<String, List<FileRef>> onActivities(SignedInUser user, Collection<String> activityIds);
}
