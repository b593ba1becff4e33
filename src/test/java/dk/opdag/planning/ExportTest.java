package dk.opdag.planning;

import static dk.opdag.planning.PlanningWorld.week;
import static org.assertj.core.api.Assertions.assertThat;

import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.classroom.ClassAccess;
import dk.opdag.planning.export.PlanCsv;
import dk.opdag.planning.feed.CalendarFeedService;
import dk.opdag.planning.feed.PlanCalendar;
import dk.opdag.shell.OpdagI18nProvider;
import dk.opdag.testing.TestDatabase;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** CSV export and the iCalendar feed: what goes in, what stays out, and who can read it. */
class ExportTest {

    private static final OffsetDateTime SAVED = OffsetDateTime.of(2026, 11, 2, 8, 0, 0, 0, ZoneOffset.UTC);

    private static PlannedActivity item(long id, String title, int from, int to, String note) {
        return new PlannedActivity(id, 1, "t-" + id, title, 5, 6, false, "matematik", "Matematik", from, to, 7L,
                "Bo Berg", note, null, 3, SAVED);
    }

    @Test
    void csvIsForDanishSpreadsheetsAndNeverRunsAFormula() throws Exception {
        byte[] bytes = PlanCsv.write("5.B", "2026/27", List.of(
                item(1, "Sortér; som en computer", week(2026, 36), week(2026, 37), "Linje 1\nLinje \"2\""),
                item(2, "=HYPERLINK(\"http://x\")", week(2026, 53), week(2027, 1), "@SUM(A1)")),
                Map.of("t-1", List.of("Computationel tankegang", "Teknologisk handleevne")),
                OpdagI18nProvider.DANISH);

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(new StringReader(text))
                .getRecords();
        assertThat(rows).hasSize(3);
        assertThat(rows.getFirst().toList()).containsExactly("Plan", "Skoleår", "Fra uge", "Til uge", "Fra dato",
                "Til dato", "Aktivitet", "Aktivitetens id", "Fag", "Kompetenceområder", "Ansvarlig lærer", "Note");
        assertThat(rows.get(1).toList()).containsExactly("5.B", "2026/27", "36", "37", "2026-08-31", "2026-09-11",
                "Sortér; som en computer", "t-1", "Matematik", "Computationel tankegang, Teknologisk handleevne",
                "Bo Berg", "Linje 1\nLinje \"2\"");
        assertThat(rows.get(2).get(2)).isEqualTo("53");
        assertThat(rows.get(2).get(5)).isEqualTo("2027-01-08");
        assertThat(rows.get(2).get(6)).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(rows.get(2).get(11)).isEqualTo("'@SUM(A1)");
    }

