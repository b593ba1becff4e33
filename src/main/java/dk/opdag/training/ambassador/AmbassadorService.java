package dk.opdag.training.ambassador;

import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.classroom.SchoolAdminService;
import dk.opdag.training.Staff;
import dk.opdag.training.TrainingCatalog;
import dk.opdag.training.TrainingException;
import dk.opdag.training.content.Module;
import dk.opdag.training.module.ModuleRepository;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Digital ambassadors (train-the-trainer, sidemandsoplæring): the leader names them; an ambassador runs a module as
 * a session for colleagues (invite, shared notes, attendance that completes the module for everyone who came) and
 * sees colleagues' requests for help. Sessions are seen only by their ambassador and the invited colleagues.
 */
@Service
public class AmbassadorService {

    public static final int MAX_NOTE = 2_000;
    public static final int MAX_MESSAGE = 1_000;
    public static final int MAX_PLACE = 120;

    private final AmbassadorRepository repository;
    private final ModuleRepository modules;
    private final TrainingCatalog catalog;
    private final SchoolAdminService schools;
    private final Clock clock;

    public AmbassadorService(AmbassadorRepository repository, ModuleRepository modules, TrainingCatalog catalog,
                             SchoolAdminService schools, Clock clock) {
        this.repository = repository;
        this.modules = modules;
        this.catalog = catalog;
        this.schools = schools;
        this.clock = clock;
    }

    public record Colleague(long id, String name) {
    }

    /** The school's teachers by id, for names and for checking that an id is a colleague. */
    private Map<Long, String> teachers(long schoolId) {
        Map<Long, String> names = new LinkedHashMap<>();
        schools.staffOfSchool(schoolId).stream().filter(s -> s.role() == Role.TEACHER)
                .forEach(s -> names.put(s.id(), s.name()));
        return names;
    }

    @Transactional(readOnly = true)
    public List<Colleague> colleagues(SignedInUser user) {
        Staff.require(user);
        return teachers(user.schoolId()).entrySet().stream().filter(e -> e.getKey() != user.id())
                .map(e -> new Colleague(e.getKey(), e.getValue())).toList();
    }

    /** The school's ambassadors, so colleagues know whom to ask. */
    @Transactional(readOnly = true)
    public List<Colleague> ambassadors(SignedInUser user) {
        Staff.require(user);
        Map<Long, String> names = teachers(user.schoolId());
        return repository.ambassadors(user.schoolId()).stream()
                .map(id -> new Colleague(id, names.getOrDefault(id, "?"))).toList();
    }

    @Transactional(readOnly = true)
    public boolean isAmbassador(SignedInUser user) {
        return user != null && user.schoolId() != null && user.is(Role.TEACHER)
                && repository.isAmbassador(user.schoolId(), user.id());
    }

    @Transactional
    public void name(SignedInUser leader, long teacherId) {
        Staff.requireLeader(leader);
        if (!teachers(leader.schoolId()).containsKey(teacherId)) {
            throw new TrainingException("training.ambassador.error.teacher");
        }
        repository.name(leader.schoolId(), teacherId, leader.id(), OffsetDateTime.now(clock));
    }

    @Transactional
    public void unname(SignedInUser leader, long teacherId) {
        Staff.requireLeader(leader);
        repository.unname(leader.schoolId(), teacherId);
    }

    // ---- sessions ----

