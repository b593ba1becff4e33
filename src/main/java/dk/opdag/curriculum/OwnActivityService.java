package dk.opdag.curriculum;

import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.curriculum.catalogue.CatalogueRepository;
import dk.opdag.curriculum.catalogue.CurriculumSyncRepository;
import dk.opdag.curriculum.catalogue.Viewer;
import dk.opdag.curriculum.load.CurriculumLoader;
import dk.opdag.curriculum.load.LoadResult;
import dk.opdag.curriculum.load.Problem;
import dk.opdag.curriculum.model.Activity;
import dk.opdag.curriculum.model.Subject;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Teachers' own activities: written in the app, checked by the same validator as the catalogue's files, private to
 * the teacher or shared with their school.
 */
@Service
public class OwnActivityService {

    private final CatalogueRepository catalogue;
    private final CurriculumSyncRepository store;
    private final CurriculumStore curriculum;
    private final Clock clock;

    public OwnActivityService(CatalogueRepository catalogue, CurriculumSyncRepository store,
                              CurriculumStore curriculum, Clock clock) {
        this.catalogue = catalogue;
        this.store = store;
        this.curriculum = curriculum;
        this.clock = clock;
    }

    /** Saved (with its id), or the problems that stopped it, in the validator's Danish. */
    public record SaveResult(String id, List<Problem> problems) {
        public boolean saved() {
            return problems.isEmpty();
        }
    }

    /** An activity the teacher may edit: their own. */
    public Optional<Activity> editable(SignedInUser user, String id) {
        return catalogue.find(id, new Viewer(user.id(), user.schoolId()))
                .filter(s -> user.id() == (s.ownerId() == null ? -1 : s.ownerId()))
                .map(s -> new dk.opdag.curriculum.catalogue.ActivityDocuments().fromJson(s.body()));
    }

    public boolean isShared(SignedInUser user, String id) {
        return catalogue.find(id, new Viewer(user.id(), user.schoolId()))
                .map(CatalogueRepository.StoredActivity::shared).orElse(false);
    }

    /**
     * Validates and stores. {@code existingId} null creates a new activity with an id made from the title;
     * otherwise the teacher's own activity with that id is replaced.
     */
    @Transactional
    public SaveResult save(SignedInUser user, String existingId, Activity draft, boolean shared) {
        if (!user.is(Role.TEACHER)) {
            throw new IllegalStateException("only teachers write activities");
        }
        if (existingId != null && editable(user, existingId).isEmpty()) {
            return new SaveResult(null, List.of(new Problem(null, null, "not-yours",
                    "Du kan kun redigere dine egne aktiviteter.")));
        }
        String id = existingId != null ? existingId : newId(user, draft.title());
        Activity withId = new Activity(id, draft.title(), draft.grades(), draft.intro(), draft.why(),
                draft.subjects(), draft.goals(), draft.lessons(), draft.unplugged(), draft.materials(),
                draft.differentiation(), draft.experiments(), draft.guide(), draft.safety(), "");
        byte[] yaml = ActivityYaml.write(withId).getBytes(StandardCharsets.UTF_8);
        LoadResult checked = CurriculumLoader.checkActivity("curriculum", id, yaml);
        if (!checked.errors().isEmpty()) {
            return new SaveResult(null, checked.errors());
        }
        Activity valid = checked.curriculum().activity(id).orElseThrow();
        Map<String, String> names = curriculum.curriculum().subjects().stream()
                .collect(Collectors.toMap(Subject::id, Subject::name));
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (existingId == null) {
            store.insert(valid, names, user.id(), user.schoolId(), shared, now);
        } else {
            store.update(valid, names, now);
            store.setShared(id, shared);
        }
        return new SaveResult(id, List.of());
    }

    /** "egen-12-hvem-bestemmer-hvad-du-ser", with a number added if the teacher already has one by that name. */
    private String newId(SignedInUser user, String title) {
        String slug = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD)
                .toLowerCase(Locale.ROOT)
                .replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
                .replaceAll("\\p{M}", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-$", "");
        }
        String base = "egen-" + user.id() + "-" + (slug.isEmpty() ? "aktivitet" : slug);
        String id = base;
        for (int n = 2; catalogue.idTaken(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
