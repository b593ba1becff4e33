package dk.opdag.classroom.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.opdag.account.AccountPupilData;
import dk.opdag.account.AuditLog;
import dk.opdag.account.CodeKind;
import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.account.ThrottleRepository;
import dk.opdag.classroom.ClassAccess;
import dk.opdag.classroom.ClassroomException;
import dk.opdag.lab.LabPupilData;
import dk.opdag.testing.Fixtures;
import dk.opdag.testing.TestDatabase;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/** Issue 11, item 7: a pupil's data as a readable file, erasing a pupil, erasing a class at the end of the year. */
class PupilDataServiceTest {

    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 11, 2, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final org.jooq.Param<OffsetDateTime> TS = org.jooq.impl.DSL.inline(AT);

    /** Every table that holds something about a pupil, and the column that names the pupil. */
    private static final List<String[]> PUPIL_TABLES = List.of(
            new String[] {"lab_workspace", "pupil_id"}, new String[] {"lab_workspace_version", "pupil_id"},
            new String[] {"lab_run", "pupil_id"}, new String[] {"lab_hints_seen", "pupil_id"},
            new String[] {"lab_level_result", "pupil_id"},
            new String[] {"reflection_answer", "pupil_id"}, new String[] {"barometer_rating", "pupil_id"},
            new String[] {"teacher_note", "pupil_id"}, new String[] {"assignment_pupil", "pupil_id"},
            new String[] {"progress_event", "pupil_id"}, new String[] {"pupil_enrolment", "pupil_id"},
            new String[] {"measure_answer", "pupil_id"}, new String[] {"portfolio_entry", "pupil_id"},
            new String[] {"app_user", "id"},
            new String[] {"audit_log", "subject_user_id"},
            new String[] {"audit_log", "actor_id"}, new String[] {"login_device", "account_key"});

    private record World(Fixtures f, PupilDataService service, SignedInUser teacher, SignedInUser admin, long klass,
                         long alma, long noah) {
    }

    private World world(TestDatabase db) throws Exception {
        DSLContext dsl = db.fresh();
        Fixtures f = new Fixtures(dsl);
        long klass = f.newClass("2.A", "PRIV2A", CodeKind.PICTURE);
        long anne = f.teacher("anne");
        f.classes.linkTeacher(anne, klass, List.of("dansk"));
        long alma = f.pupil(klass, "Alma", "B", "hund+sol");
        long noah = f.pupil(klass, "Noah", null, "kat+ko");
        for (long pupil : List.of(alma, noah)) {
            work(dsl, pupil, anne, klass);
        }
        var tm = new DataSourceTransactionManager(
                ((org.jooq.impl.DataSourceConnectionProvider) dsl.configuration().connectionProvider()).dataSource());
        AuditLog audit = new AuditLog(dsl);
        PupilDataService service = new PupilDataService(new ClassAccess(f.classes), f.classes,
                List.of(new LabPupilData(dsl), new dk.opdag.portfolio.PortfolioPupilData(
                        new dk.opdag.portfolio.PortfolioRepository(dsl)), new ClassroomPupilData(dsl),
                        new dk.opdag.classroom.barometer.MeasurePupilData(
                                new dk.opdag.classroom.barometer.MeasureRepository(dsl)),
                        new AccountPupilData(dsl, new ThrottleRepository(dsl))),
                audit, dsl, tm);
        return new World(f, service, new SignedInUser(anne, Role.TEACHER, "Anne", f.school),
                new SignedInUser(1_000_000, Role.ADMIN, "Admin", null), klass, alma, noah);
    }

