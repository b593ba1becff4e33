package dk.opdag.portfolio;

/** What a pupil writes in an entry, before the rules are checked. Empty texts count as not given. */
public record EntryDraft(String moduleId, String title, String body, String made, String reflection,
                         String experimentId) {
}
