package dk.opdag.curriculum.load;

/**
 * A rule a content check reports under: the curriculum's {@link Rule}s, and those of other content folders that
 * reuse this package's reading and reporting (the teacher-training tracks). The id is printed as {@code [id]}.
 */
public interface CheckRule {

    /** Stable, printed in reports; CI may match on it. */
    String id();

    Rule.Severity severity();
}
