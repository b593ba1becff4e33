package dk.opdag.materials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.opdag.materials.extract.ExtractionRefused;
import dk.opdag.materials.extract.Refusal;
import dk.opdag.materials.search.SearchHit;
import dk.opdag.materials.search.Snippets;
import dk.opdag.materials.store.FileLink;
import dk.opdag.materials.store.StoredFile;
import dk.opdag.materials.store.Tag;
import dk.opdag.planning.AttachedFiles;
import dk.opdag.planning.ItemDraft;
import dk.opdag.planning.Plan;
import dk.opdag.planning.PlannedActivity;
import dk.opdag.planning.Week;
import dk.opdag.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Teachers' files on both databases: upload, dedup by content, who sees and changes what, nothing stored for a refused
 * file, attachments, and the one search over activities, shipped materials and files.
 */
class MaterialServiceTest {

    @TempDir
    Path dir;

    private static final String ROBOT_TEXT = "Eleverne bygger robotter af pap og programmerer dem til at finde vej "
            + "gennem en labyrint. Bagefter skriver de en vejledning til en makker.";

    private Path robotDocx() throws IOException {
        return TestFiles.docx(dir, "robotter.docx", "Pap-robotter", "Bo Berg", ROBOT_TEXT,
                "Husk at gemme tegningerne af labyrinten til næste uge.");
    }