    /** One of everything a pupil leaves behind. */
    private static void work(DSLContext dsl, long pupil, long teacher, long klass) {
        dsl.execute("insert into lab_workspace (pupil_id, experiment_id, level_id, revision, workspace, saved_at)"
                + " values (?, 'robot', 'fix', 2, '{\"blocks\":\"mit program\"}', ?)", pupil, TS);
        dsl.execute("insert into lab_workspace_version (pupil_id, experiment_id, revision, workspace, saved_at)"
                + " values (?, 'robot', 1, '{\"blocks\":\"første udgave\"}', ?)", pupil, TS);
        dsl.execute("insert into lab_run (pupil_id, experiment_id, ran_at, passed, steps, revision)"
                + " values (?, 'robot', ?, true, 42, 2)", pupil, TS);
        dsl.execute("insert into lab_hints_seen (pupil_id, experiment_id, level_id, hints_seen, seen_at)"
                + " values (?, 'robot', 'fix', 1, ?)",
                pupil, TS);
        dsl.execute("insert into lab_level_result (pupil_id, experiment_id, level_id, best_score, best_at,"
                + " first_passed_at, runs, last_run_at) values (?, 'robot', 'fix', 30, ?, ?, 3, ?)", pupil, TS, TS, TS);
        dsl.execute("insert into teacher_note (pupil_id, experiment_id, teacher_id, hint, note_text, created_at)"
                + " values (?, 'robot', ?, true, 'Prøv at dreje til højre', ?)", pupil, teacher, TS);
        dsl.execute("insert into progress_event (class_id, pupil_id, experiment_id, kind, passed, occurred_at)"
                + " values (?, ?, 'robot', 'RAN', true, ?)", klass, pupil, TS);
        dsl.execute("insert into barometer_rating (pupil_id, school_year_id, dimension, rating, scale_max, rated_at)"
                + " select ?, school_year_id, 'BRUG', 2, 3, ? from pupil_enrolment where pupil_id = ?", pupil, TS, pupil);
        dsl.execute("insert into activity (id, title, intro, grade_from, grade_to, lessons, unplugged, cross_subject,"
                + " has_experiment, content_hash, body, search_text) select 'a-' || ?, 'Robotten', 'x', 0, 3, 1,"
                + " 'NONE', false, true, 'h', '{}', 'x' where not exists (select 1 from activity where id = 'a-' || ?)",
                String.valueOf(klass), String.valueOf(klass));
        dsl.execute("insert into assignment (class_id, activity_id, activity_title, assigned_by, whole_class, position,"
                + " state, assigned_on) select ?, 'a-' || ?, 'Robotten', ?, false, 1, 'OPEN', date '2026-11-02'"
                + " where not exists (select 1 from assignment where class_id = ?)", klass, String.valueOf(klass),
                teacher, klass);
        dsl.execute("insert into assignment_pupil (assignment_id, pupil_id) select id, ? from assignment"
                + " where class_id = ?", pupil, klass);
        dsl.execute("insert into reflection_answer (assignment_id, pupil_id, question_no, question, answer, revision,"
                + " answered_at) select id, ?, 0, 'Hvad lærte du?', 'Robotten drejer mod højre', 1, ? from assignment"
                + " where class_id = ?", pupil, TS, klass);
        dsl.execute("insert into measure_round (class_id, kind, band, opened_at) select ?, 'START', '0-3', ?"
                + " where not exists (select 1 from measure_round where class_id = ?)", klass, TS, klass);
        dsl.execute("insert into measure_answer (round_id, pupil_id, task_id, area, solved, score, answered_at)"
                + " select id, ?, 'robot-lige-ud', 'ct', true, 30, ? from measure_round where class_id = ?", pupil, TS,
                klass);
        dsl.execute("insert into audit_log (actor_id, action, subject_user_id) values (?, 'LOGIN', ?)", pupil, pupil);
        dsl.execute("insert into audit_log (actor_id, action, subject_user_id, detail) values (?, 'RESET_CODE', ?,"
                + " 'ny kode')", teacher, pupil);
        dsl.execute("insert into login_device (account_key, device_hash, trusted_at) values (?, 'abc', ?)",
                "pupil:" + pupil, TS);
        dsl.execute("insert into portfolio_entry (pupil_id, class_id, title, body, created_at, updated_at)"
                + " values (?, ?, 'Mit projekt', 'Jeg byggede en robotarm', ?, ?)", pupil, klass, TS, TS);
        dsl.execute("insert into portfolio_comment (entry_id, teacher_id, teacher_name, comment_text, created_at)"
                + " select id, ?, 'Anne', 'Flot arbejde', ? from portfolio_entry where pupil_id = ?", teacher, TS,
                pupil);
        dsl.execute("insert into portfolio_file (entry_id, file_name, media_type, size_bytes, content, uploaded_at)"
                + " select id, 'arm.png', 'image/png', 3, ?, ? from portfolio_entry where pupil_id = ?",
                new byte[] {1, 2, 3}, TS, pupil);
    }