    @Transactional
    public long createSession(SignedInUser ambassador, String moduleId, OffsetDateTime meetsAt, String rawPlace,
                              Collection<Long> invitees) {
        requireAmbassador(ambassador);
        Module module = catalog.module(moduleId)
                .orElseThrow(() -> new TrainingException("training.module.error.not-found"));
        String place = rawPlace == null ? "" : rawPlace.strip();
        if (place.isEmpty() || place.length() > MAX_PLACE) {
            throw new TrainingException("training.session.error.place", MAX_PLACE);
        }
        if (meetsAt == null) {
            throw new TrainingException("training.session.error.time");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = repository.createSession(ambassador.schoolId(), ambassador.id(), module.id(), meetsAt, place, now);
        invite(ambassador, id, invitees);
        return id;
    }

    @Transactional
    public void invite(SignedInUser ambassador, long sessionId, Collection<Long> invitees) {
        AmbassadorRepository.Session s = requireOwnSession(ambassador, sessionId);
        Set<Long> colleagues = teachers(s.schoolId()).keySet();
        Set<Long> wanted = new HashSet<>(invitees == null ? List.of() : invitees);
        wanted.remove(ambassador.id());
        if (!colleagues.containsAll(wanted)) {
            throw new TrainingException("training.session.error.invitee");
        }
        repository.invite(sessionId, wanted, OffsetDateTime.now(clock));
    }

    public record Participant(long teacherId, String name, boolean attended) {
    }

    public record SessionView(AmbassadorRepository.Session session, Module module, String ambassadorName,
                              List<Participant> participants, List<NoteView> notes, boolean mine) {
    }

    public record NoteView(String author, String note, OffsetDateTime writtenAt) {
    }

    /** The session, for its ambassador and the colleagues invited to it. */
    @Transactional(readOnly = true)
    public SessionView session(SignedInUser user, long sessionId) {
        AmbassadorRepository.Session s = requireSessionAccess(user, sessionId);
        Map<Long, String> names = teachers(s.schoolId());
        return new SessionView(s, catalog.module(s.moduleId()).orElse(null),
                names.getOrDefault(s.ambassadorId(), "?"),
                repository.participants(sessionId).stream()
                        .map(p -> new Participant(p.teacherId(), names.getOrDefault(p.teacherId(), "?"), p.attended()))
                        .toList(),
                repository.notes(sessionId).stream()
                        .map(n -> new NoteView(names.getOrDefault(n.authorId(), "?"), n.note(), n.writtenAt()))
                        .toList(),
                s.ambassadorId() == user.id());
    }

    @Transactional(readOnly = true)
    public List<AmbassadorRepository.Session> sessions(SignedInUser user) {
        Staff.require(user);
        return repository.sessionsOf(user.id());
    }

    @Transactional
    public void addNote(SignedInUser user, long sessionId, String text) {
        requireSessionAccess(user, sessionId);
        String note = text == null ? "" : text.strip();
        if (note.isEmpty() || note.length() > MAX_NOTE) {
            throw new TrainingException("training.session.error.note", MAX_NOTE);
        }
        repository.addNote(sessionId, user.id(), note, OffsetDateTime.now(clock));
    }

    /**
     * Registers who came and closes the session: the module is completed for everyone who attended, and for the
     * ambassador who ran it.
     */
    @Transactional
    public int registerAttendance(SignedInUser ambassador, long sessionId, Collection<Long> attended) {
        AmbassadorRepository.Session s = requireOwnSession(ambassador, sessionId);
        if (s.completed()) {
            throw new TrainingException("training.session.error.completed");
        }
        Set<Long> invited = new HashSet<>();
        repository.participants(sessionId).forEach(p -> invited.add(p.teacherId()));
        Set<Long> came = new HashSet<>(attended == null ? List.of() : attended);
        if (!invited.containsAll(came)) {
            throw new TrainingException("training.session.error.not-invited");
        }
        Module module = catalog.module(s.moduleId())
                .orElseThrow(() -> new TrainingException("training.module.error.not-found"));
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (long teacher : invited) {
            repository.setAttended(sessionId, teacher, came.contains(teacher));
        }
        for (long teacher : came) {
            modules.complete(teacher, module.id(), module.trackId(), sessionId, now);
        }
        modules.complete(ambassador.id(), module.id(), module.trackId(), sessionId, now);
        repository.completeSession(sessionId, now);
        return came.size();
    }

    // ---- help requests ----

    @Transactional
    public long askForHelp(SignedInUser teacher, String moduleId, String text) {
        Staff.require(teacher);
        String message = text == null ? "" : text.strip();
        if (message.isEmpty() || message.length() > MAX_MESSAGE) {
            throw new TrainingException("training.help.error.message", MAX_MESSAGE);
        }
        String module = moduleId == null ? null : catalog.module(moduleId).map(Module::id)
                .orElseThrow(() -> new TrainingException("training.module.error.not-found"));
        return repository.askForHelp(teacher.schoolId(), teacher.id(), module, message, OffsetDateTime.now(clock));
    }

    public record HelpView(AmbassadorRepository.HelpRequest request, String askedBy, String takenBy,
                           Module module) {
    }

    /** The school's open requests, for its ambassadors only. */
    @Transactional(readOnly = true)
    public List<HelpView> openHelpRequests(SignedInUser ambassador) {
        requireAmbassador(ambassador);
        Map<Long, String> names = teachers(ambassador.schoolId());
        return repository.openHelpRequests(ambassador.schoolId()).stream().map(r -> view(r, names)).toList();
    }

    @Transactional(readOnly = true)
    public List<HelpView> myHelpRequests(SignedInUser teacher) {
        Staff.require(teacher);
        Map<Long, String> names = teachers(teacher.schoolId());
        return repository.helpRequestsOf(teacher.id()).stream().map(r -> view(r, names)).toList();
    }

    private HelpView view(AmbassadorRepository.HelpRequest r, Map<Long, String> names) {
        return new HelpView(r, names.getOrDefault(r.teacherId(), "?"),
                r.takenBy() == null ? null : names.getOrDefault(r.takenBy(), "?"),
                r.moduleId() == null ? null : catalog.module(r.moduleId()).orElse(null));
    }

    @Transactional
    public void take(SignedInUser ambassador, long requestId) {
        requireAmbassador(ambassador);
        repository.helpRequest(requestId, ambassador.schoolId())
                .orElseThrow(() -> new TrainingException("training.help.error.not-found"));
        repository.take(requestId, ambassador.id(), OffsetDateTime.now(clock));
    }

    /** Closed by an ambassador of the school or by the colleague who asked. */
    @Transactional
    public void close(SignedInUser user, long requestId) {
        Staff.require(user);
        AmbassadorRepository.HelpRequest r = repository.helpRequest(requestId, user.schoolId())
                .orElseThrow(() -> new TrainingException("training.help.error.not-found"));
        if (r.teacherId() != user.id() && !isAmbassador(user)) {
            throw new TrainingException("training.help.error.not-found");
        }
        repository.close(requestId, OffsetDateTime.now(clock));
    }

    private void requireAmbassador(SignedInUser user) {
        Staff.require(user);
        if (!isAmbassador(user)) {
            throw new TrainingException("training.ambassador.error.only");
        }
    }

    private AmbassadorRepository.Session requireOwnSession(SignedInUser ambassador, long sessionId) {
        requireAmbassador(ambassador);
        AmbassadorRepository.Session s = repository.session(sessionId)
                .orElseThrow(() -> new TrainingException("training.session.error.not-found"));
        if (s.ambassadorId() != ambassador.id()) {
            throw new TrainingException("training.session.error.not-found");
        }
        return s;
    }

    private AmbassadorRepository.Session requireSessionAccess(SignedInUser user, long sessionId) {
        Staff.require(user);
        AmbassadorRepository.Session s = repository.session(sessionId)
                .orElseThrow(() -> new TrainingException("training.session.error.not-found"));
        boolean invited = repository.participants(sessionId).stream().anyMatch(p -> p.teacherId() == user.id());
        if (s.ambassadorId() != user.id() && !invited) {
            throw new TrainingException("training.session.error.not-found");
        }
        return s;
    }
}