    private static MaterialService.Uploaded upload(MaterialsWorld w, dk.opdag.account.SignedInUser who, Path file)
            throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return w.materials.upload(who, in, file.getFileName().toString());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anUploadedDocxIsStoredOnceAndFoundByAWordInside(TestDatabase db) throws Exception {
        MaterialsWorld w = new MaterialsWorld(db, 100);
        Path docx = robotDocx();

        MaterialService.Uploaded first = upload(w, w.bo, docx);
        StoredFile file = first.file();
        assertThat(first.alreadyHad()).isFalse();
        assertThat(file.title()).isEqualTo("Pap-robotter");
        assertThat(file.author()).isEqualTo("Bo Berg");
        assertThat(file.language()).isEqualTo("da");
        assertThat(file.shared()).isFalse();

        assertThat(upload(w, w.bo, docx).alreadyHad()).isTrue();
        MaterialService.Uploaded colleague = upload(w, w.birgit, docx);
        assertThat(colleague.alreadyHad()).isFalse();
        assertThat(colleague.file().id()).isNotEqualTo(file.id());
        assertThat(colleague.file().contentHash()).isEqualTo(file.contentHash());
        assertThat(w.repository.countBlobs()).isEqualTo(1);

        // "labyrinter" and "labyrinten" share the stem of "labyrint" in the text
        List<SearchHit> hits = w.search.search(w.bo, "labyrinter");
        SearchHit hit = hits.stream().filter(h -> h.kind() == SearchHit.Kind.FILE && h.fileId() == file.id())
                .findFirst().orElseThrow();
        assertThat(hit.title()).isEqualTo("Pap-robotter");
        assertThat(hit.snippet().stream().filter(Snippets.Part::match).map(Snippets.Part::text))
                .contains("labyrint");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void oneSearchFindsActivitiesShippedMaterialsAndFilesByTheirStem(TestDatabase db) throws Exception {
        MaterialsWorld w = new MaterialsWorld(db, 100);
        upload(w, w.bo, robotDocx());

        List<SearchHit> hits = w.search.search(w.bo, "robotter");
        assertThat(hits).extracting(SearchHit::kind).contains(SearchHit.Kind.ACTIVITY, SearchHit.Kind.SHEET,
                SearchHit.Kind.FILE);
        assertThat(hits).filteredOn(h -> h.kind() == SearchHit.Kind.ACTIVITY).extracting(SearchHit::activityId)
                .contains("vaer-robotten");
        assertThat(hits).filteredOn(h -> h.kind() == SearchHit.Kind.SHEET)
                .extracting(h -> h.activityId() + "/" + h.materialId()).contains("vaer-robotten/pilekort");
        for (SearchHit hit : hits) {
            String marked = hit.snippet().stream().filter(Snippets.Part::match).map(Snippets.Part::text)
                    .collect(Collectors.joining(" ")).toLowerCase();
            assertThat(marked.isEmpty() || marked.contains("robot")).as(hit.title()).isTrue();
        }
        assertThat(w.search.search(w.bo, "og det er")).as("only stop words").isEmpty();
        assertThat(w.search.search(w.bo, "xylofonkvartet")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aPrivateFileIsTheOwnersUntilItIsSharedWithTheSchool(TestDatabase db) throws Exception {
        MaterialsWorld w = new MaterialsWorld(db, 100);
        StoredFile file = upload(w, w.bo, robotDocx()).file();

        assertThat(w.materials.file(w.birgit, file.id())).isEmpty();
        assertThat(w.materials.files(w.birgit)).isEmpty();
        assertThat(w.search.search(w.birgit, "labyrint")).noneMatch(h -> h.kind() == SearchHit.Kind.FILE);
        assertThatThrownBy(() -> w.materials.text(w.birgit, file.id())).isInstanceOf(MaterialException.class);

        w.materials.share(w.bo, file.id(), true);
        assertThat(w.materials.file(w.birgit, file.id())).isPresent();
        assertThat(w.materials.file(w.leader, file.id())).isPresent();
        assertThat(w.search.search(w.birgit, "labyrint")).anyMatch(h -> h.kind() == SearchHit.Kind.FILE);
        assertThat(w.materials.file(w.xena, file.id())).as("another school").isEmpty();
        assertThat(w.search.search(w.xena, "labyrint")).noneMatch(h -> h.kind() == SearchHit.Kind.FILE);

        // Only the owner changes it, shared or not.
        assertThatThrownBy(() -> w.materials.rename(w.birgit, file.id(), "Mit nu")).isInstanceOf(MaterialException.class)
                .hasMessage("materials.error.not-owner");
        assertThatThrownBy(() -> w.materials.share(w.birgit, file.id(), false)).isInstanceOf(MaterialException.class);
        assertThatThrownBy(() -> w.materials.delete(w.birgit, file.id())).isInstanceOf(MaterialException.class);
        assertThatThrownBy(() -> w.materials.confirmTags(w.birgit, file.id(), List.of()))
                .isInstanceOf(MaterialException.class);
        // Pupils see no teachers' files at all.
        assertThatThrownBy(() -> w.materials.files(w.pupil)).isInstanceOf(MaterialException.class)
                .hasMessage("materials.error.staff-only");
        assertThatThrownBy(() -> w.search.search(w.pupil, "robot")).isInstanceOf(SecurityException.class);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aRefusedFileLeavesNothingBehind(TestDatabase db) throws Exception {
        MaterialsWorld w = new MaterialsWorld(db, 100);
        Path program = TestFiles.executable(dir, "opgaver.pdf");

        assertThatThrownBy(() -> upload(w, w.bo, program)).isInstanceOf(ExtractionRefused.class)
                .satisfies(e -> assertThat(((ExtractionRefused) e).reason()).isEqualTo(Refusal.EXECUTABLE));
        assertThat(w.repository.countBlobs()).isZero();
        assertThat(w.materials.files(w.bo)).isEmpty();
        assertThat(w.search.search(w.bo, "opgaver")).noneMatch(h -> h.kind() == SearchHit.Kind.FILE);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anUploadOverTheLimitIsStoppedWhileItStreams(TestDatabase db) {
        MaterialsWorld w = new MaterialsWorld(db, 1);
        CountingEndlessStream endless = new CountingEndlessStream();

        assertThatThrownBy(() -> w.materials.upload(w.bo, endless, "kæmpe.pdf")).isInstanceOf(ExtractionRefused.class)
                .satisfies(e -> {
                    assertThat(((ExtractionRefused) e).reason()).isEqualTo(Refusal.TOO_LARGE);
                    assertThat(((ExtractionRefused) e).arguments()).containsExactly("1");
                });
        assertThat(endless.read).isLessThanOrEqualTo(1024 * 1024 + 64 * 1024);
        assertThat(w.repository.countBlobs()).isZero();
    }

    /** An upload that never ends: counts what was read. */
    static final class CountingEndlessStream extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) 'x');
            read += len;
            return len;
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aLargeFileIsStoredInChunksAndComesBackByteForByte(TestDatabase db) throws Exception {
        MaterialsWorld w = new MaterialsWorld(db, 100);
        StringBuilder text = new StringBuilder();
        while (text.length() < 2_600_000) {
            text.append("Datasæt om klassens cykelture: ").append(text.length()).append(" km i alt.\n");
        }
        Path big = TestFiles.text(dir, "cykelture.txt", text.toString());

        StoredFile file = upload(w, w.bo, big).file();
        assertThat(w.repository.countChunks(file.contentHash())).isEqualTo(3);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        w.materials.download(w.bo, file.id(), out);
        assertThat(out.toByteArray()).isEqualTo(Files.readAllBytes(big));
        assertThat(file.textTruncated()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aPhotoIsStoredWithoutItsPosition(TestDatabase db) throws Exception {
        MaterialsWorld w = new MaterialsWorld(db, 100);
        StoredFile photo = upload(w, w.bo, TestFiles.jpegWithGps(dir, "tur.jpg")).file();

        Path stored = dir.resolve("stored.jpg");
        try (var out = Files.newOutputStream(stored)) {
            w.materials.download(w.bo, photo.id(), out);
        }
        var metadata = (org.apache.commons.imaging.formats.jpeg.JpegImageMetadata)
                org.apache.commons.imaging.Imaging.getMetadata(stored.toFile());
        assertThat(metadata == null || metadata.getExif() == null || metadata.getExif().getGpsInfo() == null).isTrue();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void filesAreAttachedToActivitiesAndToWeeksOfAYearPlan(TestDatabase db) throws Exception {
        MaterialsWorld w = new MaterialsWorld(db, 100);
        StoredFile file = upload(w, w.bo, robotDocx()).file();
        Plan plan = w.planning.adoption.startClassPlan(w.bo, w.class5b);
        int week41 = new Week(2026, 41).code();
        PlannedActivity item = w.planning.planItems.addItem(w.bo, plan.id(),
                new ItemDraft("skildpadden-tegner", "matematik", week41, new Week(2026, 43).code(), null, null));

        w.materials.attachToActivity(w.bo, file.id(), "vaer-robotten");
        w.materials.attachToPlanItem(w.bo, file.id(), plan.id(), item.id());

        assertThat(w.materials.links(w.bo, file.id())).extracting(FileLink::label)
                .containsExactly("Vær robotten!", "5.B, uge 41–43: Skildpadden tegner figurer");
        assertThat(w.materials.filesOnActivity(w.bo, "vaer-robotten")).extracting(StoredFile::id).containsExactly(file.id());
        assertThat(w.materials.filesOnPlanItem(w.bo, plan.id(), item.id())).extracting(StoredFile::id)
                .containsExactly(file.id());
        assertThat(w.materials.planTargets(w.bo)).extracting(MaterialService.PlanTarget::itemId).contains(item.id());
        // A colleague does not see a private file on the activity; another school cannot attach to this plan.
        assertThat(w.materials.filesOnActivity(w.birgit, "vaer-robotten")).isEmpty();
        StoredFile xenas = upload(w, w.xena, robotDocx()).file();
        assertThatThrownBy(() -> w.materials.attachToPlanItem(w.xena, xenas.id(), plan.id(), item.id()))
                .isInstanceOf(MaterialException.class);
        assertThatThrownBy(() -> w.materials.attachToActivity(w.bo, file.id(), "findes-ikke"))
                .isInstanceOf(MaterialException.class).hasMessage("materials.error.activity-not-found");

        long link = w.materials.links(w.bo, file.id()).getFirst().id();
        assertThatThrownBy(() -> w.materials.detach(w.birgit, link)).isInstanceOf(MaterialException.class);
        w.materials.detach(w.bo, link);
        assertThat(w.materials.links(w.bo, file.id())).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theYearPlanShowsEachItemItsOwnFilesAndItsActivitysToThoseWhoMayOpenThem(TestDatabase db) throws Exception {
        MaterialsWorld w = new MaterialsWorld(db, 100);
        StoredFile forTheWeek = upload(w, w.bo, robotDocx()).file();
        StoredFile forTheActivity = upload(w, w.bo, TestFiles.text(dir, "turtle.txt", "Skildpadden tegner en firkant i fire lige lange streger."))
                .file();
        Plan plan = w.planning.adoption.startClassPlan(w.bo, w.class5b);
        PlannedActivity turtle = w.planning.planItems.addItem(w.bo, plan.id(),
                new ItemDraft("skildpadden-tegner", "matematik", new Week(2026, 41).code(),
                        new Week(2026, 43).code(), null, null));
        PlannedActivity robot = w.planning.planItems.addItem(w.bo, plan.id(),
                new ItemDraft("skolebussens-vej", "matematik", new Week(2026, 45).code(),
                        new Week(2026, 46).code(), null, null));
        w.materials.attachToPlanItem(w.bo, forTheWeek.id(), plan.id(), turtle.id());
        w.materials.attachToActivity(w.bo, forTheActivity.id(), "skildpadden-tegner");
        PlanFiles planFiles = new PlanFiles(w.repository);
        java.util.Map<Long, String> items = new java.util.LinkedHashMap<>();
        items.put(turtle.id(), "skildpadden-tegner");
        items.put(robot.id(), "skolebussens-vej");

        assertThat(planFiles.onItems(w.bo, items)).containsOnlyKeys(turtle.id());
        assertThat(planFiles.onItems(w.bo, items).get(turtle.id())).extracting(AttachedFiles.FileRef::id)
                .containsExactly(forTheWeek.id(), forTheActivity.id());
        // Private files stay the owner's, a pupil's or an admin's view of a plan shows no files at all.
        assertThat(planFiles.onItems(w.birgit, items)).isEmpty();
        assertThat(planFiles.onItems(w.pupil, items)).isEmpty();
        w.materials.share(w.bo, forTheWeek.id(), true);
        assertThat(planFiles.onItems(w.birgit, items).get(turtle.id())).extracting(AttachedFiles.FileRef::id)
                .containsExactly(forTheWeek.id());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void suggestedTagsAreStoredOnlyWhenTheOwnerConfirmsThem(TestDatabase db) throws Exception {
        MaterialsWorld w = new MaterialsWorld(db, 100);
        Path docx = TestFiles.docx(dir, "broeker.docx", "Brøker", "Bo", "Opgaver i matematik til 5. klasse.",
                "Eleverne regner med brøker og procent og tegner et diagram over klassens data. De sammenligner "
                        + "gennemsnit og sandsynlighed, og de skriver en algoritme for, hvordan man sorterer tallene.");
        StoredFile file = upload(w, w.bo, docx).file();

        var suggested = w.materials.suggestTags(w.bo, file.id());
        assertThat(suggested.subjects()).extracting(Tag::value).contains("matematik");
        assertThat(suggested.band()).isEqualTo(new Tag(Tag.Kind.BAND, "4-6"));
        assertThat(w.materials.tags(w.bo, file.id())).isEmpty();

        w.materials.confirmTags(w.bo, file.id(), List.of(new Tag(Tag.Kind.SUBJECT, "matematik"),
                new Tag(Tag.Kind.BAND, "4-6"), new Tag(Tag.Kind.AREA, "ct")));
        assertThat(w.materials.tags(w.bo, file.id())).containsExactlyInAnyOrder(new Tag(Tag.Kind.SUBJECT, "matematik"),
                new Tag(Tag.Kind.BAND, "4-6"), new Tag(Tag.Kind.AREA, "ct"));
        assertThat(w.materials.file(w.bo, file.id()).orElseThrow().tagsConfirmed()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void deletingTheLastFileOfAContentDeletesTheContent(TestDatabase db) throws Exception {
        MaterialsWorld w = new MaterialsWorld(db, 100);
        Path docx = robotDocx();
        StoredFile bos = upload(w, w.bo, docx).file();
        StoredFile birgits = upload(w, w.birgit, docx).file();

        w.materials.delete(w.bo, bos.id());
        assertThat(w.repository.countBlobs()).isEqualTo(1);
        assertThat(w.materials.file(w.birgit, birgits.id())).isPresent();
        w.materials.delete(w.birgit, birgits.id());
        assertThat(w.repository.countBlobs()).isZero();
        assertThat(w.search.search(w.bo, "labyrint")).noneMatch(h -> h.kind() == SearchHit.Kind.FILE);
    }
}
