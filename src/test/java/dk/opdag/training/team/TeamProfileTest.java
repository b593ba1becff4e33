package dk.opdag.training.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.testing.TestDatabase;
import dk.opdag.training.TrainingWorld;
import dk.opdag.training.content.Dimension;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * KL's five steps on a real database, and the anonymity promises: 2 answers show nothing, 3 show the aggregate,
 * and removing (or adding) a member can never reveal one person's answer.
 */
class TeamProfileTest {

    private static BigDecimal dimension(TeamRepository.Profile p, Dimension d) {
        return p.dimensions().stream().filter(x -> x.dimension() == d).findFirst().orElseThrow().mean();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void twoAnswersShowNothingAndThreeShowOnlyTheAggregate(TestDatabase db) {
        TrainingWorld w = new TrainingWorld(db);
        List<SignedInUser> t = w.teachers("indsk", 4);
        long team = w.teams.create(w.leader, "Indskolingen");
        t.forEach(x -> w.teams.addMember(w.leader, team, x.id()));
        w.teams.setTargets(w.leader, team, Map.of(Dimension.DIDAKTIK, 4));
        w.assessAll(t.get(0), 1);
        w.assessAll(t.get(1), 2);
        w.assessments.startOrResume(t.get(2)); // paused: does not count

        var two = w.teams.publish(t.get(0), team);
        assertThat(two.decision()).isEqualTo(AnonymityRule.Decision.TOO_FEW);
        assertThat(two.answers()).isEqualTo(2);
        TeamRepository.Profile hidden = w.teams.profile(t.get(0), team, two.profileId());
        assertThat(hidden.summary().shown()).isFalse();
        assertThat(hidden.dimensions()).isEmpty();
        assertThat(hidden.items()).isEmpty();
        assertThat(w.teams.latestShown(t.get(0), team)).isEmpty();

        w.assessAll(t.get(3), 3);
        var three = w.teams.publish(t.get(3), team);
        assertThat(three.decision()).isEqualTo(AnonymityRule.Decision.SHOW);
        TeamRepository.Profile shown = w.teams.profile(t.get(0), team, three.profileId());
        assertThat(shown.summary().answers()).isEqualTo(3);
        assertThat(dimension(shown, Dimension.ANVENDELSE)).isEqualByComparingTo("2.0");
        assertThat(shown.dimensions()).filteredOn(d -> d.dimension() == Dimension.DIDAKTIK).singleElement()
                .satisfies(d -> assertThat(d.target()).isEqualTo(4));
        assertThat(shown.items()).allMatch(i -> i.mean().compareTo(new BigDecimal("2.0")) == 0);
        assertThat(w.teams.overview(t.get(1), team).assessed()).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void removingOrAddingAMemberCannotRevealAnAnswer(TestDatabase db) {
        TrainingWorld w = new TrainingWorld(db);
        List<SignedInUser> t = w.teachers("mel", 6);
        long team = w.teams.create(w.leader, "Mellemtrinnet");
        for (int i = 0; i < 4; i++) {
            w.teams.addMember(w.leader, team, t.get(i).id());
        }
        w.assessAll(t.get(0), 1);
        w.assessAll(t.get(1), 1);
        w.assessAll(t.get(2), 1);
        w.assessAll(t.get(3), 5); // the one who will leave
        var first = w.teams.publish(w.leader, team);
        assertThat(first.decision()).isEqualTo(AnonymityRule.Decision.SHOW);
        BigDecimal before = dimension(w.teams.profile(w.leader, team, first.profileId()), Dimension.ANVENDELSE);
        assertThat(before).isEqualByComparingTo("2.0");

        // She leaves: the old picture stays as it was, and no new picture of the other three may appear, or the
        // difference (4 × 2.0 − 3 × 1.0) would be her answer.
        w.teams.removeMember(w.leader, team, t.get(3).id());
        var afterLeaving = w.teams.publish(w.leader, team);
        assertThat(afterLeaving.decision()).isEqualTo(AnonymityRule.Decision.TOO_CLOSE);
        assertThat(afterLeaving.profileId()).isNull();
        assertThat(w.teams.overview(w.leader, team).profiles()).hasSize(1);
        assertThat(dimension(w.teams.profile(w.leader, team, first.profileId()), Dimension.ANVENDELSE))
                .isEqualByComparingTo(before);

        // One newcomer with an answer: two people differ now (one left, one joined) – still refused.
        w.teams.addMember(w.leader, team, t.get(4).id());
        w.assessAll(t.get(4), 3);
        assertThat(w.teams.publish(w.leader, team).decision()).isEqualTo(AnonymityRule.Decision.TOO_CLOSE);
        // A member answering again changes nothing until three people differ.
        w.l.clock.advance(java.time.Duration.ofDays(1));
        w.assessAll(t.get(0), 2);
        var enough = w.teams.publish(w.leader, team);
        assertThat(enough.decision()).isEqualTo(AnonymityRule.Decision.SHOW);
        TeamRepository.Profile latest = w.teams.profile(w.leader, team, enough.profileId());
        assertThat(latest.summary().answers()).isEqualTo(4);
        assertThat(dimension(latest, Dimension.ANVENDELSE)).isEqualByComparingTo(
                new BigDecimal("1.75").setScale(1, java.math.RoundingMode.HALF_UP));
        assertThat(w.teams.publish(w.leader, team).decision()).isEqualTo(AnonymityRule.Decision.NOTHING_NEW);
        assertThat(w.teams.overview(w.leader, team).profiles()).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void leadersLookingAtAggregatesAreAuditedAndOthersAreRefused(TestDatabase db) {
        TrainingWorld w = new TrainingWorld(db);
        List<SignedInUser> t = w.teachers("uds", 3);
        long team = w.teams.create(w.leader, "Udskolingen");
        t.forEach(x -> w.teams.addMember(w.leader, team, x.id()));
        t.forEach(x -> w.assessAll(x, 2));
        long profile = w.teams.publish(t.get(0), team).profileId();

        int before = w.l.dsl.fetchCount(dk.opdag.db.Tables.AUDIT_LOG,
                dk.opdag.db.Tables.AUDIT_LOG.ACTION.eq(TeamService.AUDIT_PROFILE_VIEW));
        w.teams.profile(t.get(1), team, profile);
        w.teams.profile(w.leader, team, profile);
        w.teams.latestShown(w.leader, team);
        var rows = w.l.dsl.selectFrom(dk.opdag.db.Tables.AUDIT_LOG)
                .where(dk.opdag.db.Tables.AUDIT_LOG.ACTION.eq(TeamService.AUDIT_PROFILE_VIEW)).fetch();
        assertThat(rows).hasSize(before + 2).allMatch(r -> r.getActorId() == w.leader.id());
        assertThat(rows.getFirst().getDetail()).contains("team " + team);

        SignedInUser outsider = w.l.bo;
        assertThatThrownBy(() -> w.teams.profile(outsider, team, profile)).hasMessage("training.team.error.no-access");
        assertThatThrownBy(() -> w.teams.overview(outsider, team)).hasMessage("training.team.error.no-access");
        assertThatThrownBy(() -> w.teams.publish(outsider, team)).hasMessage("training.team.error.no-access");
        assertThatThrownBy(() -> w.teams.addMember(t.get(0), team, outsider.id()))
                .hasMessage("training.error.leaders-only");
        long otherSchool = w.l.f.schools.createSchool(w.l.f.schools.municipality("Testkommune"), "Andenskolen");
        SignedInUser otherLeader = new SignedInUser(w.l.f.users.createStaff(Role.LEADER, otherSchool, "leder2",
                "{noop}x", "Anden Leder"), Role.LEADER, "Anden Leder", otherSchool);
        assertThatThrownBy(() -> w.teams.profile(otherLeader, team, profile))
                .hasMessage("training.team.error.no-access");
        assertThatThrownBy(() -> w.teams.addMember(w.leader, team, otherLeader.id()))
                .hasMessage("training.team.error.member");
        assertThat(w.teams.teamsFor(outsider)).isEmpty();
        assertThat(w.teams.teamsFor(t.get(0))).extracting(TeamRepository.Team::name).containsExactly("Udskolingen");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void leadersSeeParticipationCountsAndTeamsPutModulesInTheYearPlan(TestDatabase db) {
        TrainingWorld w = new TrainingWorld(db);
        List<SignedInUser> t = w.teachers("p", 3);
        long team = w.teams.create(w.leader, "Indskolingen");
        w.teams.create(w.leader, "Tomt team");
        t.forEach(x -> w.teams.addMember(w.leader, team, x.id()));
        w.assessAll(t.get(0), 2);
        w.moduleRepository.complete(t.get(0).id(), "sekvens", "programmering", null,
                java.time.OffsetDateTime.now(w.l.clock));
        w.moduleRepository.complete(t.get(1).id(), "sekvens", "programmering", null,
                java.time.OffsetDateTime.now(w.l.clock));

        var participation = w.teams.participation(w.leader);
        assertThat(participation).extracting(TeamRepository.Participation::name)
                .containsExactly("Indskolingen", "Tomt team");
        assertThat(participation.getFirst()).satisfies(p -> {
            assertThat(p.members()).isEqualTo(3);
            assertThat(p.assessed()).isEqualTo(1);
            assertThat(p.modulesCompleted()).isEqualTo(2);
        });
        assertThatThrownBy(() -> w.teams.participation(t.get(0))).hasMessage("training.error.leaders-only");

        int week45 = new dk.opdag.planning.Week(2026, 45).code();
        int week46 = new dk.opdag.planning.Week(2026, 46).code();
        var item = w.teamPlans.putInYearPlan(t.get(1), team, "loekker", week45, week46, "Før juleferien");
        assertThat(item.groupName()).isEqualTo("Indskolingen");
        assertThat(item.title()).isEqualTo(w.catalog.module("loekker").orElseThrow().title());
        assertThat(w.trainingPlans.ofSchool(w.leader, 2026)).singleElement()
                .satisfies(i -> assertThat(i.fromWeek()).isEqualTo(week45));
        assertThat(w.teamPlans.itemsOf(t.get(0), team)).hasSize(1);
        int autumnHoliday = new dk.opdag.planning.Week(2026, 42).code();
        w.l.dsl.insertInto(dk.opdag.db.Tables.PLAN_HOLIDAY).set(dk.opdag.db.Tables.PLAN_HOLIDAY.SCHOOL_ID, w.l.f.school)
                .set(dk.opdag.db.Tables.PLAN_HOLIDAY.SCHOOL_YEAR_ID, w.l.f.year)
                .set(dk.opdag.db.Tables.PLAN_HOLIDAY.WEEK, autumnHoliday).execute();
        assertThatThrownBy(() -> w.teamPlans.putInYearPlan(t.get(1), team, "loekker", autumnHoliday, week45, null))
                .hasMessage("planning.error.holiday");
        assertThatThrownBy(() -> w.teamPlans.putInYearPlan(t.get(1), team, "loekker", week46, week45, null))
                .hasMessage("planning.error.weeks-backwards");
        assertThatThrownBy(() -> w.teamPlans.putInYearPlan(w.l.bo, team, "loekker", week45, week45, null))
                .hasMessage("training.team.error.no-access");
        assertThatThrownBy(() -> w.trainingPlans.ofSchool(w.l.pupil(w.l.asta, "Asta"), 2026))
                .hasMessage("planning.error.no-access");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void dialogueNotesAreSavedWithTheDateForTheTeam(TestDatabase db) {
        TrainingWorld w = new TrainingWorld(db);
        List<SignedInUser> t = w.teachers("d", 2);
        long team = w.teams.create(w.leader, "Dansk");
        t.forEach(x -> w.teams.addMember(w.leader, team, x.id()));
        w.dialogue.save(t.get(0), team, "udv-mindste-skridt", "Vi prøver løkker i uge 47.");
        assertThat(w.dialogue.notes(t.get(1), team)).singleElement().satisfies(n -> {
            assertThat(n.card().id()).isEqualTo("udv-mindste-skridt");
            assertThat(n.writtenAt().toLocalDate()).isEqualTo(java.time.LocalDate.of(2026, 11, 2));
        });
        assertThat(w.dialogue.notes(w.leader, team)).hasSize(1);
        assertThatThrownBy(() -> w.dialogue.notes(w.l.bo, team)).hasMessage("training.team.error.no-access");
        assertThatThrownBy(() -> w.dialogue.save(t.get(0), team, "intet-kort", "x"))
                .hasMessage("training.dialogue.error.card");
        assertThatThrownBy(() -> w.dialogue.save(t.get(0), team, "udv-mindste-skridt", " "))
                .hasMessage("training.dialogue.error.note");
    }
}
