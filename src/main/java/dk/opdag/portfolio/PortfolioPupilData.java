package dk.opdag.portfolio;

import dk.opdag.shell.privacy.PupilData;
import dk.opdag.shell.privacy.PupilExport;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The portfolio's part of a pupil's data: entries, the name and size of their files, and teachers' comments. */
@Component
@Order(15)
public class PortfolioPupilData implements PupilData {

    private final PortfolioRepository portfolios;

    public PortfolioPupilData(PortfolioRepository portfolios) {
        this.portfolios = portfolios;
    }

    @Override
    public void export(long pupilId, PupilExport export) {
        export.section("Portfolio i valgfaget");
        for (PortfolioEntry e : portfolios.allOfPupil(pupilId)) {
            export.line(e.title() + " (skrevet " + export.when(e.createdAt()) + ", ændret " + export.when(e.updatedAt())
                    + (e.moduleId() == null ? "" : ", modul " + e.moduleId()) + ")");
            export.line("Det gjorde jeg: " + e.body());
            if (e.made() != null) {
                export.line("Det lavede jeg: " + e.made());
            }
            if (e.experimentId() != null) {
                export.line("Program i laboratoriet: " + e.experimentId());
            }
            if (e.reflection() != null) {
                export.line("Refleksion: " + e.reflection());
            }
            if (e.file() != null) {
                export.line("Fil: " + e.file().name() + " (" + e.file().mediaType() + ", " + e.file().sizeBytes()
                        + " byte)");
            }
            e.comments().forEach(c -> export.line("Kommentar fra " + c.teacherName() + " ("
                    + export.when(c.createdAt()) + "): " + c.text()));
        }
    }

    @Override
    public void erase(long pupilId) {
        portfolios.eraseFor(pupilId);
    }
}
