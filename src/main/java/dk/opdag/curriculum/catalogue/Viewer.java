package dk.opdag.curriculum.catalogue;

/** Who searches: their own and their school's shared activities are visible to them beside the catalogue. */
public record Viewer(Long userId, Long schoolId) {

    public static Viewer anonymous() {
        return new Viewer(null, null);
    }
}
