package dk.opdag.lab;

import static dk.opdag.db.Tables.LAB_HINTS_SEEN;
import static dk.opdag.db.Tables.LAB_LEVEL_RESULT;
import static dk.opdag.db.Tables.LAB_RUN;
import static dk.opdag.db.Tables.LAB_WORKSPACE;
import static dk.opdag.db.Tables.LAB_WORKSPACE_VERSION;

import dk.opdag.shell.privacy.PupilData;
import dk.opdag.shell.privacy.PupilExport;
import org.jooq.DSLContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The lab's part of a pupil's data: programs (current and every version) per level, runs, best results per level and
 * revealed hints.
 */
@Component
@Order(10)
public class LabPupilData implements PupilData {

    private final DSLContext dsl;

    public LabPupilData(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void export(long pupilId, PupilExport export) {
        export.section("Programmer (det seneste i hvert eksperiment)");
        dsl.selectFrom(LAB_WORKSPACE).where(LAB_WORKSPACE.PUPIL_ID.eq(pupilId))
                .orderBy(LAB_WORKSPACE.EXPERIMENT_ID).forEach(w -> export
                        .line(w.getExperimentId() + level(w.getLevelId()) + ", udgave " + w.getRevision() + ", gemt " + export.when(w.getSavedAt()))
                        .block(w.getWorkspace()));
        export.section("Tidligere udgaver af programmerne");
        dsl.selectFrom(LAB_WORKSPACE_VERSION).where(LAB_WORKSPACE_VERSION.PUPIL_ID.eq(pupilId))
                .orderBy(LAB_WORKSPACE_VERSION.EXPERIMENT_ID, LAB_WORKSPACE_VERSION.SAVED_AT).forEach(v -> export
                        .line(v.getExperimentId() + level(v.getLevelId()) + ", udgave " + v.getRevision() + ", " + export.when(v.getSavedAt()))
                        .block(v.getWorkspace()));
        export.section("Kørsler");
        dsl.selectFrom(LAB_RUN).where(LAB_RUN.PUPIL_ID.eq(pupilId)).orderBy(LAB_RUN.RAN_AT).forEach(r -> export
                .line(export.when(r.getRanAt()) + "  " + r.getExperimentId() + level(r.getLevelId()) + "  "
                        + (r.getPassed() ? "lykkedes" : "lykkedes ikke") + ", " + r.getSteps() + " skridt"
                        + (r.getError() == null ? "" : ", fejl: " + r.getError())));
        export.section("Bedste resultat pr. niveau");
        dsl.selectFrom(LAB_LEVEL_RESULT).where(LAB_LEVEL_RESULT.PUPIL_ID.eq(pupilId))
                .orderBy(LAB_LEVEL_RESULT.EXPERIMENT_ID, LAB_LEVEL_RESULT.LEVEL_ID).forEach(r -> export
                        .line(r.getExperimentId() + level(r.getLevelId()) + ": " + r.getBestScore() + " point, "
                                + r.getRuns() + " kørsler, senest " + export.when(r.getLastRunAt())));
        export.section("Viste tip");
        dsl.selectFrom(LAB_HINTS_SEEN).where(LAB_HINTS_SEEN.PUPIL_ID.eq(pupilId)).forEach(h -> export
                .line(h.getExperimentId() + level(h.getLevelId()) + ": " + h.getHintsSeen() + " tip, senest " + export.when(h.getSeenAt())));
    }

    @Override
    public void erase(long pupilId) {
        dsl.deleteFrom(LAB_LEVEL_RESULT).where(LAB_LEVEL_RESULT.PUPIL_ID.eq(pupilId)).execute();
        dsl.deleteFrom(LAB_HINTS_SEEN).where(LAB_HINTS_SEEN.PUPIL_ID.eq(pupilId)).execute();
        dsl.deleteFrom(LAB_RUN).where(LAB_RUN.PUPIL_ID.eq(pupilId)).execute();
        dsl.deleteFrom(LAB_WORKSPACE_VERSION).where(LAB_WORKSPACE_VERSION.PUPIL_ID.eq(pupilId)).execute();
        dsl.deleteFrom(LAB_WORKSPACE).where(LAB_WORKSPACE.PUPIL_ID.eq(pupilId)).execute();
    }

    private static String level(String levelId) {
        return levelId == null || levelId.isEmpty() ? "" : " (niveau " + levelId + ")";
    }
}
