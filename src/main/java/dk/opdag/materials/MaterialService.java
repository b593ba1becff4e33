package dk.opdag.materials;

import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.curriculum.CatalogueService;
import dk.opdag.curriculum.catalogue.Viewer;
import dk.opdag.materials.extract.Extraction;
import dk.opdag.materials.extract.ExtractionRefused;
import dk.opdag.materials.extract.Refusal;
import dk.opdag.materials.extract.SandboxedExtractor;
import dk.opdag.materials.search.SearchHit;
import dk.opdag.materials.search.SearchRepository;
import dk.opdag.materials.store.FileLink;
import dk.opdag.materials.store.MaterialRepository;
import dk.opdag.materials.store.StoredFile;
import dk.opdag.materials.store.Tag;
import dk.opdag.materials.tags.TagSuggester;
import dk.opdag.materials.upload.SizeLimitedCopy;
import dk.opdag.planning.Plan;
import dk.opdag.planning.PlanItems;
import dk.opdag.planning.PlanOverview;
import dk.opdag.planning.PlannedActivity;
import dk.opdag.planning.PlanningException;
import dk.opdag.planning.Plans;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Teachers' own files: upload (streamed to disk under a size limit, read in a bounded child process, stored once per
 * content), who may see and change them, tags and attachments. Staff only; a file is its owner's unless shared with
 * the owner's school, and only the owner changes it. Every check is made here, on the server.
 */
@Service
public class MaterialService {

    private static final Logger LOG = LoggerFactory.getLogger(MaterialService.class);
    private final MaterialRepository files;
    private final SearchRepository search;
    private final SandboxedExtractor extractor;
    private final TagSuggester tags;
    private final CatalogueService catalogue;
    private final Plans plans;
    private final PlanItems planItems;
    private final PlanOverview planOverview;
    private final TransactionTemplate tx;
    private final long maxBytes;

