package dk.opdag.curriculum.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.opdag.curriculum.model.Step;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The editor's one-line form of a lesson step keeps the step's experiment. */
class StepLinesTest {

    @Test
    void aStepWithAnExperimentSurvivesTheRoundTrip() {
        List<Step> steps = List.of(new Step(10, "Vis værktøjet"),
                new Step(25, "Parrene arbejder med\nopgavearket", "skildpadde-sekskant"), new Step(10, "Et par viser"));
        String text = StepLines.format(steps);
        assertThat(text).isEqualTo("10: Vis værktøjet\n25: Parrene arbejder med opgavearket [eksperiment: "
                + "skildpadde-sekskant]\n10: Et par viser");
        StepLines.Parsed parsed = StepLines.parse(text);
        assertThat(parsed.badLine()).isZero();
        assertThat(parsed.steps()).containsExactly(new Step(10, "Vis værktøjet"),
                new Step(25, "Parrene arbejder med opgavearket", "skildpadde-sekskant"), new Step(10, "Et par viser"));
    }

    @Test
    void minutesMayBeWrittenWithMinAndADashAndBlankLinesAreSkipped() {
        StepLines.Parsed parsed = StepLines.parse("  5 min. – Start \n\n40 | Arbejd [eksperiment:  robot-labyrint ]");
        assertThat(parsed.badLine()).isZero();
        assertThat(parsed.steps()).containsExactly(new Step(5, "Start"), new Step(40, "Arbejd", "robot-labyrint"));
    }

    @Test
    void theFirstLineThatIsNotAStepIsNamed() {
        assertThat(StepLines.parse("10: Vi starter\nVi glemte minutterne\nogså her").badLine()).isEqualTo(2);
        assertThat(StepLines.parse("").steps()).isEmpty();
        assertThat(StepLines.parse(null).badLine()).isZero();
    }

    @Test
    void aBracketThatIsNotAnExperimentStaysInTheText() {
        StepLines.Parsed parsed = StepLines.parse("10: Se [side 4] i bogen");
        assertThat(parsed.steps()).containsExactly(new Step(10, "Se [side 4] i bogen"));
    }
}
