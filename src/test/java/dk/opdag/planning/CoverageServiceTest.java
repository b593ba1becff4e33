package dk.opdag.planning;

import static dk.opdag.planning.PlanningWorld.draft;
import static dk.opdag.planning.PlanningWorld.week;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.opdag.curriculum.model.GradeBand;
import dk.opdag.curriculum.model.Subject;
import dk.opdag.planning.CompletedWork.Completion;
import dk.opdag.planning.coverage.AreaBandMatrix;
import dk.opdag.planning.coverage.ClassCoverage;
import dk.opdag.planning.coverage.CoverageService;
import dk.opdag.planning.coverage.Gap;
import dk.opdag.planning.coverage.Layers;
import dk.opdag.planning.coverage.SchoolCoverage;
import dk.opdag.shell.OpdagI18nProvider;
import dk.opdag.testing.TestDatabase;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Coverage against hand-counted fixtures (see {@link PlanningWorld} for the test activities' goals):
 * <pre>
 *   2.A  no plan, no template for grade 2
 *   5.A  no plan, but grade 5 has a template
 *   5.B  t-ct5 (matematik), t-mix5 (natur/teknologi), t-ct5 again (dansk);  done: t-mix5; t-ct5 is assigned, open
 *   8.C  t-th8 (fysik/kemi);                                                done: t-dm5 (not in the plan)
 * </pre>
 */
class CoverageServiceTest {

    private static void plan(PlanningWorld w) {
        w.adoption.template(w.leader, w.f.school, 2026, 5);
        long p5b = w.adoption.startClassPlan(w.bo, w.c5b).id();
        w.planItems.addItem(w.bo, p5b, draft("t-ct5", "matematik", week(2026, 36), week(2026, 37)));
        w.planItems.addItem(w.bo, p5b, draft("t-mix5", "natur-teknologi", week(2026, 40), week(2026, 40)));
        w.planItems.addItem(w.birgit, p5b, draft("t-ct5", "dansk", week(2026, 45), week(2026, 45)));
        long p8c = w.adoption.startClassPlan(w.carla, w.c8c).id();
        w.planItems.addItem(w.carla, p8c, draft("t-th8", "fysik-kemi", week(2026, 38), week(2026, 39)));
        w.work.completions.add(new Completion(w.c5b, "t-mix5", LocalDate.of(2026, 9, 28), LocalDate.of(2026, 10, 2),
                18, 20));
        w.work.completions.add(new Completion(w.c5b, "t-ct5", LocalDate.of(2026, 11, 16), null, 5, 20));
        w.work.completions.add(new Completion(w.c8c, "t-dm5", LocalDate.of(2026, 10, 26), LocalDate.of(2026, 11, 1),
                19, 22));
    }

    private static Map<String, Layers> areas(SchoolCoverage s, String className) {
        return s.classes().stream().filter(c -> c.name().equals(className)).findFirst().orElseThrow().areas();
    }

    private static ClassCoverage row(SchoolCoverage s, String className) {
        return s.classes().stream().filter(c -> c.name().equals(className)).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theHeatMapCountsDistinctActivitiesPerAreaInBothLayers(TestDatabase db) {
        PlanningWorld w = new PlanningWorld(db);
        plan(w);

        SchoolCoverage school = w.coverage(true).school(w.leader, w.f.school, 2026);

        assertThat(school.classes()).extracting(ClassCoverage::name).containsExactly("2.A", "5.A", "5.B", "8.C");
        assertThat(school.classes()).extracting(ClassCoverage::state).containsExactly(
                ClassCoverage.PlanState.NO_PLAN, ClassCoverage.PlanState.TEMPLATE_NOT_ADOPTED,
                ClassCoverage.PlanState.PLANNED, ClassCoverage.PlanState.PLANNED);
        assertThat(areas(school, "2.A").values()).containsOnly(Layers.NONE);
        assertThat(areas(school, "5.B")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "dm", new Layers(0, 0), "dd", new Layers(0, 0), "ct", new Layers(2, 1), "th", new Layers(1, 1)));
        assertThat(areas(school, "8.C")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "dm", new Layers(1, 1), "dd", new Layers(0, 0), "ct", new Layers(0, 0), "th", new Layers(1, 0)));
        assertThat(row(school, "5.B").activities()).isEqualTo(new Layers(2, 1));
        assertThat(row(school, "8.C").activities()).isEqualTo(new Layers(1, 1));
        assertThat(school.progressAvailable()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void gapsAreNamedInDanishWords(TestDatabase db) {
        PlanningWorld w = new PlanningWorld(db);
        plan(w);

        List<Gap> gaps = w.coverage(true).school(w.leader, w.f.school, 2026).gaps();

        assertThat(gaps).extracting(g -> g.text(OpdagI18nProvider.DANISH)).containsExactly(
                "2.A har ingen årsplan for teknologiforståelse i dette skoleår.",
                "5.A har ikke taget årgangsplanen for 5. klasse i brug endnu.",
                "5.B har ingen forløb i digital myndiggørelse i dette skoleår.",
                "5.B har ingen forløb i digital design og designprocesser i dette skoleår.",
                "8.C har ingen forløb i digital design og designprocesser i dette skoleår.",
                "8.C har ingen forløb i computationel tankegang i dette skoleår.",
                "Ingen klasse på mellemtrinnet (4.–6.) har forløb i digital myndiggørelse i dette skoleår.",
                "Ingen klasse på mellemtrinnet (4.–6.) har forløb i digital design og designprocesser i dette skoleår.");
        assertThat(gaps.get(2).text(OpdagI18nProvider.ENGLISH))
                .isEqualTo("5.B has no units in digital myndiggørelse in this school year.");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anotherSchoolYearIsNamedAndAClassWithAnEmptyPlanIsAGap(TestDatabase db) {
        PlanningWorld w = new PlanningWorld(db);
        long nextYear = w.f.schools.schoolYear(2027);
        long next5b = w.f.classes.create(w.f.school, nextYear, "5.B", 5, "N5B", dk.opdag.account.CodeKind.WORDS);
        w.f.classes.linkTeacher(w.bo.id(), next5b, List.of("matematik"));
        long p = w.adoption.startClassPlan(w.bo, next5b).id();

        SchoolCoverage next = w.coverage(false).school(w.leader, w.f.school, 2027);
        assertThat(next.gaps()).extracting(g -> g.text(OpdagI18nProvider.DANISH))
                .containsExactly("5.B har en årsplan, men der er ingen forløb i den endnu.");

        w.planItems.addItem(w.bo, p, draft("t-ct5", "matematik", week(2027, 36), week(2027, 36)));
        assertThat(w.coverage(false).school(w.leader, w.f.school, 2027).gaps().getFirst()
                .text(OpdagI18nProvider.DANISH))
                .isEqualTo("5.B har ingen forløb i digital myndiggørelse i skoleåret 2027/28.");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void withoutCompletedWorkThereIsOnlyThePlannedLayer(TestDatabase db) {
        PlanningWorld w = new PlanningWorld(db);
        plan(w);

        SchoolCoverage school = w.coverage(false).school(w.leader, w.f.school, 2026);

        assertThat(school.progressAvailable()).isFalse();
        assertThat(areas(school, "5.B").get("ct")).isEqualTo(new Layers(2, 0));
        assertThat(areas(school, "8.C").get("dm")).isEqualTo(new Layers(1, 0));
        assertThat(school.gaps()).hasSize(8);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aPlansMatrixCountsActivitiesAndGoalsPerAreaAndBand(TestDatabase db) {
        PlanningWorld w = new PlanningWorld(db);
        plan(w);
        CoverageService coverage = w.coverage(true);
        Plan p5b = w.repository.planOfClass(w.c5b).orElseThrow();

        AreaBandMatrix m = coverage.forPlan(w.bo, p5b, w.planItems.items(w.bo, p5b.id()));

        AreaBandMatrix.Cell ct = m.row("ct").cell(GradeBand.B4_6);
        assertThat(ct.activities()).isEqualTo(new Layers(2, 1));
        assertThat(ct.goals()).isEqualTo(new Layers(2, 1));
        assertThat(ct.goalsTotal()).isEqualTo(4);
        assertThat(m.row("th").cell(GradeBand.B4_6)).isEqualTo(
                new AreaBandMatrix.Cell(new Layers(1, 1), new Layers(1, 1), 4));
        assertThat(m.row("dm").cell(GradeBand.B4_6)).isEqualTo(
                new AreaBandMatrix.Cell(Layers.NONE, Layers.NONE, 3));
        assertThat(m.row("ct").cell(GradeBand.B0_3).activities()).isEqualTo(Layers.NONE);
        assertThat(m.row("ct").goals()).filteredOn(g -> g.goal().id().equals("tf18.ct.6.1"))
                .extracting(AreaBandMatrix.GoalRow::activities).containsExactly(new Layers(2, 1));
        assertThat(m.row("ct").goals()).filteredOn(g -> g.goal().id().equals("tf18.ct.6.2"))
                .extracting(AreaBandMatrix.GoalRow::activities).containsExactly(new Layers(1, 0));

        // The grade is its classes together: 5.A has nothing, so grade 5 is 5.B.
        assertThat(coverage.forGrade(w.leader, w.f.school, 2026, 5)).isEqualTo(m);
        // 8.C: t-th8 aims after 9. (th.9.1, dm.9.2); t-dm5, done outside the plan, after 6.
        Plan p8c = w.repository.planOfClass(w.c8c).orElseThrow();
        AreaBandMatrix m8 = coverage.forPlan(w.carla, p8c, w.planItems.items(w.carla, p8c.id()));
        assertThat(m8.row("dm").cell(GradeBand.B7_9).activities()).isEqualTo(new Layers(1, 0));
        assertThat(m8.row("dm").cell(GradeBand.B4_6).activities()).isEqualTo(new Layers(0, 1));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void subjectsTimesGradesCountsItemsAndLeavesOutSubjectsNotTaught(TestDatabase db) {
        PlanningWorld w = new PlanningWorld(db);
        plan(w);

        var matrix = w.coverage(true).school(w.leader, w.f.school, 2026).subjects();

        Map<String, Subject> byId = matrix.subjects().stream().collect(Collectors.toMap(Subject::id, s -> s));
        assertThat(matrix.grades()).containsExactly(2, 5, 8);
        assertThat(matrix.cell(byId.get("matematik"), 5)).isEqualTo(new Layers(1, 0));
        assertThat(matrix.cell(byId.get("natur-teknologi"), 5)).isEqualTo(new Layers(1, 1));
        assertThat(matrix.cell(byId.get("dansk"), 5)).isEqualTo(new Layers(1, 0));
        assertThat(matrix.cell(byId.get("fysik-kemi"), 8)).isEqualTo(new Layers(1, 0));
        assertThat(matrix.cell(byId.get("dansk"), 2)).isEqualTo(Layers.NONE);
        assertThat(matrix.cell(byId.get("samfundsfag"), 5)).isNull();
        assertThat(matrix.used()).as("in the curriculum's subject order").extracting(Subject::id)
                .containsExactly("dansk", "matematik", "natur-teknologi", "fysik-kemi");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void manySchoolsAreCountedTogetherEachInItsOwnRows(TestDatabase db) {
        PlanningWorld w = new PlanningWorld(db);
        plan(w);
        var stranger = w.otherSchoolTeacher();
        long otherClass = w.f.classes.summariesOfTeacher(stranger.id(), w.f.year).getFirst().id();
        long p = w.adoption.startClassPlan(stranger, otherClass).id();
        w.planItems.addItem(stranger, p, draft("t-dm5", "dansk", week(2026, 40), week(2026, 41)));

        List<SchoolCoverage> both = w.coverage(true).schools(List.of(stranger.schoolId(), w.f.school), 2026);

        assertThat(both).extracting(SchoolCoverage::schoolId).containsExactly(stranger.schoolId(), w.f.school);
        assertThat(both.getFirst().classes()).singleElement()
                .satisfies(c -> assertThat(c.areas().get("dm")).isEqualTo(new Layers(1, 0)));
        assertThat(both.get(1).classes()).hasSize(4);
        assertThat(areas(both.get(1), "5.B").get("ct")).isEqualTo(new Layers(2, 1));
        assertThatThrownBy(() -> w.coverage(true).school(stranger, w.f.school, 2026))
                .isInstanceOf(PlanningException.class).hasMessage("planning.error.leaders-only");
    }
}
