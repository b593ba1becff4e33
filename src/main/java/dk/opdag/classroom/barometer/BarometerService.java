package dk.opdag.classroom.barometer;

import dk.opdag.account.SignedInUser;
import dk.opdag.classroom.ClassAccess;
import dk.opdag.classroom.ClassInfo;
import dk.opdag.classroom.ClassRepository;
import dk.opdag.classroom.ClassroomException;
import dk.opdag.classroom.PupilRow;
import dk.opdag.classroom.assignment.ActivityFacts;
import dk.opdag.classroom.assignment.ActivityLookup;
import dk.opdag.classroom.assignment.Assignment;
import dk.opdag.classroom.assignment.AssignmentRepository;
import dk.opdag.classroom.progress.ProgressService;
import dk.opdag.classroom.progress.ProgressService.AssignmentWork;
import dk.opdag.curriculum.catalogue.Viewer;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pupil's own barometer beside what their work shows. A pupil's work level in a dimension is the share of the
 * experiments they were given in its competence areas that they passed, put on the same scale as the rating
 * (1 + share × (scale − 1)). A difference of a whole step or more is pointed out, kindly, in either direction.
 */
@Service
public class BarometerService {

    private final ClassRepository classes;
    private final ClassAccess access;
    private final AssignmentRepository assignments;
    private final ProgressService progress;
    private final ActivityLookup activities;
    private final BarometerRepository ratings;
    private final Clock clock;

    public BarometerService(ClassRepository classes, ClassAccess access, AssignmentRepository assignments,
                            ProgressService progress, ActivityLookup activities, BarometerRepository ratings,
                            Clock clock) {
        this.classes = classes;
        this.access = access;
        this.assignments = assignments;
        this.progress = progress;
        this.activities = activities;
        this.ratings = ratings;
        this.clock = clock;
    }

    /** Smileys (1–3) up to 3rd grade, a 1–5 scale from 4th grade. */
    public static int scaleFor(int grade) {
        return grade <= 3 ? 3 : 5;
    }

    /** How the rating compares with the work. */
    public enum Verdict {
        /** Within a step of each other. */
        MATCH,
        /** The pupil rates themselves a step or more above what the work shows so far. */
        ABOVE,
        /** The work shows a step or more above the pupil's own rating. */
        BELOW,
        /** No experiments in these areas yet. */
        NO_WORK,
        /** Not rated yet. */
        NOT_RATED
    }

    /** Passed of given experiments in one competence area. */
    public record AreaWork(String area, String name, int passed, int total) {
        public double share() {
            return total == 0 ? 0 : (double) passed / total;
        }
    }

    /**
     * @param rating    null when not rated
     * @param workLevel the work on the rating's scale, null without experiments in the dimension's areas
     */
    public record Comparison(Dimension dimension, Integer rating, Double workLevel, int passed, int total,
                             Verdict verdict) {
    }

    public record PupilBarometer(long pupilId, String name, int scaleMax, List<Comparison> dimensions,
                                 List<AreaWork> areas) {
    }

    @Transactional(readOnly = true)
    public PupilBarometer mine(SignedInUser pupil) {
        ClassInfo klass = classOf(pupil);
        return pictures(klass, List.of(new PupilRow(pupil.id(), pupil.displayName(), null, null))).getFirst();
    }

    @Transactional
    public void rate(SignedInUser pupil, Dimension dimension, int rating) {
        ClassInfo klass = classOf(pupil);
        int max = scaleFor(klass.grade());
        if (rating < 1 || rating > max) {
            throw new ClassroomException("teaching.barometer.error.value", max);
        }
        ratings.rate(pupil.id(), klass.schoolYearId(), dimension, rating, max, OffsetDateTime.now(clock));
    }

    /** The class picture: every pupil's ratings beside their work, and the counts per rating. */
    public record ClassBarometer(ClassInfo klass, int scaleMax, List<PupilBarometer> pupils,
                                 Map<Dimension, int[]> ratingCounts, List<AreaWork> areas) {
    }

