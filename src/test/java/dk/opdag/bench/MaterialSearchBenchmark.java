package dk.opdag.bench;

import static dk.opdag.db.Tables.APP_USER;
import static dk.opdag.db.Tables.MATERIAL_BLOB;
import static dk.opdag.db.Tables.MATERIAL_FILE;

import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.curriculum.load.CurriculumLoader;
import dk.opdag.curriculum.model.Curriculum;
import dk.opdag.materials.search.CurriculumIndexer;
import dk.opdag.materials.search.SearchHit;
import dk.opdag.materials.search.SearchRepository;
import dk.opdag.materials.search.SearchService;
import dk.opdag.testing.Fixtures;
import dk.opdag.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The one search over activities, shipped materials and files, with 10,000 entries: 5,000 activities (copies of the
 * shipped ones) with their ~80 shipped materials, and 5,000 teachers' files of about 3,000 characters of Danish
 * school text each (a tenth the searcher's own, the rest shared at the school or private to colleagues). Each call
 * includes the snippets of up to 50 hits.
 * Run: tools/bench/run.sh MaterialSearchBenchmark
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class MaterialSearchBenchmark {

    static final int ACTIVITIES = 5_000;
    static final int FILES = 5_000;
    private static final String[] WORDS = ("eleverne klassen skolen læreren opgaven undervisningen matematik dansk "
            + "natur teknologi data diagram tabel måling sensor temperatur vand planter drivhus robotten robotter "
            + "programmet algoritmen løkke variabel sortering labyrint kodeord sikkerhed privatliv billeder video "
            + "netværk pakker internettet chatbot sprog ord tekst fortælling brev kommune borger samfund valg "
            + "retfærdighed klima energi strøm lampe computer tablet app design bruger prototype interview test "
            + "fejl løsning gruppe makker lektion tavle spørgsmål svar refleksion evaluering mål kompetence").split(" ");

    @Param({"POSTGRES", "H2"})
    public String database;

    private SearchService search;
    private SignedInUser teacher;
    private Connection connection;

    @TearDown
    public void tearDown() throws SQLException {
        connection.close();
    }

    @Setup
    public void setUp() {
        Curriculum shipped = CurriculumLoader.load(Path.of("curriculum")).curriculum();
        Curriculum many = CatalogueSearchBenchmark.generated(shipped, ACTIVITIES);
        Curriculum withMaterials = new Curriculum(many.subjects(), many.frameworks(), many.activities(),
                List.of(), shipped.materials());
        // One open connection for set-up and measurement, as the app's pool keeps them: without it every query
        // would also pay for a new PostgreSQL connection.
        DSLContext fresh = TestDatabase.valueOf(database).fresh();
        connection = fresh.configuration().connectionProvider().acquire();
        DSLContext dsl = DSL.using(connection, fresh.dialect(), fresh.settings());
        Fixtures f = new Fixtures(dsl);
        SearchRepository repository = new SearchRepository(dsl);
        new CurriculumIndexer(null, repository, null).index(withMaterials);
        long me = f.teacher("bench");
        long colleague = f.teacher("kollega");
        teacher = new SignedInUser(me, Role.TEACHER, "Lærer bench", f.school);
        Random random = new Random(42);
        for (int i = 0; i < FILES; i++) {
            String hash = String.format("%064x", i);
            StringBuilder text = new StringBuilder();
            while (text.length() < 3_000) {
                text.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(12) == 0 ? ". " : " ");
            }
            dsl.insertInto(MATERIAL_BLOB).set(MATERIAL_BLOB.CONTENT_HASH, hash).set(MATERIAL_BLOB.BYTE_SIZE, 3_000L)
                    .set(MATERIAL_BLOB.MEDIA_TYPE, "text/plain").set(MATERIAL_BLOB.TEXT_CHARS, text.length())
                    .set(MATERIAL_BLOB.TEXT_TRUNCATED, false).set(MATERIAL_BLOB.EXTRACTED_TEXT, text.toString()).execute();
            long owner = i % 10 == 0 ? me : colleague;
            long id = dsl.insertInto(MATERIAL_FILE).set(MATERIAL_FILE.CONTENT_HASH, hash)
                    .set(MATERIAL_FILE.OWNER_ID, owner).set(MATERIAL_FILE.SCHOOL_ID, f.school)
                    .set(MATERIAL_FILE.FILE_NAME, "fil-" + i + ".txt").set(MATERIAL_FILE.TITLE, "Fil " + i)
                    .set(MATERIAL_FILE.SHARED, i % 3 == 0).returningResult(MATERIAL_FILE.ID).fetchOne().value1();
            repository.upsert(new SearchRepository.Entry(SearchHit.Kind.FILE, Long.toString(id), null, id, "Fil " + i,
                    text.toString(), hash));
        }
        if ("POSTGRES".equals(database)) {
            dsl.execute("VACUUM ANALYZE search_entry");
            dsl.execute("VACUUM ANALYZE material_file");
            System.out.println(repository.explain("robotter"));
        }
        search = new SearchService(repository);
        if (dsl.fetchCount(APP_USER) < 2) {
            throw new IllegalStateException("set-up failed");
        }
    }

    /** A common word in another form than the text's ("robotter" finds "robotten"). */
    @Benchmark
    public List<SearchHit> commonWord() {
        return search.search(teacher, "robotter");
    }

    /** Two words that must both occur. */
    @Benchmark
    public List<SearchHit> twoWords() {
        return search.search(teacher, "labyrint algoritme");
    }

    /** A word nothing contains. */
    @Benchmark
    public List<SearchHit> noHits() {
        return search.search(teacher, "xylofonkvartet");
    }
}
