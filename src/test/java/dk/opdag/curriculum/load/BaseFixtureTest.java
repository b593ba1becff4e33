package dk.opdag.curriculum.load;

import static org.assertj.core.api.Assertions.assertThat;

import dk.opdag.curriculum.model.Activity;
import dk.opdag.curriculum.model.GradeBand;
import dk.opdag.curriculum.model.GradeRange;
import dk.opdag.curriculum.model.Unplugged;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The base every rule test breaks must itself be clean, or the rule tests prove nothing. */
class BaseFixtureTest {

    @TempDir
    Path temp;

    @Test
    void baseLoadsWithoutProblems() {
        LoadResult result = Fixture.copyOfBase(temp).load();

        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings()).isEmpty();
        assertThat(result.curriculum().activities()).extracting(Activity::id)
                .containsExactly("hvem-ser-dine-data", "madpakke-data", "robot-paa-gulvet");
        assertThat(result.curriculum().subjects()).hasSize(5);
    }

    @Test
    void readsEveryField() {
        Activity a = Fixture.copyOfBase(temp).load().curriculum().activity("madpakke-data").orElseThrow();

        assertThat(a.grades()).isEqualTo(new GradeRange(4, 6));
        assertThat(a.bands()).containsExactly(GradeBand.B4_6);
        assertThat(a.subjects().get(1).grades()).isEqualTo(new GradeRange(5, 6));
        assertThat(a.subjects().get(0).grades()).isNull();
        assertThat(a.goals()).containsExactly("tf18.ct.6.1", "tf18.dm.6.1");
        assertThat(a.lessons()).isEqualTo(2);
        assertThat(a.unplugged()).isEqualTo(Unplugged.PARTIAL);
        assertThat(a.hasUnpluggedPart()).isTrue();
        assertThat(a.crossSubject()).isTrue();
        assertThat(a.differentiation().harder()).isEqualTo("Eleven regner procenter ud.");
        assertThat(a.guide().preparation()).isEqualTo("Print kortene.");
        assertThat(a.guide().lessons().get(1).steps().get(1).minutes()).isEqualTo(25);
        assertThat(a.guide().lessons()).allSatisfy(l -> assertThat(l.minutes()).isEqualTo(45));
        assertThat(a.guide().reflection()).hasSize(3);
        assertThat(a.guide().evaluation().get(1).goal()).isEqualTo("tf18.dm.6.1");
        assertThat(a.safety()).isEqualTo("Madpakkerne er opdigtede.");
        assertThat(a.contentHash()).hasSize(64).matches("[0-9a-f]+");
    }

    @Test
    void contentHashChangesWithTheFile() {
        Fixture fixture = Fixture.copyOfBase(temp);
        String before = fixture.load().curriculum().activity("madpakke-data").orElseThrow().contentHash();
        String untouched = fixture.load().curriculum().activity("robot-paa-gulvet").orElseThrow().contentHash();

        fixture.replace(Fixture.MADPAKKE, "Print kortene.", "Print kortene i farver.");
        LoadResult after = fixture.load();

        assertThat(after.curriculum().activity("madpakke-data").orElseThrow().contentHash()).isNotEqualTo(before);
        assertThat(after.curriculum().activity("robot-paa-gulvet").orElseThrow().contentHash()).isEqualTo(untouched);
    }

    @Test
    void areasComeFromTheGoals() {
        var curriculum = Fixture.copyOfBase(temp).load().curriculum();
        Activity a = curriculum.activity("madpakke-data").orElseThrow();

        assertThat(a.areas(curriculum::areaOf)).extracting(area -> area.id()).containsExactly("ct", "dm");
        assertThat(curriculum.goal("tf18.dm.6.1").orElseThrow().band()).isEqualTo(GradeBand.B4_6);
    }
}