    @Test
    void theCalendarHasOneTransparentAllDayEventPerItemAndNoNotes() throws Exception {
        String ics = PlanCalendar.write("5.B", "2026/27", List.of(
                item(1, "Sortér, som en computer; hurtigt", week(2026, 36), week(2026, 37), "Asta skal have hjælp"),
                item(2, "<script>alert(1)</script>", week(2026, 53), week(2026, 53), null)),
                "https://opdag.example", OpdagI18nProvider.DANISH);

        assertThat(ics).contains("\r\n").doesNotContain("Asta");
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(2);
        VEvent first = events.getFirst();
        assertThat(first.getSummary().getValue()).isEqualTo("Sortér, som en computer; hurtigt (Matematik)");
        assertThat(first.getDateTimeStart().getValue()).isEqualTo("20260831");
        assertThat(first.getDateTimeEnd().getValue()).isEqualTo("20260912");
        assertThat(first.getUid().orElseThrow().getValue()).isEqualTo("plan-item-1@opdag");
        assertThat(first.getProperty("TRANSP").orElseThrow().getValue()).isEqualTo("TRANSPARENT");
        assertThat(first.getProperty("URL").orElseThrow().getValue()).isEqualTo("https://opdag.example/aktivitet/t-1");
        assertThat(first.getDescription().getValue()).isEqualTo(
                "Teknologiforståelse i 5.B, uge 36–37, i Matematik. Vejledningen til forløbet ligger i Opdag.");
        assertThat(events.get(1).getSummary().getValue()).isEqualTo("<script>alert(1)</script> (Matematik)");
        assertThat(events.get(1).getDateTimeStart().getValue()).isEqualTo("20261228");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aFeedTokenWorksUntilItIsRenewedStoppedOrItsTeacherLeavesTheClass(TestDatabase db) {
        PlanningWorld w = new PlanningWorld(db);
        CalendarFeedService feeds = new CalendarFeedService(w.repository, w.f.classesApi, new ClassAccess(w.f.classes),
                w.f.accounts, w.clock);
        long plan = w.adoption.startClassPlan(w.bo, w.c5b).id();
        w.planItems.addItem(w.bo, plan, new ItemDraft("t-ct5", "matematik", week(2026, 36), week(2026, 37), w.bo.id(),
                "Asta og Magnus arbejder sammen"));
        w.f.pupil(w.c5b, "Asta", null, "kage tog 7");

        String token = feeds.renew(w.bo, w.c5b);
        assertThat(token).hasSizeGreaterThanOrEqualTo(43);
        String ics = feeds.calendar(token, "http://localhost").orElseThrow();
        assertThat(ics).contains("SUMMARY:Test: sortering (Matematik)").doesNotContain("Asta").doesNotContain("Bo Berg");
        assertThat(feeds.calendar(token.substring(0, 42) + "x", "http://localhost")).isEmpty();
        assertThat(feeds.calendar("kort", "http://localhost")).isEmpty();
        assertThat(w.f.dsl.fetchValue("select count(*) from plan_feed where token_hash = ?", token)).isEqualTo(0L);

        // Birgit's own address is hers; Bo renewing his does not end hers.
        String birgits = feeds.renew(w.birgit, w.c5b);
        String renewed = feeds.renew(w.bo, w.c5b);
        assertThat(feeds.calendar(token, "http://localhost")).isEmpty();
        assertThat(feeds.calendar(renewed, "http://localhost")).isPresent();
        assertThat(feeds.calendar(birgits, "http://localhost")).isPresent();

        feeds.stop(w.birgit, w.c5b);
        assertThat(feeds.calendar(birgits, "http://localhost")).isEmpty();

        // Leaving the class ends the subscription too.
        w.f.dsl.execute("delete from teacher_class_subject where teacher_id = ?", w.bo.id());
        w.f.dsl.execute("delete from teacher_class where teacher_id = ?", w.bo.id());
        assertThat(feeds.calendar(renewed, "http://localhost")).isEmpty();
    }

    private static dk.opdag.planning.feed.SchoolFeedService schoolFeeds(PlanningWorld w) {
        return new dk.opdag.planning.feed.SchoolFeedService(new dk.opdag.planning.feed.SchoolFeedRepository(w.f.dsl),
                w.repository, w.f.classesApi, w.f.schoolsApi, w.f.accounts, w.clock);
    }

    /** Issue 11, item 6: the feed's links never come from the request's Host header. */
    @org.junit.jupiter.api.AfterEach
    void noRequest() {
        org.springframework.web.context.request.RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void theFeedLinksToTheConfiguredAddressNeverToTheRequestsHost() {
        PlanningWorld w = new PlanningWorld(TestDatabase.H2);
        CalendarFeedService feeds = new CalendarFeedService(w.repository, w.f.classesApi, new ClassAccess(w.f.classes),
                w.f.accounts, w.clock);
        long plan = w.adoption.startClassPlan(w.bo, w.c5b).id();
        w.planItems.addItem(w.bo, plan, new ItemDraft("t-ct5", "matematik", week(2026, 36), week(2026, 37), w.bo.id(),
                null));
        String token = feeds.renew(w.bo, w.c5b);
        var forged = new org.springframework.mock.web.MockHttpServletRequest("GET", "/kalender/" + token + ".ics");
        forged.setServerName("evil.example");
        forged.addHeader("Host", "evil.example");
        org.springframework.web.context.request.RequestContextHolder.setRequestAttributes(
                new org.springframework.web.context.request.ServletRequestAttributes(forged));

        String unconfigured = new dk.opdag.planning.feed.CalendarFeedController(feeds, schoolFeeds(w), "").feed(token).getBody();
        assertThat(unconfigured).contains("SUMMARY:").doesNotContain("evil.example").doesNotContain("URL:");
        String configured = new dk.opdag.planning.feed.CalendarFeedController(feeds, schoolFeeds(w), "https://opdag.skole.dk/")
                .feed(token).getBody();
        assertThat(configured).doesNotContain("evil.example").contains("URL:https://opdag.skole.dk/aktivitet/t-ct5");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void onlyTheClassesTeachersGetAFeedAddress(TestDatabase db) {
        PlanningWorld w = new PlanningWorld(db);
        CalendarFeedService feeds = new CalendarFeedService(w.repository, w.f.classesApi, new ClassAccess(w.f.classes),
                w.f.accounts, w.clock);
        SignedInUser stranger = w.otherSchoolTeacher();
        for (SignedInUser who : List.of(stranger, w.anne, w.leader,
                new SignedInUser(w.f.pupil(w.c5b, "Asta", null, "x"), Role.PUPIL, "Asta", w.f.school))) {
            try {
                feeds.renew(who, w.c5b);
                throw new AssertionError(who + " got a feed address");
            } catch (PlanningException e) {
                assertThat(e.key()).isIn("planning.error.class-teachers-only", "planning.error.feed-teachers-only");
            }
        }
        assertThat(w.f.dsl.fetchCount(dk.opdag.db.Tables.PLAN_FEED)).isZero();
    }
}
