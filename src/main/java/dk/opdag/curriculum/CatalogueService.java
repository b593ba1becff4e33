package dk.opdag.curriculum;

import dk.opdag.curriculum.catalogue.ActivityCard;
import dk.opdag.curriculum.catalogue.ActivityDocuments;
import dk.opdag.curriculum.catalogue.CatalogueQuery;
import dk.opdag.curriculum.catalogue.CatalogueRepository;
import dk.opdag.curriculum.catalogue.Viewer;
import dk.opdag.curriculum.model.Activity;
import dk.opdag.curriculum.model.Curriculum;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finding and reading activities, for the catalogue and activity views. */
@Service
public class CatalogueService {

    private final CatalogueRepository repository;
    private final ActivityDocuments documents;
    private final CurriculumStore store;

    public CatalogueService(CatalogueRepository repository, ActivityDocuments documents, CurriculumStore store) {
        this.repository = repository;
        this.documents = documents;
        this.store = store;
    }

    @Transactional(readOnly = true)
    public List<ActivityCard> search(CatalogueQuery query, Viewer viewer) {
        return repository.search(query, viewer);
    }

    /** An activity with what the page needs to say about it. */
    public record ActivityPage(Activity activity, boolean teacherMade, boolean mine, boolean shared,
                               boolean retired) {
    }

    @Transactional(readOnly = true)
    public Optional<ActivityPage> activity(String id, Viewer viewer) {
        return repository.find(id, viewer).map(stored -> new ActivityPage(documents.fromJson(stored.body()),
                stored.ownerId() != null, stored.ownerId() != null && stored.ownerId().equals(viewer.userId()),
                stored.shared(), stored.retired()));
    }

    public Curriculum curriculum() {
        return store.curriculum();
    }
}
