package dk.opdag.training.content;

import java.util.List;
import java.util.Optional;

/**
 * The self-assessment: the general meaning of each step 0–5 and the dimensions with their items.
 *
 * @param scale six short texts for the steps 0–5, shown when targets are set
 */
public record CompetenceModel(List<String> scale, List<DimensionInfo> dimensions) {

    public static final int MAX_LEVEL = 5;

    public CompetenceModel {
        scale = List.copyOf(scale);
        dimensions = List.copyOf(dimensions);
    }

    public List<CompetenceItem> items() {
        return dimensions.stream().flatMap(d -> d.items().stream()).toList();
    }

    public Optional<CompetenceItem> item(String id) {
        return items().stream().filter(i -> i.id().equals(id)).findFirst();
    }

    public Optional<DimensionInfo> dimension(Dimension d) {
        return dimensions.stream().filter(i -> i.dimension() == d).findFirst();
    }

    /** The dimension's name from the file, or its id while the file lacks it. */
    public String nameOf(Dimension d) {
        return dimension(d).map(DimensionInfo::name).orElse(d.id());
    }
}
