package dk.opdag.curriculum.load;

/** The curriculum cannot be read at all (folder missing, not a curriculum folder, I/O failure). */
public class CurriculumSourceException extends RuntimeException {

    public CurriculumSourceException(String message) {
        super(message);
    }

    public CurriculumSourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
