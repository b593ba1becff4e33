package dk.opdag.account;

/** A user as stored; staff have a username, pupils a login code instead. */
public record UserRecord(long id, Role role, Long schoolId, String username, String name, String initial,
                         boolean active) {

    /** "Alma" or "Alma B." for pupils; the full name for staff. */
    public String displayName() {
        return initial == null || initial.isBlank() ? name : name + " " + initial + ".";
    }

    public SignedInUser toSignedIn() {
        return new SignedInUser(id, role, displayName(), schoolId);
    }
}
