package dk.opdag.planning.feed;

import dk.opdag.account.Accounts;
import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.classroom.ClassSummary;
import dk.opdag.classroom.Classes;
import dk.opdag.classroom.SchoolYears;
import dk.opdag.classroom.Schools;
import dk.opdag.planning.Plan;
import dk.opdag.planning.PlanRepository;
import dk.opdag.planning.PlanningException;
import dk.opdag.shell.OpdagI18nProvider;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The school leader's calendar subscription to the school's year plan: every class's plan of the current school year
 * in one calendar. Like the teachers' feeds, the address is the key (256 random bits, only a hash kept); it can be
 * renewed (the old one stops at once) or stopped, and it stops when the account is closed or is no longer the
 * school's leader.
 */
@Service
public class SchoolFeedService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SchoolFeedRepository feeds;
    private final PlanRepository plans;
    private final Classes classes;
    private final Schools schools;
    private final Accounts users;
    private final Clock clock;

    public SchoolFeedService(SchoolFeedRepository feeds, PlanRepository plans, Classes classes,
                             Schools schools, Accounts users, Clock clock) {
        this.feeds = feeds;
        this.plans = plans;
        this.classes = classes;
        this.schools = schools;
        this.users = users;
        this.clock = clock;
    }

    @Transactional
    public String renew(SignedInUser leader) {
        long school = leaderSchool(leader);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        feeds.save(leader.id(), school, CalendarFeedService.hash(token), OffsetDateTime.now(clock));
        return token;
    }

    @Transactional
    public void stop(SignedInUser leader) {
        feeds.delete(leader.id(), leaderSchool(leader));
    }

    @Transactional(readOnly = true)
    public Optional<OffsetDateTime> current(SignedInUser leader) {
        return feeds.created(leader.id(), leaderSchool(leader));
    }

    private static long leaderSchool(SignedInUser user) {
        if (!user.is(Role.LEADER) || user.schoolId() == null) {
            throw new PlanningException("planning.error.feed-leaders-only");
        }
        return user.schoolId();
    }

    /**
     * The school's calendar behind a token, or empty when the token is unknown or renewed, or its leader's account
     * is closed or no longer leads the school. The current school year's class plans, classes by grade and name.
     */
    @Transactional
    public Optional<String> calendar(String token, String baseUrl) {
        if (token == null || token.length() < 40 || token.length() > 60) {
            return Optional.empty();
        }
        Optional<SchoolFeedRepository.Feed> feed = feeds.byToken(CalendarFeedService.hash(token));
        if (feed.isEmpty()) {
            return Optional.empty();
        }
        long schoolId = feed.get().schoolId();
        boolean stillLeads = users.findById(feed.get().leaderId())
                .map(u -> u.active() && u.role() == Role.LEADER && u.schoolId() != null && u.schoolId() == schoolId)
                .orElse(false);
        var school = schools.school(schoolId);
        if (!stillLeads || school.isEmpty()) {
            return Optional.empty();
        }
        int startYear = SchoolYears.startYearOf(LocalDate.now(clock));
        long yearId = schools.schoolYear(startYear);
        Map<Long, ClassSummary> classById = classes.summariesOfSchool(schoolId, yearId).stream()
                .collect(Collectors.toMap(ClassSummary::id, Function.identity()));
        List<PlanCalendar.ClassItem> items = new ArrayList<>();
        plans.plansOfSchool(schoolId, yearId).stream()
                .filter(p -> !p.isTemplate() && p.classId() != null && classById.containsKey(p.classId()))
                .sorted(Comparator.comparing((Plan p) -> classById.get(p.classId()).grade())
                        .thenComparing(p -> classById.get(p.classId()).name()))
                .forEach(p -> plans.items(p.id()).forEach(item ->
                        items.add(new PlanCalendar.ClassItem(classById.get(p.classId()).name(), item))));
        return Optional.of(PlanCalendar.writeSchool(school.get().name(), SchoolYears.label(startYear), items,
                baseUrl, OpdagI18nProvider.DANISH));
    }
}
