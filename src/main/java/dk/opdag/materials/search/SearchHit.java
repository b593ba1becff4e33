package dk.opdag.materials.search;

import java.util.List;

/**
 * One search result.
 *
 * @param kind       what was found
 * @param activityId the activity (for ACTIVITY and SHEET), else null
 * @param materialId the shipped material's id (SHEET), else null
 * @param fileId     the uploaded file (FILE), else null
 * @param snippet    text around the first matching word, matching words marked
 */
public record SearchHit(Kind kind, String activityId, String materialId, Long fileId, String title,
                        List<Snippets.Part> snippet) {

    public enum Kind { ACTIVITY, SHEET, FILE }
}
