package dk.opdag.planning;

import dk.opdag.account.SignedInUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Planned vs done for a class plan: what was done, what slipped (its weeks are over and it is not done), what runs
 * now and what comes in the next two teaching weeks. Without completed work (no classroom feature yet) past items are
 * only "past": the plan cannot know whether they happened.
 */
@Service
public class PlanProgressService {

    private final Plans plans;
    private final PlanItems planItems;
    private final SchoolHolidays schoolHolidays;
    private final CompletedWorkSource completed;
    private final Clock clock;

    public PlanProgressService(Plans plans, PlanItems planItems, SchoolHolidays schoolHolidays,
                               CompletedWorkSource completed, Clock clock) {
        this.plans = plans;
        this.planItems = planItems;
        this.schoolHolidays = schoolHolidays;
        this.completed = completed;
        this.clock = clock;
    }

    public enum Status {
        DONE, SLIPPED, PAST, NOW, NEXT, LATER
    }

    /** Work the class did that is not in its plan, with the activity's title. */
    public record Unplanned(String title, CompletedWork.Completion completion) {
    }

    /** An item and how it stands; {@code completion} is the class's assignment of the activity, if any. */
    public record ItemProgress(PlannedActivity item, Status status, CompletedWork.Completion completion) {
    }

    /**
     * @param nextWeeks the next two teaching weeks after this one
     * @param unplanned assignments of activities the plan does not have (done outside the plan)
     */
    public record PlanProgress(boolean available, Week thisWeek, List<Week> nextWeeks, List<ItemProgress> items,
                               List<Unplanned> unplanned) {

        public List<ItemProgress> with(Status status) {
            return items.stream().filter(i -> i.status() == status).toList();
        }

        public Map<Status, Integer> counts() {
            Map<Status, Integer> counts = new EnumMap<>(Status.class);
            for (Status s : Status.values()) {
                counts.put(s, with(s).size());
            }
            return counts;
        }
    }

    @Transactional(readOnly = true)
    public PlanProgress forPlan(SignedInUser user, long planId) {
        Plan plan = plans.plan(user, planId);
        List<PlannedActivity> items = planItems.items(user, planId);
        SchoolCalendar calendar = schoolHolidays.calendar(plan);
        LocalDate today = LocalDate.now(clock);
        Week thisWeek = Week.of(today);
        List<Week> next = calendar.teachingWeeksAfter(today, 2);
        Set<Integer> nextCodes = next.stream().map(Week::code).collect(Collectors.toSet());
        boolean available = plan.classId() != null && completed.available();
        Map<String, CompletedWork.Completion> byActivity = available
                ? completed.completions(plan.schoolId(), plan.schoolYearId()).stream()
                        .filter(c -> c.classId() == plan.classId())
                        .collect(Collectors.toMap(CompletedWork.Completion::activityId, c -> c, PlanProgressService::later))
                : Map.of();
        List<ItemProgress> result = new ArrayList<>();
        for (PlannedActivity item : items) {
            CompletedWork.Completion c = byActivity.get(item.activityId());
            result.add(new ItemProgress(item, status(item, c, available, today, thisWeek.code(), nextCodes), c));
        }
        Set<String> plannedIds = items.stream().map(PlannedActivity::activityId).collect(Collectors.toSet());
        List<Unplanned> unplanned = byActivity.values().stream()
                .filter(c -> !plannedIds.contains(c.activityId()))
                .sorted(java.util.Comparator.comparing(CompletedWork.Completion::assignedOn))
                .map(c -> new Unplanned(plans.activityTitle(c.activityId(), plan.schoolId()), c)).toList();
        return new PlanProgress(available, thisWeek, next, result, unplanned);
    }

    static Status status(PlannedActivity item, CompletedWork.Completion c, boolean available, LocalDate today,
                         int thisWeek, Set<Integer> nextWeeks) {
        if (available && c != null && CompletedWorkSource.doneBy(c, today)) {
            return Status.DONE;
        }
        if (item.toWeek() < thisWeek) {
            return available ? Status.SLIPPED : Status.PAST;
        }
        if (item.fromWeek() <= thisWeek) {
            return Status.NOW;
        }
        return nextWeeks.contains(item.fromWeek()) ? Status.NEXT : Status.LATER;
    }

    /** Of two assignments of one activity, the one given last counts. */
    private static CompletedWork.Completion later(CompletedWork.Completion a, CompletedWork.Completion b) {
        return b.assignedOn().isAfter(a.assignedOn()) ? b : a;
    }
}
