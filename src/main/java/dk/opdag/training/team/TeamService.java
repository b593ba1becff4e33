package dk.opdag.training.team;

import dk.opdag.account.AuditLog;
import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.classroom.SchoolAdminService;
import dk.opdag.training.Staff;
import dk.opdag.training.TrainingException;
import dk.opdag.training.content.Dimension;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * KL's five steps for a team: the leader makes the team and its members; leader and team set targets; members
 * assess themselves (in their own profile); the team publishes target vs actual as aggregates only (see
 * {@link AnonymityRule}); the team puts modules in the year plan (see {@code TeamPlanService}). A leader's look at a
 * team profile is written to the audit log.
 */
@Service
public class TeamService {

    public static final String AUDIT_PROFILE_VIEW = "TRAINING_TEAM_PROFILE";
    public static final int MAX_NAME = 80;

    private final TeamRepository teams;
    private final SchoolAdminService schools;
    private final AuditLog audit;
    private final Clock clock;

    public TeamService(TeamRepository teams, SchoolAdminService schools, AuditLog audit, Clock clock) {
        this.teams = teams;
        this.schools = schools;
        this.audit = audit;
        this.clock = clock;
    }

    public record Member(long id, String name) {
    }

    /** Teachers of the leader's school, for choosing members. */
    @Transactional(readOnly = true)
    public List<Member> teachersOfSchool(SignedInUser user) {
        Staff.require(user);
        return schools.staffOfSchool(user.schoolId()).stream().filter(s -> s.role() == Role.TEACHER)
                .map(s -> new Member(s.id(), s.name())).toList();
    }

    @Transactional
    public long create(SignedInUser leader, String rawName) {
        Staff.requireLeader(leader);
        String name = rawName == null ? "" : rawName.strip().replaceAll("\\s+", " ");
        if (name.isEmpty() || name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
            throw new TrainingException("training.team.error.name", MAX_NAME);
        }
        if (teams.nameTaken(leader.schoolId(), name)) {
            throw new TrainingException("training.team.error.name-taken", name);
        }
        return teams.create(leader.schoolId(), name, leader.id(), OffsetDateTime.now(clock));
    }

    @Transactional
    public void delete(SignedInUser leader, long teamId) {
        requireLeaderOf(leader, teamId);
        teams.delete(teamId);
    }

    @Transactional
    public void addMember(SignedInUser leader, long teamId, long teacherId) {
        TeamRepository.Team team = requireLeaderOf(leader, teamId);
        boolean teacherOfSchool = schools.staffOfSchool(team.schoolId()).stream()
                .anyMatch(s -> s.id() == teacherId && s.role() == Role.TEACHER);
        if (!teacherOfSchool) {
            throw new TrainingException("training.team.error.member");
        }
        teams.addMember(teamId, teacherId, OffsetDateTime.now(clock));
    }

    @Transactional
    public void removeMember(SignedInUser leader, long teamId, long teacherId) {
        requireLeaderOf(leader, teamId);
        teams.removeMember(teamId, teacherId);
    }

    /** A leader sees the school's teams; a teacher the teams they are in. */
    @Transactional(readOnly = true)
    public List<TeamRepository.Team> teamsFor(SignedInUser user) {
        Staff.require(user);
        return user.is(Role.LEADER) ? teams.ofSchool(user.schoolId()) : teams.ofMember(user.id());
    }

    /**
     * What the team page shows: members by name, how many have a finished self-assessment (a count, never who),
     * the targets and the published profiles.
     */
    public record TeamOverview(TeamRepository.Team team, List<Member> members, int assessed,
                               Map<Dimension, Integer> targets, List<TeamRepository.ProfileSummary> profiles,
                               boolean leader) {
    }

    @Transactional(readOnly = true)
    public TeamOverview overview(SignedInUser user, long teamId) {
        TeamRepository.Team team = requireTeamAccess(user, teamId);
        Map<Long, String> names = new LinkedHashMap<>();
        schools.staffOfSchool(team.schoolId()).forEach(s -> names.put(s.id(), s.name()));
        List<Member> members = teams.members(teamId).stream()
                .map(id -> new Member(id, names.getOrDefault(id, "?"))).toList();
        return new TeamOverview(team, members, teams.latestFinishedOfMembers(teamId).size(), teams.targets(teamId),
                teams.profiles(teamId), user.is(Role.LEADER));
    }

