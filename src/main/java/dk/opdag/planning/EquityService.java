package dk.opdag.planning;

import dk.opdag.account.SignedInUser;
import dk.opdag.classroom.ClassSummary;
import dk.opdag.classroom.Classes;
import dk.opdag.classroom.Schools;
import dk.opdag.planning.PlanRepository.Placement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The leader's equity view: which classes have no or few technology-understanding activities so far this school
 * year, how far each class's pupils got (per class, never per pupil), and how the gap between the most and the least
 * covered class develops week by week.
 */
@Service
public class EquityService {

    /** Fewer pupils than this in a class's largest assignment: the class's completion is not shown. */
    public static final int MIN_PUPILS_SHOWN = 5;
    private static final int NAMES_PER_POINT = 3;

    private final PlanRepository plans;
    private final PlanAccess access;
    private final Classes classes;
    private final Schools schools;
    private final CompletedWorkSource completed;
    private final Clock clock;

    public EquityService(PlanRepository plans, PlanAccess access, Classes classes, Schools schools,
                         CompletedWorkSource completed, Clock clock) {
        this.plans = plans;
        this.access = access;
        this.classes = classes;
        this.schools = schools;
        this.completed = completed;
        this.clock = clock;
    }

    /** What "so far" counts: activities done, when completed work is known, else activities planned to have begun. */
    public enum Measure {
        DONE, PLANNED
    }

    /**
     * One class.
     *
     * @param soFar          distinct activities by the report's measure up to this week
     * @param plannedSoFar   distinct activities planned to have begun by this week
     * @param plannedYear    distinct activities in the whole year's plan
     * @param completionPct  pupils' completion over the class's assignments (done / assigned, in %), or null when
     *                       unknown or hidden because too few pupils would be behind the number
     */
    public record ClassEquity(long classId, String name, int grade, int soFar, int plannedSoFar, int plannedYear,
                              int assignments, Integer completionPct, boolean completionHidden) {

        /** Fewer activities done than its plan has begun by now (only known when completed work is counted). */
        public boolean behindPlan(Measure measure) {
            return measure == Measure.DONE && soFar < plannedSoFar;
        }
    }

    /** The most and the least covered classes in one week (ties named, at most three). */
    public record SpreadPoint(Week week, int max, List<String> maxClasses, int min, List<String> minClasses) {
        public int spread() {
            return max - min;
        }
    }

    public record EquityReport(int startYear, Week thisWeek, Measure measure, List<ClassEquity> classes,
                               double median, List<ClassEquity> none, List<ClassEquity> few,
                               List<SpreadPoint> spread) {

        /** Classes that have done fewer activities than their plan had begun by this week, furthest behind first. */
        public List<ClassEquity> behindPlan() {
            return classes.stream().filter(c -> c.behindPlan(measure))
                    .sorted(Comparator.comparingInt((ClassEquity c) -> c.soFar() - c.plannedSoFar())
                            .thenComparingInt(ClassEquity::grade).thenComparing(ClassEquity::name))
                    .toList();
        }
    }

