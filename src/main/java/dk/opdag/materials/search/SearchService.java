package dk.opdag.materials.search;

import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** One search over catalogue activities, shipped materials and teachers' files, with snippets. Staff only. */
@Service
public class SearchService {

    public static final int MAX_HITS = 50;
    public static final int MAX_QUERY = 200;

    private final SearchRepository repository;

    public SearchService(SearchRepository repository) {
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    public List<SearchHit> search(SignedInUser user, String query) {
        if (user.is(Role.PUPIL)) {
            throw new SecurityException("pupils do not search teachers' materials");
        }
        String q = query == null ? "" : query.strip();
        if (q.length() > MAX_QUERY) {
            q = q.substring(0, MAX_QUERY);
        }
        Set<String> stems = DanishStems.distinct(q);
        return repository.search(q, stems, user.id(), user.schoolId(), MAX_HITS).stream()
                .map(f -> new SearchHit(f.kind(), f.activityId(),
                        f.kind() == SearchHit.Kind.SHEET ? f.ref().substring(f.ref().indexOf('/') + 1) : null,
                        f.fileId(), f.title(), Snippets.of(f.body(), stems)))
                .toList();
    }
}
