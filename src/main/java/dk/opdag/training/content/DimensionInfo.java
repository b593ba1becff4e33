package dk.opdag.training.content;

import java.util.List;

/** A dimension as the content file names and describes it, with its items in file order. */
public record DimensionInfo(Dimension dimension, String name, String description, List<CompetenceItem> items) {

    public DimensionInfo {
        items = List.copyOf(items);
    }
}