    /** Step 2: targets per dimension, 0–5 (0 = not in focus now); leader or member. */
    @Transactional
    public void setTargets(SignedInUser user, long teamId, Map<Dimension, Integer> targets) {
        requireTeamAccess(user, teamId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (Map.Entry<Dimension, Integer> t : targets.entrySet()) {
            if (t.getValue() == null || t.getValue() < 0 || t.getValue() > 5) {
                throw new TrainingException("training.target.error.range");
            }
        }
        targets.forEach((d, v) -> teams.setTarget(teamId, d, v, user.id(), now));
    }

    public record PublishResult(AnonymityRule.Decision decision, Long profileId, int answers) {
    }

    /**
     * Step 4: combines the current members' newest finished self-assessments into a frozen profile, if the
     * anonymity rule allows it. Too few answers are kept as an attempt without numbers; a profile too close to an
     * earlier one is not stored at all.
     */
    @Transactional
    public PublishResult publish(SignedInUser user, long teamId) {
        requireTeamAccess(user, teamId);
        Map<Long, Long> sources = teams.latestFinishedOfMembers(teamId);
        AnonymityRule.Decision decision = AnonymityRule.decide(sources, teams.shownSources(teamId).values());
        OffsetDateTime now = OffsetDateTime.now(clock);
        return switch (decision) {
            case TOO_FEW -> new PublishResult(decision, teams.insertHidden(teamId, sources.size(), user.id(), now),
                    sources.size());
            case TOO_CLOSE, NOTHING_NEW -> new PublishResult(decision, null, sources.size());
            case SHOW -> {
                Map<Dimension, Integer> targets = teams.targets(teamId);
                Map<Dimension, java.math.BigDecimal> means = teams.meanByDimension(sources.values());
                List<TeamRepository.DimensionValue> dims = new ArrayList<>();
                means.forEach((d, m) -> dims.add(new TeamRepository.DimensionValue(d, targets.get(d), m)));
                long id = teams.insertShown(teamId, sources, dims, teams.meanByItem(sources.values()), user.id(), now);
                yield new PublishResult(decision, id, sources.size());
            }
        };
    }

    /** A published profile: aggregates only. A leader's look is audited. */
    @Transactional
    public TeamRepository.Profile profile(SignedInUser user, long teamId, long profileId) {
        requireTeamAccess(user, teamId);
        TeamRepository.Profile profile = teams.profile(teamId, profileId)
                .orElseThrow(() -> new TrainingException("training.team.error.profile-not-found"));
        if (user.is(Role.LEADER)) {
            audit.record(user.id(), AUDIT_PROFILE_VIEW, null, "team " + teamId + ", profil " + profileId);
        }
        return profile;
    }

    /** The newest shown profile, if any (audited as {@link #profile}). */
    @Transactional
    public Optional<TeamRepository.Profile> latestShown(SignedInUser user, long teamId) {
        requireTeamAccess(user, teamId);
        return teams.profiles(teamId).stream().filter(TeamRepository.ProfileSummary::shown).findFirst()
                .map(p -> profile(user, teamId, p.id()));
    }

    /** Participation per team of the leader's school: counts of members, assessed, modules completed. */
    @Transactional(readOnly = true)
    public List<TeamRepository.Participation> participation(SignedInUser leader) {
        Staff.requireLeader(leader);
        return teams.participation(leader.schoolId());
    }

    /** The team, if the user is its school's leader or one of its members. */
    public TeamRepository.Team requireTeamAccess(SignedInUser user, long teamId) {
        Staff.require(user);
        TeamRepository.Team team = teams.find(teamId)
                .orElseThrow(() -> new TrainingException("training.team.error.not-found"));
        boolean leader = user.is(Role.LEADER) && user.schoolId() == team.schoolId();
        if (!leader && !teams.isMember(teamId, user.id())) {
            throw new TrainingException("training.team.error.no-access");
        }
        return team;
    }

    private TeamRepository.Team requireLeaderOf(SignedInUser leader, long teamId) {
        Staff.requireLeader(leader);
        TeamRepository.Team team = teams.find(teamId)
                .orElseThrow(() -> new TrainingException("training.team.error.not-found"));
        if (team.schoolId() != leader.schoolId()) {
            throw new TrainingException("training.team.error.no-access");
        }
        return team;
    }
}
