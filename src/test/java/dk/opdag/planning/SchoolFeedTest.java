package dk.opdag.planning;

import static dk.opdag.planning.PlanningWorld.week;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.classroom.ClassAccess;
import dk.opdag.planning.feed.CalendarFeedController;
import dk.opdag.planning.feed.CalendarFeedService;
import dk.opdag.planning.feed.SchoolFeedRepository;
import dk.opdag.planning.feed.SchoolFeedService;
import dk.opdag.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The leader's calendar of the whole school's year plan: what is in it, who gets one, and when it stops. */
class SchoolFeedTest {

    private static SchoolFeedService feeds(PlanningWorld w) {
        return new SchoolFeedService(new SchoolFeedRepository(w.f.dsl), w.repository, w.f.classesApi, w.f.schoolsApi,
                w.f.accounts, w.clock);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theLeaderSubscribesToEveryClassPlanOfTheSchoolAndCanRenewOrStop(TestDatabase db) {
        PlanningWorld w = new PlanningWorld(db);
        SchoolFeedService feeds = feeds(w);
        long plan5b = w.adoption.startClassPlan(w.bo, w.c5b).id();
        w.planItems.addItem(w.bo, plan5b, new ItemDraft("t-ct5", "matematik", week(2026, 48), week(2026, 49), null,
                "Noten nævner Asta"));
        long plan8c = w.adoption.startClassPlan(w.carla, w.c8c).id();
        w.planItems.addItem(w.carla, plan8c, new ItemDraft("t-th8", "fysik-kemi", week(2027, 3), week(2027, 4), null,
                null));

        assertThat(feeds.current(w.leader)).isEmpty();
        String token = feeds.renew(w.leader);
        assertThat(feeds.current(w.leader)).isPresent();

        String ics = feeds.calendar(token, "https://opdag.skole.dk").orElseThrow();
        assertThat(ics).contains("BEGIN:VCALENDAR").contains("SUMMARY:5.B: Test: sortering (Matematik)")
                .contains("SUMMARY:8.C: Test: netværk (Fysik/kemi)").contains("URL:https://opdag.skole.dk/aktivitet/t-ct5")
                .contains("UID:school-plan-item-").doesNotContain("Asta");
        // The teachers' class feeds and the school feed share the address form, one controller answers both.
        CalendarFeedService classFeeds = new CalendarFeedService(w.repository, w.f.classesApi,
                new ClassAccess(w.f.classes), w.f.accounts, w.clock);
        assertThat(new CalendarFeedController(classFeeds, feeds, "").feed(token).getStatusCode().value())
                .isEqualTo(200);

        String renewed = feeds.renew(w.leader);
        assertThat(feeds.calendar(token, "")).as("the old address stops at once").isEmpty();
        assertThat(feeds.calendar(renewed, "")).isPresent();
        feeds.stop(w.leader);
        assertThat(feeds.calendar(renewed, "")).isEmpty();
        assertThat(feeds.current(w.leader)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void onlyLeadersGetOneAndItStopsWhenTheAccountCloses(TestDatabase db) {
        PlanningWorld w = new PlanningWorld(db);
        SchoolFeedService feeds = feeds(w);
        SignedInUser pupil = new SignedInUser(w.f.pupil(w.c5b, "Asta", null, "x"), Role.PUPIL, "Asta", w.f.school);
        SignedInUser admin = new SignedInUser(w.f.users.createStaff(Role.ADMIN, null, "adm", "{noop}x", "Ad"),
                Role.ADMIN, "Ad", null);
        for (SignedInUser who : List.of(w.bo, pupil, admin)) {
            assertThatThrownBy(() -> feeds.renew(who)).as(who.role().name()).isInstanceOf(PlanningException.class)
                    .hasMessage("planning.error.feed-leaders-only");
        }
        String token = feeds.renew(w.leader);
        assertThat(feeds.calendar(token, "")).isPresent();
        assertThat(feeds.calendar("x".repeat(43), "")).isEmpty();
        w.f.dsl.update(dk.opdag.db.Tables.APP_USER).set(dk.opdag.db.Tables.APP_USER.ACTIVE, false)
                .where(dk.opdag.db.Tables.APP_USER.ID.eq(w.leader.id())).execute(); // the account is closed
        assertThat(feeds.calendar(token, "")).isEmpty();
    }
}
