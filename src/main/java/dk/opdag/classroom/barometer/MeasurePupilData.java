package dk.opdag.classroom.barometer;

import dk.opdag.shell.privacy.PupilData;
import dk.opdag.shell.privacy.PupilExport;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The measurement's part of a pupil's data: which tasks she answered in which round, and whether she solved them. */
@Component
@Order(21)
public class MeasurePupilData implements PupilData {

    private final MeasureRepository measures;

    public MeasurePupilData(MeasureRepository measures) {
        this.measures = measures;
    }

    @Override
    public void export(long pupilId, PupilExport export) {
        export.section("Barometerets måling (opgaver)");
        measures.answersOfPupil(pupilId).forEach(a -> export.line(export.when(a.answeredAt()) + "  " + a.taskId()
                + " (" + a.area() + "): " + (a.solved() ? "klaret" : "ikke klaret endnu")));
    }

    @Override
    public void erase(long pupilId) {
        measures.erasePupil(pupilId);
    }
}