    private static long count(DSLContext dsl, String table, String column, long pupil) {
        Object value = column.equals("account_key") ? "pupil:" + pupil : pupil;
        return ((Number) dsl.fetchValue("select count(*) from " + table + " where " + column + " = ?", value))
                .longValue();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theExportIsReadableAndHasEverything(TestDatabase db) throws Exception {
        World w = world(db);
        String text = w.service.export(w.teacher, w.klass, w.alma);
        assertThat(text).startsWith("Opdag: alle data om Alma B.")
                .contains("Klasser", "2.A", "mit program", "første udgave", "42 skridt", "1 tip",
                        "robot (niveau fix): 30 point, 3 kørsler",
                        "Robotten drejer mod højre", "BRUG: 2 af 3", "robot-lige-ud (ct): klaret",
                        "Prøv at dreje til højre", "Robotten",
                        "kørte, lykkedes", "LOGIN", "RESET_CODE",
                        "Jeg byggede en robotarm", "Flot arbejde", "arm.png")
                .doesNotContain("hund+sol") // the code is on the login cards, not in a file that travels
                .doesNotContain("Noah");
        assertThat(w.f.dsl.fetchCount(w.f.dsl.selectFrom(dk.opdag.db.Tables.AUDIT_LOG)
                .where(dk.opdag.db.Tables.AUDIT_LOG.ACTION.eq("EXPORT_PUPIL")))).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void erasingAPupilLeavesNothingButAnonymousAuditFacts(TestDatabase db) throws Exception {
        World w = world(db);
        long auditBefore = w.f.dsl.fetchCount(dk.opdag.db.Tables.AUDIT_LOG);
        w.service.erase(w.teacher, w.klass, w.alma);
        for (String[] t : PUPIL_TABLES) {
            assertThat(count(w.f.dsl, t[0], t[1], w.alma)).as(t[0] + "." + t[1]).isZero();
            assertThat(count(w.f.dsl, t[0], t[1], w.noah)).as("Noah's " + t[0]).isPositive();
        }
        // The audit entries stay (plus one for the erasure), without Alma.
        assertThat(w.f.dsl.fetchCount(dk.opdag.db.Tables.AUDIT_LOG)).isEqualTo(auditBefore + 1);
        assertThat(w.f.dsl.fetchValue("select count(*) from audit_log where detail = 'ny kode'")).isEqualTo(1L);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void onlyTheClassesTeachersAndAdminsMayExportOrErase(TestDatabase db) throws Exception {
        World w = world(db);
        long bo = w.f.teacher("bo");
        SignedInUser other = new SignedInUser(bo, Role.TEACHER, "Bo", w.f.school);
        SignedInUser leader = new SignedInUser(bo + 1, Role.LEADER, "Lene", w.f.school);
        assertThatThrownBy(() -> w.service.export(other, w.klass, w.alma)).isInstanceOf(ClassroomException.class);
        assertThatThrownBy(() -> w.service.erase(leader, w.klass, w.alma)).isInstanceOf(ClassroomException.class);
        assertThatThrownBy(() -> w.service.eraseClass(w.teacher, w.klass)).isInstanceOf(ClassroomException.class);
        long stranger = w.f.pupil(w.f.newClass("5.B", "PRIV5B", CodeKind.WORDS), "Asta", null, "kage-tog-7");
        assertThatThrownBy(() -> w.service.export(w.teacher, w.klass, stranger))
                .isInstanceOf(ClassroomException.class); // not in this class
        assertThat(count(w.f.dsl, "app_user", "id", w.alma)).isOne();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void erasingAClassAtYearEndKeepsPupilsWhoMovedOnToALaterClass(TestDatabase db) throws Exception {
        World w = world(db);
        // Noah goes on to 3.A next school year.
        w.f.dsl.execute("insert into school_year (start_year, starts_on, ends_on) select start_year + 1,"
                + " starts_on + 365, ends_on + 365 from school_year where id = ?", w.f.year);
        long nextYear = ((Number) w.f.dsl.fetchValue("select max(id) from school_year")).longValue();
        long next = w.f.classes.create(w.f.school, nextYear, "3.A", 3, "PRIV3A", CodeKind.PICTURE);
        w.f.classes.enrol(w.noah, next, nextYear);

        var result = w.service.eraseClass(w.admin, w.klass);
        assertThat(result).isEqualTo(new PupilDataService.ClassErased(1, 1));
        assertThat(count(w.f.dsl, "app_user", "id", w.alma)).isZero();
        assertThat(count(w.f.dsl, "lab_run", "pupil_id", w.noah)).isOne();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void retentionErasesPupilsWhoLeftLongAgoAndOldAuditEntries(TestDatabase db) throws Exception {
        World w = world(db);
        w.f.dsl.execute("insert into school_year (start_year, starts_on, ends_on)"
                + " values (2023, date '2023-08-01', date '2024-06-30')");
        long oldYear = ((Number) w.f.dsl.fetchValue("select id from school_year where start_year = 2023")).longValue();
        long oldClass = w.f.classes.create(w.f.school, oldYear, "9.X", 9, "PRIV9X", CodeKind.WORDS);
        long left = w.f.users.createPupil(w.f.school, "Viggo", null, "sol-is-1");
        w.f.classes.enrol(left, oldClass, oldYear);
        work(w.f.dsl, left, w.teacher.id(), oldClass);
        w.f.dsl.execute("update app_user set created_at = {0} where id = {1}",
                org.jooq.impl.DSL.inline(AT.minusYears(3)), org.jooq.impl.DSL.inline(left));
        w.f.dsl.execute("insert into audit_log (occurred_at, action) values ({0}, 'LOGIN')",
                org.jooq.impl.DSL.inline(AT.minusYears(4)));

        var clock = java.time.Clock.fixed(AT.toInstant(), ZoneOffset.UTC);
        var tm = new DataSourceTransactionManager(
                ((org.jooq.impl.DataSourceConnectionProvider) w.f.dsl.configuration().connectionProvider())
                        .dataSource());
        PrivacyRetention retention = new PrivacyRetention(w.f.dsl, List.of(new LabPupilData(w.f.dsl),
                new dk.opdag.portfolio.PortfolioPupilData(new dk.opdag.portfolio.PortfolioRepository(w.f.dsl)),
                new ClassroomPupilData(w.f.dsl), new dk.opdag.classroom.barometer.MeasurePupilData(
                        new dk.opdag.classroom.barometer.MeasureRepository(w.f.dsl)),
                new AccountPupilData(w.f.dsl, new ThrottleRepository(w.f.dsl))),
                new AuditLog(w.f.dsl), tm, clock, java.time.Period.ofYears(1), java.time.Period.ofYears(3));
        assertThat(retention.run()).isEqualTo(1);
        assertThat(count(w.f.dsl, "app_user", "id", left)).isZero();
        assertThat(count(w.f.dsl, "lab_run", "pupil_id", left)).isZero();
        assertThat(count(w.f.dsl, "app_user", "id", w.alma)).isOne();
        assertThat(w.f.dsl.fetchValue("select count(*) from audit_log where occurred_at < {0}",
                org.jooq.impl.DSL.inline(AT.minusYears(3)))).isEqualTo(0L);
        assertThat(retention.run()).isZero(); // nothing more to do
    }
}