    @Transactional(readOnly = true)
    public EquityReport report(SignedInUser user, long schoolId, int startYear) {
        access.requireLeaderOf(user, schoolId);
        long yearId = schools.schoolYear(startYear);
        LocalDate today = LocalDate.now(clock);
        SchoolCalendar calendar = SchoolCalendar.of(startYear, plans.holidays(schoolId, yearId));
        Week thisWeek = Week.of(today);
        boolean available = completed.available();
        Measure measure = available ? Measure.DONE : Measure.PLANNED;
        List<ClassSummary> schoolClasses = classes.summariesOfSchool(schoolId, yearId);
        Map<Long, List<Placement>> placed = plans.classPlacements(List.of(schoolId), yearId).stream()
                .collect(Collectors.groupingBy(Placement::classId));
        Map<Long, List<CompletedWork.Completion>> work = completed.completions(schoolId, yearId).stream()
                .filter(c -> !c.assignedOn().isAfter(today))
                .collect(Collectors.groupingBy(CompletedWork.Completion::classId));

        List<ClassEquity> rows = new ArrayList<>();
        for (ClassSummary c : schoolClasses) {
            List<Placement> p = placed.getOrDefault(c.id(), List.of());
            List<CompletedWork.Completion> w = work.getOrDefault(c.id(), List.of());
            int plannedSoFar = distinct(p.stream().filter(x -> x.fromWeek() <= thisWeek.code())
                    .map(Placement::activityId).toList());
            int doneSoFar = distinct(w.stream().filter(x -> CompletedWorkSource.doneBy(x, today))
                    .map(CompletedWork.Completion::activityId).toList());
            int total = w.stream().mapToInt(CompletedWork.Completion::pupilsTotal).sum();
            int done = w.stream().mapToInt(CompletedWork.Completion::pupilsDone).sum();
            int largest = w.stream().mapToInt(CompletedWork.Completion::pupilsTotal).max().orElse(0);
            boolean hidden = !w.isEmpty() && largest < MIN_PUPILS_SHOWN;
            Integer pct = w.isEmpty() || hidden || total == 0 ? null : Math.round(100f * done / total);
            rows.add(new ClassEquity(c.id(), c.name(), c.grade(), measure == Measure.DONE ? doneSoFar : plannedSoFar,
                    plannedSoFar, distinct(p.stream().map(Placement::activityId).toList()), w.size(), pct, hidden));
        }
        rows.sort(Comparator.comparingInt(ClassEquity::soFar).thenComparingInt(ClassEquity::grade)
                .thenComparing(ClassEquity::name));
        double median = median(rows.stream().mapToInt(ClassEquity::soFar).sorted().toArray());
        List<ClassEquity> none = rows.stream().filter(r -> r.soFar() == 0).toList();
        List<ClassEquity> few = rows.stream().filter(r -> r.soFar() > 0 && r.soFar() < median / 2).toList();
        return new EquityReport(startYear, thisWeek, measure, rows, median, none, few,
                spread(calendar, thisWeek, today, schoolClasses, placed, work, measure));
    }

    /** Week by week up to this week: the class counts by the measure, their maximum, minimum and spread. */
    static List<SpreadPoint> spread(SchoolCalendar calendar, Week thisWeek, LocalDate today,
                                    List<ClassSummary> schoolClasses, Map<Long, List<Placement>> placed,
                                    Map<Long, List<CompletedWork.Completion>> work, Measure measure) {
        List<SpreadPoint> points = new ArrayList<>();
        if (schoolClasses.isEmpty()) {
            return points;
        }
        for (Week week : calendar.teachingWeeks()) {
            if (week.code() > thisWeek.code()) {
                break;
            }
            LocalDate endOfWeek = week.friday().isAfter(today) ? today : week.friday();
            Map<String, Integer> counts = new HashMap<>();
            for (ClassSummary c : schoolClasses) {
                Set<String> ids = new HashSet<>();
                if (measure == Measure.PLANNED) {
                    placed.getOrDefault(c.id(), List.of()).stream().filter(p -> p.fromWeek() <= week.code())
                            .forEach(p -> ids.add(p.activityId()));
                } else {
                    work.getOrDefault(c.id(), List.of()).stream()
                            .filter(x -> CompletedWorkSource.doneBy(x, endOfWeek))
                            .forEach(x -> ids.add(x.activityId()));
                }
                counts.put(c.name(), ids.size());
            }
            int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            int min = counts.values().stream().mapToInt(Integer::intValue).min().orElse(0);
            points.add(new SpreadPoint(week, max, namesWith(counts, max), min, namesWith(counts, min)));
        }
        return points;
    }

    private static List<String> namesWith(Map<String, Integer> counts, int value) {
        return counts.entrySet().stream().filter(e -> e.getValue() == value).map(Map.Entry::getKey).sorted()
                .limit(NAMES_PER_POINT).toList();
    }

    private static int distinct(List<String> ids) {
        return new HashSet<>(ids).size();
    }

    static double median(int[] sorted) {
        if (sorted.length == 0) {
            return 0;
        }
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }
}
