package dk.opdag.planning.coverage;

import dk.opdag.account.SignedInUser;
import dk.opdag.classroom.ClassInfo;
import dk.opdag.classroom.ClassSummary;
import dk.opdag.classroom.Classes;
import dk.opdag.classroom.SchoolYears;
import dk.opdag.classroom.Schools;
import dk.opdag.curriculum.ActivityGoals;
import dk.opdag.curriculum.CurriculumStore;
import dk.opdag.curriculum.model.CompetenceArea;
import dk.opdag.curriculum.model.Framework;
import dk.opdag.curriculum.model.GradeBand;
import dk.opdag.planning.CompletedWork;
import dk.opdag.planning.CompletedWorkSource;
import dk.opdag.planning.Plan;
import dk.opdag.planning.PlanAccess;
import dk.opdag.planning.PlanRepository.Placement;
import dk.opdag.planning.PlanRepository;
import dk.opdag.planning.PlannedActivity;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coverage of the competence areas and subjects, from class plans (planned) and completed assignments (done):
 * per plan (areas and goals × grade bands), per school (heat map of classes × areas, gaps in words, subjects ×
 * grades) and for many schools at once (a municipality). Two queries per call whatever the number of classes: the
 * placements and the goals of the activities placed.
 */
@Service
public class CoverageService {

    private final PlanRepository plans;
    private final ActivityGoals goals;
    private final Classes classes;
    private final Schools schools;
    private final CurriculumStore curriculum;
    private final CompletedWorkSource completed;
    private final PlanAccess access;
    private final Clock clock;
    private final String frameworkVersion;

    public CoverageService(PlanRepository plans, ActivityGoals goals, Classes classes,
                           Schools schools, CurriculumStore curriculum, CompletedWorkSource completed,
                           PlanAccess access, Clock clock,
                           @Value("${opdag.planning.framework:tf2018}") String frameworkVersion) {
        this.plans = plans;
        this.goals = goals;
        this.classes = classes;
        this.schools = schools;
        this.curriculum = curriculum;
        this.completed = completed;
        this.access = access;
        this.clock = clock;
        this.frameworkVersion = frameworkVersion;
    }

    /** The framework coverage is counted in (the curriculum's tf2018 until the Fagplaner arrive). */
    public Framework framework() {
        return curriculum.curriculum().framework(frameworkVersion)
                .orElse(curriculum.curriculum().frameworks().getFirst());
    }