    public MaterialService(MaterialRepository files, SearchRepository search, SandboxedExtractor extractor,
                           TagSuggester tags, CatalogueService catalogue, Plans plans, PlanItems planItems,
                           PlanOverview planOverview, TransactionTemplate tx,
                           @Value("${opdag.materials.max-upload-mb:50}") int maxUploadMb) {
        this.files = files;
        this.search = search;
        this.extractor = extractor;
        this.tags = tags;
        this.catalogue = catalogue;
        this.plans = plans;
        this.planItems = planItems;
        this.planOverview = planOverview;
        this.tx = tx;
        this.maxBytes = maxUploadMb * 1024L * 1024L;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** The result of an upload: the file, and whether the teacher already had this content. */
    public record Uploaded(StoredFile file, boolean alreadyHad) {
    }

    /**
     * Stores an upload. The stream is read once, to a temporary file, and never beyond the size limit. A refused
     * file leaves nothing behind: the temporary files are deleted and nothing is written to the database.
     *
     * @throws ExtractionRefused with the reason to show the teacher
     */
    public Uploaded upload(SignedInUser user, InputStream in, String fileName) throws ExtractionRefused {
        requireStaff(user);
        String name = fileName == null || fileName.isBlank() ? "fil" : Path.of(fileName).getFileName().toString();
        Path work = null;
        try {
            work = Files.createTempDirectory("opdag-upload-");
            SizeLimitedCopy.Copied copied;
            try {
                copied = SizeLimitedCopy.copy(in, work.resolve("upload.bin"), maxBytes);
            } catch (SizeLimitedCopy.TooLarge e) {
                throw new ExtractionRefused(Refusal.TOO_LARGE, Long.toString(maxBytes / 1024 / 1024));
            }
            if (copied.bytes() == 0) {
                throw new ExtractionRefused(Refusal.EMPTY);
            }
            Optional<StoredFile> mine = files.ownFileWithContent(user.id(), copied.sha256());
            if (mine.isPresent()) {
                return new Uploaded(mine.get(), true);
            }
            if (files.blobExists(copied.sha256())) {
                // Someone stored exactly these bytes before, after reading them: no second reading, no second copy.
                long id = tx.execute(s -> newFile(user, copied.sha256(), name, null));
                return new Uploaded(files.file(id).orElseThrow(), false);
            }
            Extraction e = extractor.extract(copied.file(), name, work.resolve("extract"));
            String hash = e.storedFile().equals(copied.file()) ? copied.sha256() : SizeLimitedCopy.sha256(e.storedFile());
            Optional<StoredFile> cleanedMine = files.ownFileWithContent(user.id(), hash);
            if (cleanedMine.isPresent()) {
                return new Uploaded(cleanedMine.get(), true);
            }
            byte[] preview = e.preview() == null ? null : Files.readAllBytes(e.preview());
            long id = tx.execute(s -> {
                if (!files.blobExists(hash)) {
                    try {
                        files.insertBlob(hash, e.storedFile(), e, preview);
                    } catch (IOException io) {
                        throw new UncheckedIOException(io);
                    }
                }
                return newFile(user, hash, name, e.title());
            });
            LOG.info("Material stored: file {} ({}, {} bytes, {} characters of text)", id, e.mediaType(),
                    Files.size(e.storedFile()), e.chars());
            return new Uploaded(files.file(id).orElseThrow(), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            SandboxedExtractor.deleteQuietly(work);
        }
    }

    /** In the caller's transaction: the file row and its search entry. */
    private long newFile(SignedInUser user, String hash, String name, String docTitle) {
        String title = docTitle != null && !docTitle.isBlank() ? docTitle : stripExtension(name);
        long id = files.insertFile(hash, user.id(), user.schoolId(), name, title);
        search.upsert(new SearchRepository.Entry(SearchHit.Kind.FILE, Long.toString(id), null, id, title,
                files.text(hash), hash));
        return id;
    }

    private static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    // ---- reading

    public List<StoredFile> files(SignedInUser user) {
        requireStaff(user);
        return files.visibleFiles(user.id(), user.schoolId());
    }

    public Optional<StoredFile> file(SignedInUser user, long id) {
        requireStaff(user);
        return files.file(id).filter(f -> visible(user, f));
    }

    private StoredFile visibleFile(SignedInUser user, long id) {
        return file(user, id).orElseThrow(() -> new MaterialException("materials.error.not-found"));
    }

    private StoredFile ownFile(SignedInUser user, long id) {
        StoredFile f = visibleFile(user, id);
        if (f.ownerId() != user.id()) {
            throw new MaterialException("materials.error.not-owner");
        }
        return f;
    }

    static boolean visible(SignedInUser user, StoredFile f) {
        return f.ownerId() == user.id()
                || (f.shared() && f.schoolId() != null && f.schoolId().equals(user.schoolId()));
    }

    /** Streams the stored bytes (photos without their location). */
    public void download(SignedInUser user, long id, OutputStream out) throws IOException {
        files.copyContent(visibleFile(user, id).contentHash(), out);
    }

    public Optional<byte[]> preview(SignedInUser user, long id) {
        return files.preview(visibleFile(user, id).contentHash());
    }

    public String text(SignedInUser user, long id) {
        return files.text(visibleFile(user, id).contentHash());
    }

    // ---- changing (owner only)

    public void rename(SignedInUser user, long id, String title) {
        ownFile(user, id);
        String t = title == null ? "" : title.strip();
        if (t.isEmpty() || t.length() > 300) {
            throw new MaterialException("materials.error.title");
        }
        tx.executeWithoutResult(s -> {
            files.setTitle(id, t);
            search.updateFileTitle(id, t);
        });
    }

    public void share(SignedInUser user, long id, boolean shared) {
        StoredFile f = ownFile(user, id);
        if (shared && f.schoolId() == null) {
            throw new MaterialException("materials.error.no-school");
        }
        files.setShared(id, shared);
    }

    public void delete(SignedInUser user, long id) {
        StoredFile f = ownFile(user, id);
        tx.executeWithoutResult(s -> files.delete(id, f.contentHash()));
    }

    // ---- tags

    public TagSuggester.Suggestions suggestTags(SignedInUser user, long id) {
        return tags.suggest(text(user, id));
    }

    public List<Tag> tags(SignedInUser user, long id) {
        visibleFile(user, id);
        return files.tags(id);
    }

    public void confirmTags(SignedInUser user, long id, Collection<Tag> chosen) {
        ownFile(user, id);
        tx.executeWithoutResult(s -> files.replaceTags(id, chosen));
    }

    // ---- attachments

    /** Attaches a visible file to an activity the user can open (own, shared at school, or catalogue). */
    public long attachToActivity(SignedInUser user, long fileId, String activityId) {
        visibleFile(user, fileId);
        if (catalogue.activity(activityId, new Viewer(user.id(), user.schoolId())).isEmpty()) {
            throw new MaterialException("materials.error.activity-not-found");
        }
        return files.linkActivity(fileId, activityId, user.id());
    }

    /** Attaches a visible file to an item of a year plan the user may edit. */
    public long attachToPlanItem(SignedInUser user, long fileId, long planId, long itemId) {
        visibleFile(user, fileId);
        try {
            Plan plan = plans.plan(user, planId);
            if (!plans.canEdit(user, plan)) {
                throw new MaterialException("materials.error.plan-not-editable");
            }
            if (planItems.items(user, planId).stream().noneMatch(i -> i.id() == itemId)) {
                throw new MaterialException("materials.error.item-not-found");
            }
        } catch (PlanningException e) {
            throw new MaterialException("materials.error.item-not-found");
        }
        return files.linkPlanItem(fileId, planId, itemId, user.id());
    }

    /** Removes an attachment: whoever made it, or the file's owner. */
    public void detach(SignedInUser user, long linkId) {
        FileLink link = files.link(linkId).orElseThrow(() -> new MaterialException("materials.error.not-found"));
        StoredFile f = visibleFile(user, link.fileId());
        if (link.linkedBy() != user.id() && f.ownerId() != user.id()) {
            throw new MaterialException("materials.error.not-owner");
        }
        files.unlink(linkId);
    }

    /** The file's attachments that the user can see, each with a label. */
    public List<FileLink> links(SignedInUser user, long fileId) {
        visibleFile(user, fileId);
        Viewer viewer = new Viewer(user.id(), user.schoolId());
        List<FileLink> labelled = new ArrayList<>();
        for (FileLink link : files.linksOf(fileId)) {
            if (link.activityId() != null) {
                catalogue.activity(link.activityId(), viewer)
                        .ifPresent(page -> labelled.add(link.withLabel(page.activity().title())));
            } else {
                planItemLabel(user, link).ifPresent(label -> labelled.add(link.withLabel(label)));
            }
        }
        return labelled;
    }

    private Optional<String> planItemLabel(SignedInUser user, FileLink link) {
        try {
            Plan plan = plans.plan(user, link.planId());
            return planItems.items(user, link.planId()).stream().filter(i -> i.id() == link.planItemId()).findFirst()
                    .map(item -> PlanLabels.item(plan, item));
        } catch (PlanningException e) {
            return Optional.empty();
        }
    }

    /** Files attached to an activity that the user may see (the school's extra material for it). */
    public List<StoredFile> filesOnActivity(SignedInUser user, String activityId) {
        requireStaff(user);
        return files.files(files.filesOnActivity(activityId), user.id(), user.schoolId());
    }

    /** Files attached to a plan item, when the user may see the plan. */
    public List<StoredFile> filesOnPlanItem(SignedInUser user, long planId, long itemId) {
        requireStaff(user);
        try {
            plans.plan(user, planId);
        } catch (PlanningException e) {
            return List.of();
        }
        return files.files(files.filesOnPlanItem(itemId), user.id(), user.schoolId());
    }

    /** A plan item a file can be attached to, for the attach dialog. */
    public record PlanTarget(long planId, long itemId, String label) {
    }

    /** Items of this school year's class plans that the user may edit, in plan and week order. */
    public List<PlanTarget> planTargets(SignedInUser user) {
        requireStaff(user);
        if (user.schoolId() == null) {
            return List.of();
        }
        List<PlanTarget> targets = new ArrayList<>();
        for (Plan plan : planOverview.schoolPlans(user, user.schoolId(), plans.currentStartYear()).classPlans()) {
            if (!plans.canEdit(user, plan)) {
                continue;
            }
            for (PlannedActivity item : planItems.items(user, plan.id())) {
                targets.add(new PlanTarget(plan.id(), item.id(), PlanLabels.item(plan, item)));
            }
        }
        return targets;
    }

    private static void requireStaff(SignedInUser user) {
        if (user == null || user.is(Role.PUPIL)) {
            throw new MaterialException("materials.error.staff-only");
        }
    }
}
