package dk.opdag.planning;

import static dk.opdag.planning.PlanningWorld.draft;
import static dk.opdag.planning.PlanningWorld.refusal;
import static dk.opdag.planning.PlanningWorld.week;
import static org.assertj.core.api.Assertions.assertThat;

import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Year plans coming to be: a grade's template, adopting it into classes, and who may see or change which plan. */
class PlanAdoptionTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void leaderBuildsATemplateTeachersAdoptItAndMoveAnItemAndTheHistorySaysWho(TestDatabase db) {
        PlanningWorld w = new PlanningWorld(db);
        Plan template = w.adoption.template(w.leader, w.f.school, 2026, 5);
        w.planItems.addItem(w.leader, template.id(), draft("t-ct5", "matematik", week(2026, 36), week(2026, 37)));
        w.planItems.addItem(w.leader, template.id(), draft("t-dm5", "dansk", week(2026, 40), week(2026, 41)));
        w.planItems.addItem(w.leader, template.id(),
                draft("t-mix5", "natur-teknologi", week(2027, 10), week(2027, 12)));

        var adopted = w.adoption.adopt(w.bo, w.c5b);
        assertThat(adopted.added()).isEqualTo(3);
        List<PlannedActivity> items = w.planItems.items(w.bo, adopted.planId());
        assertThat(items).extracting(PlannedActivity::activityId).containsExactly("t-ct5", "t-dm5", "t-mix5");
        // Each item goes to the class teacher who teaches its subject in 5.B.
        assertThat(items).extracting(PlannedActivity::teacherName)
                .containsExactly("Bo Berg", "Birgit Bach", "Bo Berg");

        PlannedActivity dm = items.get(1);
        PlannedActivity moved = w.planItems.moveItem(w.bo, dm.id(), dm.version(), week(2026, 44));
        assertThat(moved.fromWeek()).isEqualTo(week(2026, 44));
        assertThat(moved.toWeek()).isEqualTo(week(2026, 45));
        assertThat(moved.version()).isEqualTo(dm.version() + 1);

        List<PlanChange> history = w.planItems.history(w.leader, adopted.planId(), 0, 10);
        assertThat(history).extracting(PlanChange::kind)
                .containsExactly(ChangeKind.MOVED, ChangeKind.ADOPTED, ChangeKind.CREATED);
        assertThat(history.getFirst().actorName()).isEqualTo("Bo Berg");
        assertThat(history.getFirst().before()).isEqualTo("202640-202641");
        assertThat(history.getFirst().after()).isEqualTo("202644-202645");
        assertThat(w.planItems.history(w.bo, template.id(), 0, 10)).extracting(PlanChange::actorName)
                .containsOnly("Lene Leder");

        // The template is untouched by the class's move.
        assertThat(w.planItems.items(w.leader, template.id()).get(1).fromWeek()).isEqualTo(week(2026, 40));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void adoptingAgainAddsOnlyWhatIsNewAndKeepsTheClassesChanges(TestDatabase db) {
        PlanningWorld w = new PlanningWorld(db);
        Plan template = w.adoption.template(w.leader, w.f.school, 2026, 5);
        w.planItems.addItem(w.leader, template.id(), draft("t-ct5", "matematik", week(2026, 36), week(2026, 37)));
        long plan = w.adoption.adopt(w.bo, w.c5b).planId();
        PlannedActivity item = w.planItems.items(w.bo, plan).getFirst();
        w.planItems.moveItem(w.bo, item.id(), item.version(), week(2026, 48));
        w.planItems.addItem(w.leader, template.id(), draft("t-dm5", "dansk", week(2027, 2), week(2027, 3)));

        var again = w.adoption.adopt(w.bo, w.c5b);

        assertThat(again.planId()).isEqualTo(plan);
        assertThat(again.added()).isEqualTo(1);
        assertThat(w.planItems.items(w.bo, plan)).extracting(PlannedActivity::activityId, PlannedActivity::fromWeek)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("t-ct5", week(2026, 48)),
                        org.assertj.core.groups.Tuple.tuple("t-dm5", week(2027, 2)));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aTeacherCannotSeeOrChangeAnotherSchoolsPlanNorAClassThatIsNotTheirs(TestDatabase db) {
        PlanningWorld w = new PlanningWorld(db);
        Plan template = w.adoption.template(w.leader, w.f.school, 2026, 5);
        long classPlan = w.adoption.startClassPlan(w.bo, w.c5b).id();
        PlannedActivity item = w.planItems.addItem(w.bo, classPlan, draft("t-ct5", "matematik", week(2026, 36),
                week(2026, 37)));
        SignedInUser stranger = w.otherSchoolTeacher();

        assertThat(refusal(() -> w.plans.plan(stranger, classPlan)).key()).isEqualTo("planning.error.no-access");
        assertThat(refusal(() -> w.plans.plan(stranger, template.id())).key()).isEqualTo("planning.error.no-access");
        assertThat(refusal(() -> w.planItems.addItem(stranger, classPlan, draft("t-ct5", "matematik", week(2026, 40),
                week(2026, 40)))).key()).isEqualTo("planning.error.no-access");
        assertThat(refusal(() -> w.planItems.moveItem(stranger, item.id(), item.version(), week(2026, 40))).key())
                .isEqualTo("planning.error.no-access");
        assertThat(refusal(() -> w.planItems.removeItem(stranger, item.id(), item.version())).key())
                .isEqualTo("planning.error.no-access");
        assertThat(refusal(() -> w.adoption.template(stranger, w.f.school, 2026, 6)).key())
                .isEqualTo("planning.error.leaders-only");

        // Anne teaches 2.A: she may read the 5th grade template but not 5.B's plan, and change neither.
        assertThat(w.plans.plan(w.anne, template.id()).grade()).isEqualTo(5);
        assertThat(refusal(() -> w.plans.plan(w.anne, classPlan)).key()).isEqualTo("planning.error.no-access");
        assertThat(refusal(() -> w.planItems.addItem(w.anne, template.id(), draft("t-ct5", "matematik",
                week(2026, 40), week(2026, 40)))).key()).isEqualTo("planning.error.template-leaders-only");
        assertThat(refusal(() -> w.adoption.adopt(w.anne, w.c5b)).key())
                .isEqualTo("planning.error.class-teachers-only");

        // The leader reads the class plan but leaves changes to the class's teachers.
        assertThat(w.planItems.items(w.leader, classPlan)).hasSize(1);
        assertThat(refusal(() -> w.planItems.moveItem(w.leader, item.id(), item.version(), week(2026, 40))).key())
                .isEqualTo("planning.error.class-teachers-only");
        SignedInUser pupil = new SignedInUser(w.f.pupil(w.c5b, "Asta", null, "kage tog 7"), Role.PUPIL, "Asta",
                w.f.school);
        assertThat(refusal(() -> w.plans.plan(pupil, classPlan)).key()).isEqualTo("planning.error.no-access");
        assertThat(w.planItems.items(w.bo, classPlan).getFirst().version()).isEqualTo(item.version());
    }
}
