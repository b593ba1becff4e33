package dk.opdag.planning.feed;

import dk.opdag.account.Accounts;
import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.classroom.ClassAccess;
import dk.opdag.classroom.ClassInfo;
import dk.opdag.classroom.Classes;
import dk.opdag.classroom.ClassroomException;
import dk.opdag.classroom.SchoolYears;
import dk.opdag.planning.Plan;
import dk.opdag.planning.PlanRepository;
import dk.opdag.planning.PlannedActivity;
import dk.opdag.planning.PlanningException;
import dk.opdag.shell.OpdagI18nProvider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calendar subscriptions to class plans. A calendar app fetches the feed without logging in, so the address itself is
 * the key: 256 random bits, of which only a hash is stored. A teacher gets one address per class, can renew it (the
 * old one stops at once) or stop it; when the teacher leaves the class or the account is closed, it stops too.
 */
@Service
public class CalendarFeedService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final PlanRepository plans;
    private final Classes classes;
    private final ClassAccess classAccess;
    private final Accounts users;
    private final Clock clock;

    public CalendarFeedService(PlanRepository plans, Classes classes, ClassAccess classAccess,
                               Accounts users, Clock clock) {
        this.plans = plans;
        this.classes = classes;
        this.classAccess = classAccess;
        this.users = users;
        this.clock = clock;
    }

    /** A new secret address token for the teacher's subscription to a class plan; any earlier one stops working. */
    @Transactional
    public String renew(SignedInUser teacher, long classId) {
        ClassInfo klass = teacherClass(teacher, classId);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        plans.saveFeed(teacher.id(), klass.id(), hash(token), OffsetDateTime.now(clock));
        return token;
    }

    @Transactional
    public void stop(SignedInUser teacher, long classId) {
        ClassInfo klass = teacherClass(teacher, classId);
        plans.deleteFeed(teacher.id(), klass.id());
    }

    /** When the teacher's current address was made, if there is one. */
    @Transactional(readOnly = true)
    public Optional<OffsetDateTime> current(SignedInUser teacher, long classId) {
        return plans.feedCreated(teacher.id(), classId);
    }

    private ClassInfo teacherClass(SignedInUser teacher, long classId) {
        if (!teacher.is(Role.TEACHER)) {
            throw new PlanningException("planning.error.feed-teachers-only");
        }
        try {
            return classAccess.requireManage(teacher, classId);
        } catch (ClassroomException e) {
            throw new PlanningException("planning.error.class-teachers-only");
        }
    }

    /**
     * The calendar behind a token, or empty when the token is unknown, renewed, or its teacher no longer teaches the
     * class. A class without a plan yet gives an empty calendar, so a subscription can be made before the plan.
     */
    @Transactional(readOnly = true)
    public Optional<String> calendar(String token, String baseUrl) {
        if (token == null || token.length() < 40 || token.length() > 60) {
            return Optional.empty();
        }
        Optional<PlanRepository.Feed> feed = plans.feedByToken(hash(token));
        if (feed.isEmpty()) {
            return Optional.empty();
        }
        long teacherId = feed.get().teacherId();
        long classId = feed.get().classId();
        boolean stillTeaches = classes.isTeacherOf(teacherId, classId)
                && users.findById(teacherId).map(u -> u.active()).orElse(false);
        Optional<ClassInfo> klass = classes.find(classId);
        if (!stillTeaches || klass.isEmpty()) {
            return Optional.empty();
        }
        List<PlannedActivity> items = plans.planOfClass(classId).map(Plan::id).map(plans::items).orElse(List.of());
        return Optional.of(PlanCalendar.write(klass.get().name(), SchoolYears.label(klass.get().startYear()), items,
                baseUrl, OpdagI18nProvider.DANISH));
    }

    static String hash(String token) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
