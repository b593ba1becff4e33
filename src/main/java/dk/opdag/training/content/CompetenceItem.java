package dk.opdag.training.content;

import java.util.List;

/**
 * One statement of the self-assessment ("Jeg kan ...") with a descriptor for every step of the 0–5 scale.
 *
 * @param levels exactly six texts: what level 0, 1, ... 5 looks like for this item
 */
public record CompetenceItem(String id, Dimension dimension, String text, List<String> levels) {

    public CompetenceItem {
        levels = List.copyOf(levels);
    }
}
