package dk.opdag.planning;

/** What a change in a plan's history did; the UI text is {@code planning.change.<name in lower case>}. */
public enum ChangeKind {
    CREATED, ADOPTED, COPIED, ADDED, MOVED, SUBJECT, TEACHER, NOTE, REMOVED
}
