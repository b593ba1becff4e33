package dk.opdag.materials;

import dk.opdag.account.CodeKind;
import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.curriculum.CatalogueService;
import dk.opdag.curriculum.CurriculumStore;
import dk.opdag.curriculum.SubjectCatalog;
import dk.opdag.curriculum.catalogue.ActivityDocuments;
import dk.opdag.curriculum.catalogue.CatalogueRepository;
import dk.opdag.curriculum.catalogue.CurriculumSyncRepository;
import dk.opdag.materials.extract.ExtractionLimits;
import dk.opdag.materials.extract.SandboxedExtractor;
import dk.opdag.materials.search.CurriculumIndexer;
import dk.opdag.materials.search.SearchRepository;
import dk.opdag.materials.search.SearchService;
import dk.opdag.materials.store.MaterialRepository;
import dk.opdag.materials.tags.TagSuggester;
import dk.opdag.planning.PlanningServices;
import dk.opdag.planning.Plans;
import dk.opdag.testing.Fixtures;
import dk.opdag.testing.MutableClock;
import dk.opdag.testing.TestDatabase;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A school for materials tests on H2 or PostgreSQL, through the real repositories and services: the shipped
 * curriculum synchronised and indexed, a class 5.B with its year plan, two teachers and a leader at the school, a
 * teacher at another school and a pupil.
 */
public final class MaterialsWorld {

    public static final CurriculumStore STORE = new CurriculumStore("curriculum");

    public final Fixtures f;
    public final MaterialRepository repository;
    public final SearchRepository searchRepository;
    public final MaterialService materials;
    public final SearchService search;
    public final Plans plans;
    public final PlanningServices planning;
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-18T09:00:00Z"));
    public final long class5b;
    public final SignedInUser bo;
    public final SignedInUser birgit;
    public final SignedInUser leader;
    public final SignedInUser xena;
    public final SignedInUser pupil;

    public MaterialsWorld(TestDatabase db, int maxUploadMb) {
        f = new Fixtures(db.fresh());
        new CurriculumSyncRepository(f.dsl, new ActivityDocuments()).sync(STORE.curriculum(), OffsetDateTime.now(clock));
        repository = new MaterialRepository(f.dsl);
        searchRepository = new SearchRepository(f.dsl);
        new CurriculumIndexer(STORE, searchRepository, null).index(STORE.curriculum());
        CatalogueService catalogue = new CatalogueService(new CatalogueRepository(f.dsl), new ActivityDocuments(), STORE);
        planning = new PlanningServices(f, catalogue, new SubjectCatalog(STORE), clock);
        plans = planning.plans;
        materials = new MaterialService(repository, searchRepository, new SandboxedExtractor(ExtractionLimits.DEFAULT, 2),
                new TagSuggester(STORE.curriculum()), catalogue, plans, planning.planItems, planning.planOverview,
                new TransactionTemplate(new NoTransactions()), maxUploadMb);
        search = new SearchService(searchRepository);
        class5b = f.newClass("5.B", "M5B", CodeKind.WORDS);
        bo = teacher("bo", "Bo Berg", class5b);
        birgit = teacher("birgit", "Birgit Bach", class5b);
        leader = new SignedInUser(f.users.createStaff(Role.LEADER, f.school, "leder", "{noop}x", "Lene Leder"),
                Role.LEADER, "Lene Leder", f.school);
        long other = f.schools.createSchool(f.schools.municipality("Testkommune"), "Andenskolen");
        long otherClass = f.classes.create(other, f.year, "5.X", 5, "OTHER5X", CodeKind.WORDS);
        long x = f.users.createStaff(Role.TEACHER, other, "xena", "{noop}x", "Xena Xu");
        f.classes.linkTeacher(x, otherClass, List.of("matematik"));
        xena = new SignedInUser(x, Role.TEACHER, "Xena Xu", other);
        long p = f.pupil(class5b, "Asta", "A", "kage tog 7");
        pupil = new SignedInUser(p, Role.PUPIL, "Asta", f.school);
    }

    private SignedInUser teacher(String username, String name, long classId) {
        long id = f.users.createStaff(Role.TEACHER, f.school, username, "{noop}x", name);
        f.classes.linkTeacher(id, classId, List.of("matematik", "natur-teknologi"));
        return new SignedInUser(id, Role.TEACHER, name, f.school);
    }

    /** Repository tests call services without Spring; statements run in auto-commit, as in the other tests. */
    static final class NoTransactions extends AbstractPlatformTransactionManager {
        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
        }
    }
}
