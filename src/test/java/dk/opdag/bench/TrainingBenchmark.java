package dk.opdag.bench;

import static dk.opdag.db.Tables.APP_USER;
import static dk.opdag.db.Tables.SCHOOL;
import static dk.opdag.db.Tables.TRAINING_TEAM;
import static dk.opdag.db.Tables.TRAINING_TEAM_MEMBER;
import static org.jooq.impl.DSL.min;

import dk.opdag.account.AuditLog;
import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.account.StaffAccounts;
import dk.opdag.account.UserRepository;
import dk.opdag.classroom.ClassRepository;
import dk.opdag.classroom.SchoolAdminService;
import dk.opdag.classroom.SchoolRepository;
import dk.opdag.testing.TestDatabase;
import dk.opdag.training.content.Dimension;
import dk.opdag.training.team.TeamRepository;
import dk.opdag.training.team.TeamService;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dk.opdag.shell.DatabaseConfig;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.security.crypto.password.NoOpPasswordEncoder;

/**
 * Team profiles and the leader's training overview for a municipality on embedded PostgreSQL (H2 beside it for
 * comparison): 50 schools, 2,000 teachers (40 per school), 200 teams (4 per school, 10 teachers each), 5 finished
 * self-assessments per teacher (10,000 assessments, 240,000 answers), 5 completed modules per teacher and one shown
 * profile per team. Generated with set-based SQL; each benchmark asks for one team or one school, as a page does.
 * Run: tools/bench/run.sh TrainingBenchmark
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class TrainingBenchmark {

    static final int SCHOOLS = 50;
    static final int TEACHERS_PER_SCHOOL = 40;
    static final int TEAMS_PER_SCHOOL = 4;
    static final int ASSESSMENTS_PER_TEACHER = 5;
    static final int MODULES_PER_TEACHER = 5;
    static final int ITEMS = 24;

    @Param({"POSTGRES", "H2"})
    public String database;

    private HikariDataSource pool;
    private TeamService teams;
    private TeamRepository repository;
    private SignedInUser leader;
    private SignedInUser member;
    private long teamId;

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        MunicipalityDatabase.quietLogging();
        TestDatabase db = TestDatabase.valueOf(database);
        DSLContext fresh = db.fresh();
        generate(fresh);
        // A connection pool, as the app has one: queries are timed, not connection set-up.
        HikariConfig config = new HikariConfig();
        config.setDataSource(((DataSourceConnectionProvider) fresh.configuration().connectionProvider()).dataSource());
        config.setMaximumPoolSize(4);
        pool = new HikariDataSource(config);
        DSLContext dsl = DSL.using(pool, fresh.dialect(), DatabaseConfig.jooqSettings().withExecuteLogging(false));
        Clock clock = Clock.fixed(Instant.parse("2027-02-17T09:00:00Z"), ZoneId.of("Europe/Copenhagen"));
        UserRepository users = new UserRepository(dsl);
        @SuppressWarnings("deprecation")
        StaffAccounts accounts = new StaffAccounts(users, NoOpPasswordEncoder.getInstance());
        SchoolAdminService schools = new SchoolAdminService(new SchoolRepository(dsl), new ClassRepository(dsl),
                accounts, clock);
        repository = new TeamRepository(dsl);
        teams = new TeamService(repository, schools, new AuditLog(dsl), clock);
        long school = dsl.select(min(SCHOOL.ID)).from(SCHOOL).fetchSingle().value1();
        long leaderId = dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.ROLE.eq(Role.LEADER.name()))
                .and(APP_USER.SCHOOL_ID.eq(school)).fetchSingle().value1();
        leader = new SignedInUser(leaderId, Role.LEADER, "Leder", school);
        teamId = dsl.select(min(TRAINING_TEAM.ID)).from(TRAINING_TEAM).where(TRAINING_TEAM.SCHOOL_ID.eq(school))
                .fetchSingle().value1();
        long memberId = dsl.select(min(TRAINING_TEAM_MEMBER.TEACHER_ID)).from(TRAINING_TEAM_MEMBER)
                .where(TRAINING_TEAM_MEMBER.TEAM_ID.eq(teamId)).fetchSingle().value1();
        member = new SignedInUser(memberId, Role.TEACHER, "Lærer", school);
        // A shown profile per team, as a team that has published once has.
        TeamService.PublishResult first = teams.publish(member, teamId);
        if (first.decision() != dk.opdag.training.team.AnonymityRule.Decision.SHOW
                || teams.participation(leader).size() != TEAMS_PER_SCHOOL
                || teams.overview(member, teamId).assessed() != TEACHERS_PER_SCHOOL / TEAMS_PER_SCHOOL) {
            throw new IllegalStateException("seeding went wrong: " + first + " " + teams.participation(leader));
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        pool.close();
    }

    private static void generate(DSLContext dsl) throws SQLException {
        long start = System.nanoTime();
        try (Connection c = dsl.configuration().connectionProvider().acquire(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO municipality (name) VALUES ('Benchmark Kommune')");
            for (int i = 1; i <= SCHOOLS; i++) {
                s.execute("INSERT INTO school (municipality_id, name) SELECT id, 'Skole " + i + "' FROM municipality");
            }
            s.execute("INSERT INTO app_user (role, school_id, username, password_hash, name) "
                    + "SELECT 'LEADER', id, 'leder' || id, 'x', 'Leder ' || id FROM school");
            // The teacher's number at the school goes in "initial", so the teams can be filled with set-based SQL.
            for (int t = 1; t <= TEACHERS_PER_SCHOOL; t++) {
                s.execute("INSERT INTO app_user (role, school_id, username, password_hash, name, initial) "
                        + "SELECT 'TEACHER', id, 'l' || id || '-" + t + "', 'x', 'Lærer " + t + "', '" + t
                        + "' FROM school");
            }
            for (int k = 1; k <= TEAMS_PER_SCHOOL; k++) {
                s.execute("INSERT INTO training_team (school_id, name, created_by, created_at) "
                        + "SELECT s.id, 'Team " + k + "', u.id, CURRENT_TIMESTAMP FROM school s "
                        + "JOIN app_user u ON u.school_id = s.id AND u.role = 'LEADER'");
            }
            // Teacher t of a school joins team ((t - 1) % 4) + 1 of that school: 10 per team.
            s.execute("INSERT INTO training_team_member (team_id, teacher_id, added_at) "
                    + "SELECT tm.id, u.id, CURRENT_TIMESTAMP FROM app_user u JOIN training_team tm "
                    + "ON tm.school_id = u.school_id AND tm.name = 'Team ' || (MOD(CAST(u.initial AS INT) - 1, "
                    + TEAMS_PER_SCHOOL + ") + 1) "
                    + "WHERE u.role = 'TEACHER'");
            for (String d : List.of("ANVENDELSE", "TEKNOLOGIFORSTAAELSE", "DIDAKTIK", "UDVIKLING")) {
                s.execute("INSERT INTO training_team_target (team_id, dimension, target, set_by, set_at) "
                        + "SELECT id, '" + d + "', 4, created_by, CURRENT_TIMESTAMP FROM training_team");
            }
            for (int a = 1; a <= ASSESSMENTS_PER_TEACHER; a++) {
                s.execute("INSERT INTO training_assessment (teacher_id, started_at, updated_at, finished_at) "
                        + "SELECT id, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM app_user "
                        + "WHERE role = 'TEACHER'");
            }
            String[] dims = {"ANVENDELSE", "TEKNOLOGIFORSTAAELSE", "DIDAKTIK", "UDVIKLING"};
            for (int item = 0; item < ITEMS; item++) {
                s.execute("INSERT INTO training_answer (assessment_id, item_id, dimension, rating) "
                        + "SELECT id, 'item-" + item + "', '" + dims[item / 6] + "', MOD(id + " + item + ", 6) "
                        + "FROM training_assessment");
            }
            for (int m = 1; m <= MODULES_PER_TEACHER; m++) {
                s.execute("INSERT INTO training_module_progress (teacher_id, module_id, track_id, started_at, "
                        + "completed_at) SELECT id, 'modul-" + m + "', 'forloeb', CURRENT_TIMESTAMP, "
                        + "CURRENT_TIMESTAMP FROM app_user WHERE role = 'TEACHER'");
            }
            if (dsl.dialect().family() == org.jooq.SQLDialect.POSTGRES) {
                s.execute("ANALYZE");
            }
        }
        System.out.printf("Training municipality generated in %d ms%n", (System.nanoTime() - start) / 1_000_000);
    }

    /** What a team page reads: members, participation count, targets, profiles and the newest shown profile. */
    @Benchmark
    public Object teamProfilePage() {
        return List.of(teams.overview(member, teamId), teams.latestShown(member, teamId).orElseThrow());
    }

    /** The aggregate a new team profile is made of: newest assessments of the members, means per dimension/item. */
    @Benchmark
    public Object teamProfileAggregate() {
        Map<Long, Long> sources = repository.latestFinishedOfMembers(teamId);
        Map<Dimension, BigDecimal> dims = repository.meanByDimension(sources.values());
        return List.of(sources, dims, repository.meanByItem(sources.values()));
    }

    /** The leader's training overview of the school: participation per team (counts only). */
    @Benchmark
    public Object schoolOverview() {
        return teams.participation(leader);
    }
}
