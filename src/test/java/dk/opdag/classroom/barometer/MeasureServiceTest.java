package dk.opdag.classroom.barometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.classroom.LessonFixture;
import dk.opdag.classroom.assignment.ActivityLookup;
import dk.opdag.curriculum.CatalogueService;
import dk.opdag.curriculum.catalogue.ActivityDocuments;
import dk.opdag.curriculum.catalogue.CatalogueRepository;
import dk.opdag.curriculum.model.GradeBand;
import dk.opdag.curriculum.model.MeasureTask;
import dk.opdag.experiment.Limits;
import dk.opdag.experiment.level.LevelResult;
import dk.opdag.experiment.level.LevelRunner;
import dk.opdag.experiment.level.LevelSpec;
import dk.opdag.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The measurement end to end over a real database: rounds opened and closed by the class's own teacher, answers
 * checked on the server, the best program run kept, growth per area, a pupil's own result per dimension, and the
 * leader's grade aggregates only from five pupils up.
 */
class MeasureServiceTest {

    private static MeasureService service(LessonFixture l) {
        ActivityLookup lookup = new ActivityLookup(new CatalogueService(new CatalogueRepository(l.dsl),
                new ActivityDocuments(), LessonFixture.store()));
        return new MeasureService(l.f.classes, l.access, new dk.opdag.classroom.SchoolRepository(l.dsl),
                new MeasureRepository(l.dsl), LessonFixture.store(), lookup, l.clock);
    }

    private static MeasureTask first(GradeBand band, MeasureTask.Kind kind) {
        return LessonFixture.store().curriculum().measureTasks(band).stream().filter(t -> t.kind() == kind)
                .findFirst().orElseThrow();
    }

