package dk.opdag.planning;

import static dk.opdag.planning.PlanningWorld.danish;
import static dk.opdag.planning.PlanningWorld.draft;
import static dk.opdag.planning.PlanningWorld.refusal;
import static dk.opdag.planning.PlanningWorld.week;
import static org.assertj.core.api.Assertions.assertThat;

import dk.opdag.testing.TestDatabase;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Copying a plan into the next school year, around its holidays, into an empty template or class plan. */
class NextYearCopyTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void copyingToTheNextSchoolYearKeepsWeekNumbersAvoidsNewHolidaysAndNeverOverwrites(TestDatabase db) {
        PlanningWorld w = new PlanningWorld(db);
        Plan template = w.adoption.template(w.leader, w.f.school, 2026, 5);
        w.planItems.addItem(w.leader, template.id(), draft("t-ct5", "matematik", week(2026, 36), week(2026, 37)));
        w.planItems.addItem(w.leader, template.id(), draft("t-dm5", "dansk", week(2026, 42), week(2026, 43)));
        w.planItems.addItem(w.leader, template.id(),
                draft("t-mix5", "natur-teknologi", week(2026, 53), week(2026, 53)));
        w.planItems.addItem(w.leader, template.id(), draft("t-dd2", "dansk", week(2027, 20), week(2027, 20)));
        // Next year the school has autumn holiday in week 42, and t-dd2 has left the catalogue.
        w.schoolHolidays.setHolidays(w.leader, w.f.school, 2027, Set.of(week(2027, 42)));
        var shipped = PlanningWorld.curriculum();
        w.sync.sync(new dk.opdag.curriculum.model.Curriculum(shipped.subjects(), shipped.frameworks(),
                shipped.activities().stream().filter(a -> !a.id().equals("t-dd2")).toList()),
                java.time.OffsetDateTime.now(w.clock));

        var result = w.yearCopy.copyToNextYear(w.leader, template.id(), null);

        assertThat(result.copied()).isEqualTo(3);
        assertThat(result.shifted()).isEqualTo(1);
        assertThat(result.skipped()).containsExactly("Test: tegn en robot");
        Plan next = w.plans.plan(w.leader, result.planId());
        assertThat(next.startYear()).isEqualTo(2027);
        assertThat(next.isTemplate()).isTrue();
        assertThat(w.planItems.items(w.leader, next.id()))
                .extracting(PlannedActivity::fromWeek, PlannedActivity::toWeek)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(week(2027, 36), week(2027, 37)),
                        org.assertj.core.groups.Tuple.tuple(week(2027, 43), week(2027, 44)),
                        // 2027 has no week 53: the item goes to week 52.
                        org.assertj.core.groups.Tuple.tuple(week(2027, 52), week(2027, 52)));
        assertThat(w.planItems.history(w.leader, next.id(), 0, 1).getFirst().kind()).isEqualTo(ChangeKind.COPIED);

        var again = refusal(() -> w.yearCopy.copyToNextYear(w.leader, template.id(), null));
        assertThat(danish(again)).isEqualTo("Planen i det næste skoleår har allerede 3 forløb. "
                + "Kopiér kun til en tom plan, så intet bliver overskrevet.");
        assertThat(w.planItems.countItems(w.leader, next.id(), ItemFilter.none())).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aClassPlanCanBeCopiedIntoNextYearsClassOfTheSameGradeByItsTeacher(TestDatabase db) {
        PlanningWorld w = new PlanningWorld(db);
        long plan = w.adoption.startClassPlan(w.bo, w.c5b).id();
        w.planItems.addItem(w.bo, plan, draft("t-ct5", "matematik", week(2026, 36), week(2026, 37)));
        long nextYear = w.f.schools.schoolYear(2027);
        long next5b = w.f.classes.create(w.f.school, nextYear, "5.B", 5, "N5B", dk.opdag.account.CodeKind.WORDS);
        long next6b = w.f.classes.create(w.f.school, nextYear, "6.B", 6, "N6B", dk.opdag.account.CodeKind.WORDS);
        w.f.classes.linkTeacher(w.bo.id(), next5b, List.of("matematik"));
        w.f.classes.linkTeacher(w.bo.id(), next6b, List.of("matematik"));

        assertThat(refusal(() -> w.yearCopy.copyToNextYear(w.bo, plan, next6b)).key())
                .isEqualTo("planning.error.copy-wrong-class");
        var copied = w.yearCopy.copyToNextYear(w.bo, plan, next5b);

        List<PlannedActivity> items = w.planItems.items(w.bo, copied.planId());
        assertThat(items).extracting(PlannedActivity::fromWeek).containsExactly(week(2027, 36));
        assertThat(items.getFirst().teacherName()).isEqualTo("Bo Berg");
    }
}
