package dk.opdag.portfolio;

import java.time.OffsetDateTime;
import java.util.List;

/** One project entry of a pupil's portfolio, with its attached file (if any) and the teachers' comments. */
public record PortfolioEntry(long id, long pupilId, long classId, String moduleId, String title, String body,
                             String made, String reflection, String experimentId, int version,
                             OffsetDateTime createdAt, OffsetDateTime updatedAt, FileInfo file,
                             List<Comment> comments) {

    public PortfolioEntry {
        comments = List.copyOf(comments);
    }

    public record FileInfo(String name, String mediaType, int sizeBytes) {
        public boolean isImage() {
            return mediaType.startsWith("image/");
        }
    }

    public record Comment(long id, String teacherName, String text, OffsetDateTime createdAt) {
    }
}
