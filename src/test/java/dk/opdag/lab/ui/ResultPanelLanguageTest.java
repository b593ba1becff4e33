package dk.opdag.lab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import dk.opdag.experiment.CheckOutcome;
import dk.opdag.experiment.Message;
import dk.opdag.experiment.RunResult;
import dk.opdag.experiment.level.Grade;
import dk.opdag.experiment.level.LevelResult;
import dk.opdag.shell.OpdagI18nProvider;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

/** The lab shows the engine's run feedback in the pupil's UI language. */
class ResultPanelLanguageTest {

    private static LevelResult stoppedRun() {
        RunResult run = new RunResult(false,
                List.of(CheckOutcome.fail("maxSteps", Message.of("engine.check.max-steps.not-ok", "12", "10"))),
                12, List.of(), JsonNodeFactory.instance.objectNode(), List.of(),
                Optional.of(Message.of("engine.run.steps", 12_000)));
        return new LevelResult(Grade.ERROR, Message.of("engine.level.stopped"), run, 0, List.of(), 3, false);
    }

    private static String shown(Locale locale) {
        UI ui = new UI();
        ui.setLocale(locale);
        UI.setCurrent(ui);
        ResultPanel panel = new ResultPanel();
        ui.add(panel);
        panel.show(stoppedRun(), null, 0);
        return panel.getElement().getTextRecursively();
    }

    @AfterEach
    void forgetTheUi() {
        UI.setCurrent(null);
    }

    @Test
    void anEnglishPupilReadsWhyTheProgramStoppedInEnglish() {
        String text = shown(OpdagI18nProvider.ENGLISH);
        assertThat(text).contains("The program stopped before it was finished.")
                .contains("The program used all its 12,000 steps.")
                .contains("The program used 12 steps, but may use at most 10.")
                .doesNotContain("Programmet");
    }

    @Test
    void aDanishPupilReadsTheSameDanishAsBefore() {
        String text = shown(OpdagI18nProvider.DANISH);
        assertThat(text).contains("Programmet stoppede, før det var færdigt.")
                .contains("Programmet brugte alle sine 12.000 skridt. Måske er der en løkke, der aldrig stopper?")
                .contains("Programmet brugte 12 skridt, men må højst bruge 10.");
    }
}