    @Transactional(readOnly = true)
    public ClassBarometer ofClass(SignedInUser teacher, long classId) {
        ClassInfo klass = access.requireTeacher(teacher, classId);
        List<PupilBarometer> pupils = pictures(klass, classes.pupils(classId));
        int max = scaleFor(klass.grade());
        Map<Dimension, int[]> counts = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            int[] n = new int[max + 1];
            pupils.forEach(p -> p.dimensions().stream().filter(c -> c.dimension() == d && c.rating() != null)
                    .forEach(c -> n[Math.min(max, c.rating())]++));
            counts.put(d, n);
        }
        Map<String, int[]> areaTotals = new LinkedHashMap<>();
        pupils.forEach(p -> p.areas().forEach(a -> {
            int[] t = areaTotals.computeIfAbsent(a.area(), k -> new int[2]);
            t[0] += a.passed();
            t[1] += a.total();
        }));
        List<AreaWork> areas = areaTotals.entrySet().stream()
                .map(e -> new AreaWork(e.getKey(), activities.areaName(e.getKey()), e.getValue()[0], e.getValue()[1]))
                .toList();
        return new ClassBarometer(klass, max, pupils, counts, areas);
    }

    private ClassInfo classOf(SignedInUser pupil) {
        return classes.currentClassOf(pupil.id()).flatMap(classes::find)
                .orElseThrow(() -> new ClassroomException("teaching.pupil.error.no-class"));
    }

    private List<PupilBarometer> pictures(ClassInfo klass, List<PupilRow> pupils) {
        int max = scaleFor(klass.grade());
        List<Assignment> given = assignments.ofClass(klass.id());
        Map<Long, Set<String>> areasOf = new HashMap<>();
        for (Assignment a : given) {
            areasOf.put(a.id(), activities.facts(a.activityId(), new Viewer(a.assignedBy(), klass.schoolId()))
                    .map(ActivityFacts::areas).orElse(Set.of()));
        }
        Set<Long> ids = pupils.stream().map(PupilRow::id).collect(Collectors.toSet());
        Map<Long, List<AssignmentWork>> workOf = progress.work(given, ids).stream()
                .collect(Collectors.groupingBy(AssignmentWork::pupilId));
        Map<Long, Map<Dimension, Integer>> ratingOf = new HashMap<>();
        ratings.ofPupils(ids, klass.schoolYearId()).forEach(r -> ratingOf
                .computeIfAbsent(r.pupilId(), k -> new EnumMap<>(Dimension.class))
                .put(r.dimension(), rescale(r.rating(), r.scaleMax(), max)));
        List<String> areaCodes = activities.areaCodes();
        List<PupilBarometer> result = new ArrayList<>();
        for (PupilRow p : pupils) {
            Map<String, int[]> perArea = new LinkedHashMap<>();
            areaCodes.forEach(code -> perArea.put(code, new int[2]));
            for (AssignmentWork w : workOf.getOrDefault(p.id(), List.of())) {
                for (String area : areasOf.getOrDefault(w.assignmentId(), Set.of())) {
                    int[] t = perArea.computeIfAbsent(area, k -> new int[2]);
                    t[0] += w.passed();
                    t[1] += w.total();
                }
            }
            List<AreaWork> areas = perArea.entrySet().stream()
                    .map(e -> new AreaWork(e.getKey(), activities.areaName(e.getKey()), e.getValue()[0],
                            e.getValue()[1]))
                    .toList();
            Map<Dimension, Integer> mine = ratingOf.getOrDefault(p.id(), Map.of());
            List<Comparison> dims = new ArrayList<>();
            for (Dimension d : Dimension.values()) {
                int passed = 0;
                int total = 0;
                for (String area : d.areas()) {
                    int[] t = perArea.getOrDefault(area, new int[2]);
                    passed += t[0];
                    total += t[1];
                }
                dims.add(compare(d, mine.get(d), passed, total, max));
            }
            result.add(new PupilBarometer(p.id(), p.displayName(), max, dims, areas));
        }
        return result;
    }

    static Comparison compare(Dimension d, Integer rating, int passed, int total, int max) {
        Double level = total == 0 ? null : 1 + (double) passed / total * (max - 1);
        Verdict verdict;
        if (rating == null) {
            verdict = Verdict.NOT_RATED;
        } else if (level == null) {
            verdict = Verdict.NO_WORK;
        } else if (rating - level >= 1) {
            verdict = Verdict.ABOVE;
        } else if (level - rating >= 1) {
            verdict = Verdict.BELOW;
        } else {
            verdict = Verdict.MATCH;
        }
        return new Comparison(d, rating, level, passed, total, verdict);
    }

    /** A rating given on another scale (the pupil moved up from 3rd to 4th grade) in this scale's steps. */
    static int rescale(int rating, int from, int to) {
        if (from == to) {
            return rating;
        }
        return (int) Math.round(1 + (rating - 1) * (double) (to - 1) / (from - 1));
    }
}