    private static LevelResult run(MeasureTask task, String workspace) {
        return LevelRunner.run(LevelSpec.fromJson(task.spec()), workspace, Limits.DEFAULT);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aPupilAnswersTheOpenRoundAndTheTeacherSeesGrowth(TestDatabase db) {
        LessonFixture l = new LessonFixture(db);
        MeasureService measure = service(l);
        SignedInUser asta = l.pupil(l.asta, "Asta");
        assertThat(measure.current(asta)).isEmpty();

        measure.open(l.bo, l.fiveB, MeasureKind.START);
        var round = measure.current(asta).orElseThrow();
        assertThat(round.tasks()).isEqualTo(LessonFixture.store().curriculum().measureTasks(GradeBand.B4_6));
        MeasureTask question = first(GradeBand.B4_6, MeasureTask.Kind.CHOICE);
        MeasureTask program = first(GradeBand.B4_6, MeasureTask.Kind.PROGRAM);

        assertThat(measure.answerChoice(asta, round.round().id(), question.id(), question.answer())).isTrue();
        // The first answer is final: the explanation she then reads gives the answer away.
        assertThat(measure.answerChoice(asta, round.round().id(), question.id(), question.answer() == 0 ? 1 : 0))
                .isTrue();
        SignedInUser magnus = l.pupil(l.magnus, "Magnus");
        assertThat(measure.answerChoice(magnus, round.round().id(), question.id(), question.answer() == 0 ? 1 : 0))
                .isFalse();
        assertThat(measure.answerChoice(magnus, round.round().id(), question.id(), question.answer())).isFalse();
        LevelResult solved = run(program, program.solution());
        assertThat(solved.passed()).isTrue();
        measure.recordProgram(asta, round.round().id(), program.id(), solved);
        measure.recordProgram(asta, round.round().id(), program.id(), run(program, "{}"));
        assertThat(measure.current(asta).orElseThrow().answers()).hasSize(2)
                .allSatisfy((id, a) -> assertThat(a.solved()).as(id).isTrue());

        var picture = measure.ofClass(l.bo, l.fiveB);
        assertThat(picture.rounds()).containsOnlyKeys(MeasureKind.START);
        var ct = picture.growth().get(MeasureKind.START).stream().filter(s -> s.area().equals(program.area()))
                .findFirst().orElseThrow();
        assertThat(ct.solved()).isPositive();
        var astaResult = picture.pupils().stream().filter(p -> p.name().equals("Asta")).findFirst().orElseThrow();
        assertThat(astaResult.total().get(MeasureKind.START).solved()).isEqualTo(2);
        assertThat(picture.pupils().stream().filter(p -> p.name().equals("Liva")).findFirst().orElseThrow()
                .total().get(MeasureKind.START).answered()).isZero();

        MeasureService.PupilMeasure mine = measure.mine(asta);
        assertThat(mine.kind()).isEqualTo(MeasureKind.START);
        assertThat(mine.dimensions().stream().mapToInt(MeasureService.DimensionResult::answered).sum()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void onlyTheClassesOwnTeacherAndPupilsTakePart(TestDatabase db) {
        LessonFixture l = new LessonFixture(db);
        MeasureService measure = service(l);
        assertThatThrownBy(() -> measure.open(l.anne, l.fiveB, MeasureKind.START)).hasMessage("class.error.no-access");
        assertThatThrownBy(() -> measure.ofClass(l.anne, l.fiveB)).hasMessage("class.error.no-access");
        SignedInUser leader = new SignedInUser(l.f.teacher("leder"), Role.LEADER, "Leder", l.f.school);
        assertThatThrownBy(() -> measure.ofClass(leader, l.fiveB)).hasMessage("class.error.no-access");

        measure.open(l.bo, l.fiveB, MeasureKind.START);
        long fiveBRound = measure.current(l.pupil(l.asta, "Asta")).orElseThrow().round().id();
        MeasureTask question = first(GradeBand.B4_6, MeasureTask.Kind.CHOICE);
        SignedInUser alma = l.pupil(l.alma, "Alma"); // 2.A: another class
        assertThat(measure.current(alma)).isEmpty();
        assertThatThrownBy(() -> measure.answerChoice(alma, fiveBRound, question.id(), 0))
                .hasMessage("class.error.no-access");
        assertThatThrownBy(() -> measure.answerChoice(l.bo, fiveBRound, question.id(), 0))
                .hasMessage("class.error.no-access");
        SignedInUser asta = l.pupil(l.asta, "Asta");
        assertThatThrownBy(() -> measure.answerChoice(asta, fiveBRound, question.id(), 7))
                .hasMessage("realniveau.error.choice");
        MeasureTask young = first(GradeBand.B0_3, MeasureTask.Kind.CHOICE);
        assertThatThrownBy(() -> measure.answerChoice(asta, fiveBRound, young.id(), 0))
                .hasMessage("realniveau.error.no-task");

        measure.open(l.bo, l.fiveB, MeasureKind.END); // closes the start round
        assertThatThrownBy(() -> measure.answerChoice(asta, fiveBRound, question.id(), 0))
                .hasMessage("realniveau.error.closed");
        measure.close(l.bo, l.fiveB, MeasureKind.END);
        assertThat(measure.current(asta)).isEmpty();
        assertThat(measure.ofClass(l.bo, l.fiveB).rounds().values()).noneMatch(MeasureRound::open);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theLeaderSeesAGradeOnlyFromFivePupils(TestDatabase db) {
        LessonFixture l = new LessonFixture(db);
        MeasureService measure = service(l);
        SignedInUser leader = new SignedInUser(l.f.teacher("leder"), Role.LEADER, "Leder", l.f.school);
        List<SignedInUser> pupils = new ArrayList<>(List.of(l.pupil(l.asta, "Asta"), l.pupil(l.magnus, "Magnus"),
                l.pupil(l.liva, "Liva")));
        pupils.add(l.pupil(l.f.pupil(l.fiveB, "Otto", null, "kage-tog-4"), "Otto"));
        measure.open(l.bo, l.fiveB, MeasureKind.START);
        MeasureTask question = first(GradeBand.B4_6, MeasureTask.Kind.CHOICE);
        long round = measure.current(pupils.getFirst()).orElseThrow().round().id();
        for (SignedInUser p : pupils) {
            measure.answerChoice(p, round, question.id(), question.answer());
        }

        var fourPupils = measure.ofSchool(leader);
        assertThat(fourPupils).hasSize(1);
        MeasureService.GradeRound hidden = fourPupils.getFirst().rounds().getFirst();
        assertThat(hidden.shown()).isFalse();
        assertThat(hidden.areas()).isEmpty();

        SignedInUser fifth = l.pupil(l.f.pupil(l.fiveB, "Sara", null, "kage-tog-5"), "Sara");
        measure.answerChoice(fifth, round, question.id(), question.answer() == 0 ? 1 : 0);
        MeasureService.GradeRound shown = measure.ofSchool(leader).getFirst().rounds().getFirst();
        assertThat(measure.ofSchool(leader).getFirst().grade()).isEqualTo(5);
        assertThat(shown.shown()).isTrue();
        assertThat(shown.pupils()).isEqualTo(5);
        var area = shown.areas().stream().filter(s -> s.area().equals(question.area())).findFirst().orElseThrow();
        assertThat(area.solved()).isEqualTo(4);
        assertThat(area.answered()).isEqualTo(5);

        assertThatThrownBy(() -> measure.ofSchool(l.bo)).hasMessage("class.error.no-access");
        assertThatThrownBy(() -> measure.ofSchool(pupils.getFirst())).hasMessage("class.error.no-access");
    }
}
