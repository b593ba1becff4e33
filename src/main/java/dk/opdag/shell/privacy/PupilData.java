package dk.opdag.shell.privacy;

/**
 * What one feature keeps about a pupil, for the pupil's data export and for erasure (GDPR). Each feature that stores
 * pupils' data implements this on its own tables; {@code PupilDataService} (classroom) asks them all, in their
 * {@code @Order} (the account's part, which deletes the user, goes last).
 */
public interface PupilData {

    /** Adds this feature's data about the pupil to the export, readable for a parent. */
    void export(long pupilId, PupilExport export);

    /** Deletes this feature's data about the pupil, or anonymises what must stay. Runs in the erasure's transaction. */
    void erase(long pupilId);
}
