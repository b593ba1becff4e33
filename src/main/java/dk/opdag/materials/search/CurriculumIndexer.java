package dk.opdag.materials.search;

import dk.opdag.curriculum.CurriculumStore;
import dk.opdag.curriculum.model.Activity;
import dk.opdag.curriculum.model.Curriculum;
import dk.opdag.curriculum.model.Lesson;
import dk.opdag.curriculum.model.Material;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the search index in step with the curriculum at start-up: every catalogue activity and every shipped
 * material, rewritten only when its file changed (content hash), removed when its file is gone. Runs right after
 * the curriculum is synchronised. Idempotent, so several instances starting together agree.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class CurriculumIndexer implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(CurriculumIndexer.class);
    private final CurriculumStore store;
    private final SearchRepository search;
    private final TransactionTemplate tx;

    public CurriculumIndexer(CurriculumStore store, SearchRepository search, TransactionTemplate tx) {
        this.store = store;
        this.search = search;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        long start = System.nanoTime();
        int[] written = tx.execute(status -> index(store.curriculum()));
        LOG.info("Search index synchronised in {} ms: {} written, {} removed",
                (System.nanoTime() - start) / 1_000_000, written[0], written[1]);
    }

    /** @return {written, removed} */
    public int[] index(Curriculum curriculum) {
        int written = 0;
        Map<String, String> activities = search.hashes(SearchHit.Kind.ACTIVITY);
        Set<String> current = new HashSet<>();
        for (Activity a : curriculum.activities()) {
            current.add(a.id());
            if (!a.contentHash().equals(activities.get(a.id()))) {
                search.upsert(new SearchRepository.Entry(SearchHit.Kind.ACTIVITY, a.id(), a.id(), null, a.title(),
                        activityText(a), a.contentHash()));
                written++;
            }
        }
        Set<String> goneActivities = new HashSet<>(activities.keySet());
        goneActivities.removeAll(current);

        Map<String, String> sheets = search.hashes(SearchHit.Kind.SHEET);
        Set<String> currentSheets = new HashSet<>();
        for (Material m : curriculum.materials()) {
            String ref = m.activityId() + "/" + m.id();
            currentSheets.add(ref);
            if (!m.contentHash().equals(sheets.get(ref))) {
                search.upsert(new SearchRepository.Entry(SearchHit.Kind.SHEET, ref, m.activityId(), null, m.title(),
                        m.plainText(), m.contentHash()));
                written++;
            }
        }
        Set<String> goneSheets = new HashSet<>(sheets.keySet());
        goneSheets.removeAll(currentSheets);
        int removed = search.delete(SearchHit.Kind.ACTIVITY, goneActivities) + search.delete(SearchHit.Kind.SHEET, goneSheets);
        return new int[] {written, removed};
    }

    /** What a teacher might search an activity by: its texts for pupils and teachers, materials and guide. */
    static String activityText(Activity a) {
        StringJoiner text = new StringJoiner("\n");
        add(text, a.intro());
        add(text, a.why());
        a.subjects().forEach(s -> add(text, s.does()));
        a.materials().forEach(m -> add(text, m));
        if (a.guide() != null) {
            add(text, a.guide().preparation());
            for (Lesson lesson : a.guide().lessons()) {
                add(text, lesson.title());
                lesson.steps().forEach(s -> add(text, s.text()));
            }
            a.guide().reflection().forEach(q -> add(text, q));
        }
        return text.toString();
    }

    private static void add(StringJoiner text, String s) {
        if (s != null && !s.isBlank()) {
            text.add(s);
        }
    }
}
