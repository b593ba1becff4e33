package dk.opdag.classroom.live;

import dk.opdag.classroom.ClassRepository;
import dk.opdag.lab.LabProgressEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Hears the lab's progress events (published synchronously inside the transaction that stored the save or run) and
 * writes them to the outbox in that same transaction: the event exists exactly when the work does.
 */
@Component
public class ProgressOutbox {

    private final ProgressOutboxRepository outbox;
    private final ClassRepository classes;

    public ProgressOutbox(ProgressOutboxRepository outbox, ClassRepository classes) {
        this.outbox = outbox;
        this.classes = classes;
    }

    @EventListener
    public void on(LabProgressEvent event) {
        // A pupil taken off the class list while working still saves; no class dashboard needs to hear it.
        classes.currentClassOf(event.pupilId()).ifPresent(classId -> outbox.append(classId, event.pupilId(),
                event.experimentId(), event.kind() == LabProgressEvent.Kind.RAN, event.passed(), event.at()));
    }
}
