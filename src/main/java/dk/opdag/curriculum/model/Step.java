package dk.opdag.curriculum.model;

/**
 * One step of a lesson for the teacher: what happens, and for how many minutes; {@code experiment} is the id of the
 * block experiment the pupils work on in this step (one of the activity's {@code experiments}), or null.
 */
public record Step(int minutes, String text, String experiment) {

    public Step(int minutes, String text) {
        this(minutes, text, null);
    }
}
