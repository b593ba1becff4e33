package dk.opdag.classroom;

/** A pupil on a class list: first name, optional initial and the login code for the teacher's cards. */
public record PupilRow(long id, String name, String initial, String loginCode) {

    public String displayName() {
        return initial == null || initial.isBlank() ? name : name + " " + initial + ".";
    }
}
