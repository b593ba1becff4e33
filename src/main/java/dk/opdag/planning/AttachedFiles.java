package dk.opdag.planning;

import dk.opdag.account.SignedInUser;
import java.util.List;
import java.util.Map;

/**
 * Files teachers attached to activities or to single items of a year plan, as the plan shows them beside its items
 * (read-only, linking to the file's page). The materials feature provides it; planning does not know its tables.
 */
public interface AttachedFiles {

    /** A file the user may open, by its id and title. */
    record FileRef(long id, String title) {
    }

    /**
     * For each plan item that has any, the files this user may see that are attached to the item itself or to its
     * activity (the item's own first), each once.
     *
     * @param activityOfItem each plan item's id and its activity's id
     */
    Map<Long, List<FileRef>> onItems(SignedInUser user, Map<Long, String> activityOfItem);
}
