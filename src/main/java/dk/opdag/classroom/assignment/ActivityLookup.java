package dk.opdag.classroom.assignment;

import dk.opdag.curriculum.CatalogueService;
import dk.opdag.curriculum.catalogue.ActivityCard;
import dk.opdag.curriculum.catalogue.CatalogueQuery;
import dk.opdag.curriculum.catalogue.Viewer;
import dk.opdag.curriculum.model.Activity;
import dk.opdag.curriculum.model.CompetenceArea;
import dk.opdag.curriculum.model.Curriculum;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/** The curriculum as the classroom needs it, asked through the curriculum feature's service. */
@Service
public class ActivityLookup {

    private final CatalogueService catalogue;

    public ActivityLookup(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * An activity as {@code viewer} may see it (catalogue activities, their own and their school's shared ones).
     * Retired activities are still found: pupils' work that points at them keeps its meaning.
     */
    public Optional<ActivityFacts> facts(String activityId, Viewer viewer) {
        return catalogue.activity(activityId, viewer).map(page -> facts(page.activity()));
    }

    /** Retired catalogue activities cannot be given anew. */
    public boolean assignable(String activityId, Viewer viewer) {
        return catalogue.activity(activityId, viewer).map(page -> !page.retired()).orElse(false);
    }

    private ActivityFacts facts(Activity a) {
        Curriculum curriculum = catalogue.curriculum();
        Set<String> areas = new LinkedHashSet<>();
        a.areas(curriculum::areaOf).stream().map(CompetenceArea::id).forEach(areas::add);
        List<String> reflection = a.guide() == null ? List.of() : a.guide().reflection();
        return new ActivityFacts(a.id(), a.title(), a.experiments(), reflection, areas);
    }

    /** Activities a teacher can give a class in this grade, by title. */
    public List<ActivityCard> choicesFor(int grade, Viewer viewer) {
        return catalogue.search(new CatalogueQuery(null, null, grade, null, null, null, null, null), viewer);
    }

    /** The experiment's title for pupils, or its id while the experiment file is missing. */
    public String experimentTitle(String experimentId) {
        return catalogue.curriculum().experiment(experimentId).map(e -> e.title()).orElse(experimentId);
    }

    /**
     * The title of the first lesson of a catalogue activity with a step in which pupils work on the experiment, e.g.
     * "Lektion 2: Skriv hele programmet først"; empty when no step names it.
     */
    public Optional<String> lessonWith(String activityId, String experimentId) {
        return catalogue.curriculum().activity(activityId).filter(a -> a.guide() != null)
                .flatMap(a -> a.guide().lessons().stream()
                        .filter(l -> l.steps().stream().anyMatch(s -> experimentId.equals(s.experiment())))
                        .map(dk.opdag.curriculum.model.Lesson::title).findFirst());
    }

    /** The competence area's name, e.g. "Computationel tankegang", or the code when unknown. */
    public String areaName(String code) {
        return catalogue.curriculum().frameworks().stream().flatMap(f -> f.areas().stream())
                .filter(a -> a.id().equals(code)).map(CompetenceArea::name).findFirst().orElse(code);
    }

    /** Area codes of the current framework in its order. */
    public List<String> areaCodes() {
        return catalogue.curriculum().frameworks().stream().findFirst()
                .map(f -> f.areas().stream().map(CompetenceArea::id).toList()).orElse(List.of());
    }
}
