package dk.opdag.curriculum.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.opdag.curriculum.model.Activity;
import dk.opdag.curriculum.model.Answer;
import dk.opdag.curriculum.model.Differentiation;
import dk.opdag.curriculum.model.Evaluation;
import dk.opdag.curriculum.model.Goal;
import dk.opdag.curriculum.model.GradeRange;
import dk.opdag.curriculum.model.Guide;
import dk.opdag.curriculum.model.Lesson;
import dk.opdag.curriculum.model.Step;
import dk.opdag.curriculum.model.Subject;
import dk.opdag.curriculum.model.SubjectUse;
import dk.opdag.curriculum.model.Term;
import dk.opdag.curriculum.model.Unplugged;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The editor's form gives back the activity it was filled from, including what it does not show. */
class ActivityFormTest {

    private static final List<Subject> SUBJECTS = List.of(
            new Subject("matematik", "Matematik", new GradeRange(0, 9), null),
            new Subject("dansk", "Dansk", new GradeRange(0, 9), null));
    private static final List<Goal> GOALS = List.of(new Goal("ct-3-1", 3, "ct", "Eleven kan følge en algoritme"));

    private static Activity turtle() {
        Guide guide = new Guide("Forbered kridt.", List.of(
                new Lesson("Vær skildpadden", List.of(new Step(10, "Gå en firkant"), new Step(35, "Tegn i par"))),
                new Lesson("På skærmen", List.of(new Step(20, "Byg en firkant"),
                        new Step(25, "Parrene løser opgaverne", "skildpadde-sekskant")))),
                List.of("Hvad gjorde vi fire gange?"),
                List.of(new Evaluation("ct-3-1", "Eleven gentager", "Eleven tæller", "Eleven laver en løkke")),
                "Skildpaddegrafik er gammel.", List.of(new Term("løkke", "noget der gentages")),
                List.of(new Answer("Hvor meget drejer man?", "90 grader")));
        return new Activity("skildpadden-tegner", "Skildpadden tegner", new GradeRange(2, 3), "Du er skildpadde.",
                "Algoritmer i kroppen.", List.of(new SubjectUse("matematik", "vinkler", new GradeRange(3, 3))),
                List.of("ct-3-1"), 2, Unplugged.PARTIAL, List.of("kridt", "vinkelmåler"),
                new Differentiation("færre sider", "stjernen"), List.of("skildpadde-sekskant"), guide, null, "hash");
    }

    @Test
    void anEditThatChangesNothingSavesTheSameActivityWithItsStepExperiment() {
        Activity original = turtle();
        ActivityForm form = ActivityForm.of(original, "", SUBJECTS, GOALS);
        assertThat(form.lessonSteps.get(1)).isEqualTo(
                "20: Byg en firkant\n25: Parrene løser opgaverne [eksperiment: skildpadde-sekskant]");

        Activity saved = form.toActivity();
        assertThat(saved.guide().lessons().get(1).steps().get(1).experiment()).isEqualTo("skildpadde-sekskant");
        assertThat(saved.experiments()).containsExactly("skildpadde-sekskant");
        assertThat(saved.guide()).isEqualTo(original.guide());
        assertThat(saved.subjects()).isEqualTo(original.subjects());
        assertThat(saved).usingRecursiveComparison().ignoringFields("id", "contentHash", "safety")
                .isEqualTo(original);
    }

    @Test
    void anExperimentWrittenInAStepJoinsTheActivitysExperiments() {
        ActivityForm form = ActivityForm.of(turtle(), " (min udgave)", SUBJECTS, GOALS);
        form.lessonSteps.set(0, "10: Gå en firkant\n35: Tegn i par [eksperiment: robot-labyrint]");
        Activity saved = form.toActivity();
        assertThat(saved.title()).isEqualTo("Skildpadden tegner (min udgave)");
        assertThat(saved.guide().lessons().getFirst().steps().get(1))
                .isEqualTo(new Step(35, "Tegn i par", "robot-labyrint"));
        assertThat(saved.experiments()).containsExactly("skildpadde-sekskant", "robot-labyrint");
    }

    @Test
    void aNewActivityStartsEmptyAndOnlyTheChosenLessonsAreSaved() {
        ActivityForm form = ActivityForm.of(null, "", SUBJECTS, GOALS);
        form.title = "Min egen";
        form.lessonSteps.set(0, "45: Alt");
        form.lessonSteps.set(1, "ikke et trin, men lektion 2 er ikke valgt");
        Activity saved = form.toActivity();
        assertThat(saved.lessons()).isEqualTo(1);
        assertThat(saved.guide().lessons()).containsExactly(new Lesson("", List.of(new Step(45, "Alt"))));
        assertThat(saved.experiments()).isEmpty();
        assertThat(saved.guide().background()).isNull();
    }
}