    public boolean progressAvailable() {
        return completed.available();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- one plan

    /** A plan's areas and goals × grade bands: its items (planned) and, for a class plan, the class's done work. */
    @Transactional(readOnly = true)
    public AreaBandMatrix forPlan(SignedInUser user, Plan plan, List<PlannedActivity> items) {
        access.requireView(user, plan);
        List<String> planned = items.stream().map(PlannedActivity::activityId).toList();
        List<String> done = plan.classId() == null ? List.of() : doneActivities(plan.schoolId(), plan.schoolYearId())
                .getOrDefault(plan.classId(), Set.of()).stream().toList();
        return calculator(union(planned, done)).matrix(planned, done);
    }

    /** A grade: the class plans of every class in the grade together. */
    @Transactional(readOnly = true)
    public AreaBandMatrix forGrade(SignedInUser user, long schoolId, int startYear, int grade) {
        access.requireLeaderOf(user, schoolId);
        Optional<Long> year = schools.findSchoolYear(startYear);
        if (year.isEmpty()) {
            return calculator(List.of()).matrix(List.of(), List.of());
        }
        long yearId = year.get();
        List<String> planned = plans.classPlacements(List.of(schoolId), yearId).stream()
                .filter(p -> p.grade() == grade).map(Placement::activityId).toList();
        Set<Long> gradeClasses = classes.summariesOfSchool(schoolId, yearId).stream()
                .filter(c -> c.grade() == grade).map(ClassSummary::id).collect(Collectors.toSet());
        List<String> done = doneActivities(schoolId, yearId).entrySet().stream()
                .filter(e -> gradeClasses.contains(e.getKey())).flatMap(e -> e.getValue().stream()).toList();
        return calculator(union(planned, done)).matrix(planned, done);
    }

    // ---- schools

    @Transactional(readOnly = true)
    public SchoolCoverage school(SignedInUser user, long schoolId, int startYear) {
        access.requireLeaderOf(user, schoolId);
        return schools(List.of(schoolId), startYear).getFirst();
    }

    /**
     * Coverage of many schools in one school year, in the order given; for a municipality's overview and the
     * benchmark. No access check: callers are services that already checked.
     */
    @Transactional(readOnly = true)
    public List<SchoolCoverage> schools(List<Long> schoolIds, int startYear) {
        boolean current = startYear == SchoolYears.startYearOf(today());
        Optional<Long> year = schools.findSchoolYear(startYear);
        if (year.isEmpty() || schoolIds.isEmpty()) {
            CoverageCalculator none = calculator(List.of());
            return schoolIds.stream().map(id -> school(id, startYear, current, none, List.of(), List.of(),
                    List.of(), Map.of())).toList();
        }
        long yearId = year.get();
        List<Placement> placements = plans.classPlacements(schoolIds, yearId);
        Map<Long, List<ClassInfo>> classesBySchool = classes.classesOfSchools(schoolIds, yearId).stream()
                .collect(Collectors.groupingBy(ClassInfo::schoolId));
        Map<Long, List<Plan>> plansBySchool = plans.plansOfSchools(schoolIds, yearId).stream()
                .collect(Collectors.groupingBy(Plan::schoolId));
        Map<Long, Map<Long, Set<String>>> doneBySchool = new HashMap<>();
        for (long schoolId : schoolIds) {
            doneBySchool.put(schoolId, doneActivities(schoolId, yearId));
        }
        Set<String> ids = new HashSet<>();
        placements.forEach(p -> ids.add(p.activityId()));
        doneBySchool.values().forEach(m -> m.values().forEach(ids::addAll));
        CoverageCalculator calc = calculator(ids);
        Map<Long, List<Placement>> bySchool = placements.stream().collect(Collectors.groupingBy(Placement::schoolId));
        List<SchoolCoverage> result = new ArrayList<>();
        for (long schoolId : schoolIds) {
            result.add(school(schoolId, startYear, current, calc, classesBySchool.getOrDefault(schoolId, List.of()),
                    plansBySchool.getOrDefault(schoolId, List.of()), bySchool.getOrDefault(schoolId, List.of()),
                    doneBySchool.get(schoolId)));
        }
        return result;
    }

    private SchoolCoverage school(long schoolId, int startYear, boolean current, CoverageCalculator calc,
                                  List<ClassInfo> schoolClasses, List<Plan> schoolPlans, List<Placement> placements,
                                  Map<Long, Set<String>> done) {
        Set<Integer> templateGrades = schoolPlans.stream().filter(Plan::isTemplate).map(Plan::grade)
                .collect(Collectors.toSet());
        Map<Long, Long> planOfClass = new HashMap<>();
        schoolPlans.stream().filter(p -> p.classId() != null).forEach(p -> planOfClass.put(p.classId(), p.id()));
        Map<Long, List<Placement>> byClass = placements.stream().collect(Collectors.groupingBy(Placement::classId));

        List<ClassCoverage> rows = new ArrayList<>();
        for (ClassInfo c : schoolClasses) {
            List<String> planned = byClass.getOrDefault(c.id(), List.of()).stream().map(Placement::activityId)
                    .toList();
            Set<String> doneHere = done.getOrDefault(c.id(), Set.of());
            ClassCoverage.PlanState state = !planOfClass.containsKey(c.id())
                    ? templateGrades.contains(c.grade()) ? ClassCoverage.PlanState.TEMPLATE_NOT_ADOPTED
                    : ClassCoverage.PlanState.NO_PLAN
                    : planned.isEmpty() ? ClassCoverage.PlanState.EMPTY : ClassCoverage.PlanState.PLANNED;
            rows.add(new ClassCoverage(c.id(), c.name(), c.grade(), state, planOfClass.get(c.id()),
                    calc.byArea(planned, doneHere),
                    new Layers(calc.countWithGoals(planned), calc.countWithGoals(doneHere))));
        }
        return new SchoolCoverage(schoolId, startYear, current, calc.areas(), rows,
                gaps(rows, calc.areas(), startYear, current), subjects(schoolClasses, placements, done),
                completed.available());
    }

    /** Class gaps first (by grade and name, areas in framework order), then areas no class in a band has met. */
    static List<Gap> gaps(List<ClassCoverage> rows, List<CompetenceArea> areas, int startYear, boolean current) {
        List<Gap> gaps = new ArrayList<>();
        for (ClassCoverage c : rows) {
            switch (c.state()) {
                case NO_PLAN -> gaps.add(classGap(GapKind.NO_PLAN, c, null, startYear, current));
                case TEMPLATE_NOT_ADOPTED -> gaps.add(classGap(GapKind.NOT_ADOPTED, c, null, startYear, current));
                case EMPTY -> gaps.add(classGap(GapKind.EMPTY_PLAN, c, null, startYear, current));
                case PLANNED -> areas.stream()
                        .filter(a -> c.area(a.id()).planned() == 0 && c.area(a.id()).done() == 0)
                        .forEach(a -> gaps.add(classGap(GapKind.NO_AREA, c, a, startYear, current)));
            }
        }
        for (GradeBand band : GradeBand.values()) {
            List<ClassCoverage> inBand = rows.stream().filter(c -> band.contains(c.grade())).toList();
            if (inBand.size() < 2) {
                continue; // with one class the class gaps already say it
            }
            for (CompetenceArea a : areas) {
                if (inBand.stream().allMatch(c -> c.area(a.id()).planned() == 0 && c.area(a.id()).done() == 0)) {
                    gaps.add(new Gap(GapKind.BAND_NO_AREA, null, null, band.from(), a.id(), a.name(), band,
                            startYear, current));
                }
            }
        }
        return gaps;
    }

    private static Gap classGap(GapKind kind, ClassCoverage c, CompetenceArea area, int startYear, boolean current) {
        return new Gap(kind, c.classId(), c.name(), c.grade(), area == null ? null : area.id(),
                area == null ? null : area.name(), null, startYear, current);
    }

    private SubjectGradeMatrix subjects(List<ClassInfo> schoolClasses, List<Placement> placements,
                                        Map<Long, Set<String>> done) {
        Set<Integer> grades = new TreeSet<>();
        schoolClasses.forEach(c -> grades.add(c.grade()));
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (Placement p : placements) {
            int[] cell = counts.computeIfAbsent(SubjectGradeMatrix.key(p.subjectId(), p.grade()), k -> new int[2]);
            cell[0]++;
            if (done.getOrDefault(p.classId(), Set.of()).contains(p.activityId())) {
                cell[1]++;
            }
        }
        Map<String, Layers> cells = new LinkedHashMap<>();
        counts.forEach((k, v) -> cells.put(k, new Layers(v[0], v[1])));
        return new SubjectGradeMatrix(curriculum.curriculum().subjects(), List.copyOf(grades), cells);
    }

    // ---- helpers

    /** Per class: activities completed by today. */
    private Map<Long, Set<String>> doneActivities(long schoolId, long yearId) {
        LocalDate today = today();
        Map<Long, Set<String>> done = new HashMap<>();
        for (CompletedWork.Completion c : completed.completions(schoolId, yearId)) {
            if (CompletedWorkSource.doneBy(c, today)) {
                done.computeIfAbsent(c.classId(), k -> new HashSet<>()).add(c.activityId());
            }
        }
        return done;
    }

    private CoverageCalculator calculator(Collection<String> activityIds) {
        return new CoverageCalculator(framework(), goals.goalsOf(activityIds));
    }

    private static Set<String> union(Collection<String> a, Collection<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
