package dk.opdag.training.profile;

import dk.opdag.account.SignedInUser;
import dk.opdag.training.Staff;
import dk.opdag.training.TrainingCatalog;
import dk.opdag.training.TrainingException;
import dk.opdag.training.content.CompetenceItem;
import dk.opdag.training.content.Dimension;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The self-assessment: answered one item at a time and saved at once, so it can be paused and taken up again;
 * finished when every item has an answer. Staff personal data: only the owner reads, changes or deletes it.
 */
@Service
public class SelfAssessmentService {

    private final AssessmentRepository assessments;
    private final TrainingCatalog catalog;
    private final Clock clock;

    public SelfAssessmentService(AssessmentRepository assessments, TrainingCatalog catalog, Clock clock) {
        this.assessments = assessments;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** Where the teacher is in an unfinished assessment. */
    public record Progress(long assessmentId, Map<String, Integer> answers, int total) {

        public int answered() {
            return answers.size();
        }

        public boolean complete() {
            return answers.size() >= total;
        }
    }

    /** The paused assessment, if any. */
    @Transactional(readOnly = true)
    public Optional<Progress> paused(SignedInUser user) {
        Staff.require(user);
        return assessments.unfinished(user.id()).flatMap(assessments::find).map(this::progress);
    }

    /** Takes up the paused assessment, or starts a new one (a retake: earlier ones stay as history). */
    @Transactional
    public Progress startOrResume(SignedInUser user) {
        Staff.require(user);
        long id = assessments.unfinished(user.id())
                .orElseGet(() -> assessments.start(user.id(), OffsetDateTime.now(clock)));
        return progress(assessments.find(id).orElseThrow());
    }

    @Transactional
    public Progress answer(SignedInUser user, long assessmentId, String itemId, int rating) {
        AssessmentRepository.Assessment a = requireOwnUnfinished(user, assessmentId);
        CompetenceItem item = catalog.content().competences().item(itemId)
                .orElseThrow(() -> new TrainingException("training.assessment.error.item"));
        if (rating < 0 || rating > 5) {
            throw new TrainingException("training.assessment.error.rating");
        }
        assessments.answer(a.id(), item.id(), item.dimension(), rating, OffsetDateTime.now(clock));
        return progress(assessments.find(a.id()).orElseThrow());
    }

    /** Finishes the assessment; refused while an item has no answer. */
    @Transactional
    public void finish(SignedInUser user, long assessmentId) {
        AssessmentRepository.Assessment a = requireOwnUnfinished(user, assessmentId);
        List<CompetenceItem> items = catalog.content().competences().items();
        long missing = items.stream().filter(i -> !a.answers().containsKey(i.id())).count();
        if (missing > 0) {
            throw new TrainingException("training.assessment.error.missing", missing);
        }
        assessments.finish(a.id(), OffsetDateTime.now(clock));
    }

    @Transactional
    public void delete(SignedInUser user, long assessmentId) {
        Staff.require(user);
        if (!assessments.delete(user.id(), assessmentId)) {
            throw new TrainingException("training.assessment.error.not-found");
        }
    }

    /** Deletes every self-assessment and personal target of the teacher. */
    @Transactional
    public int deleteAll(SignedInUser user) {
        Staff.require(user);
        return assessments.deleteAll(user.id());
    }

    @Transactional(readOnly = true)
    public Map<Dimension, Integer> personalTargets(SignedInUser user) {
        Staff.require(user);
        return assessments.targets(user.id());
    }

    /** @param target 0–5, or null to remove the target */
    @Transactional
    public void setPersonalTarget(SignedInUser user, Dimension dimension, Integer target) {
        Staff.require(user);
        if (target != null && (target < 0 || target > 5)) {
            throw new TrainingException("training.target.error.range");
        }
        assessments.setTarget(user.id(), dimension, target, OffsetDateTime.now(clock));
    }

    private AssessmentRepository.Assessment requireOwnUnfinished(SignedInUser user, long assessmentId) {
        Staff.require(user);
        AssessmentRepository.Assessment a = assessments.find(assessmentId)
                .filter(x -> x.teacherId() == user.id())
                .orElseThrow(() -> new TrainingException("training.assessment.error.not-found"));
        if (a.finished()) {
            throw new TrainingException("training.assessment.error.finished");
        }
        return a;
    }

    private Progress progress(AssessmentRepository.Assessment a) {
        return new Progress(a.id(), a.answers(), catalog.content().competences().items().size());
    }
}
