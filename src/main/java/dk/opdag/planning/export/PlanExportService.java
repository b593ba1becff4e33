package dk.opdag.planning.export;

import dk.opdag.account.SignedInUser;
import dk.opdag.classroom.SchoolYears;
import dk.opdag.curriculum.ActivityGoals;
import dk.opdag.planning.Plan;
import dk.opdag.planning.PlanItems;
import dk.opdag.planning.PlannedActivity;
import dk.opdag.planning.Plans;
import dk.opdag.planning.coverage.CoverageService;
import dk.opdag.shell.OpdagI18nProvider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Plans leaving Opdag: CSV for spreadsheets and the competence areas each item works with, for print and export. */
@Service
public class PlanExportService {

    private final Plans plans;
    private final PlanItems planItems;
    private final ActivityGoals goals;
    private final CoverageService coverageService;

    public PlanExportService(Plans plans, PlanItems planItems, ActivityGoals goals,
                             CoverageService coverageService) {
        this.plans = plans;
        this.planItems = planItems;
        this.goals = goals;
        this.coverageService = coverageService;
    }

    /** The name a plan goes by in files and print: "5.B" or "Årgangsplan for 5. klasse". */
    public static String planName(Plan plan, Locale locale) {
        return plan.isTemplate() ? OpdagI18nProvider.translate("planning.template-name", locale, plan.grade())
                : plan.className();
    }

    @Transactional(readOnly = true)
    public byte[] csv(SignedInUser user, long planId, Locale locale) {
        Plan plan = plans.plan(user, planId);
        List<PlannedActivity> items = planItems.items(user, planId);
        return PlanCsv.write(planName(plan, locale), SchoolYears.label(plan.startYear()), items,
                areaNames(items), locale);
    }

    public static String csvFileName(Plan plan) {
        String who = plan.isTemplate() ? "aargang-" + plan.grade() : plan.className().replaceAll("[^A-Za-z0-9]+", "");
        return "aarsplan-" + who + "-" + plan.startYear() + ".csv";
    }

    /** Competence area names per activity, in framework order. */
    @Transactional(readOnly = true)
    public Map<String, List<String>> areaNames(List<PlannedActivity> items) {
        Set<String> ids = items.stream().map(PlannedActivity::activityId).collect(Collectors.toSet());
        var framework = coverageService.framework();
        Map<String, Set<String>> codes = new LinkedHashMap<>();
        for (var g : goals.goalsOf(ids)) {
            if (g.framework().equals(framework.version())) {
                codes.computeIfAbsent(g.activityId(), k -> new java.util.HashSet<>()).add(g.areaCode());
            }
        }
        Map<String, List<String>> names = new LinkedHashMap<>();
        codes.forEach((activity, areaCodes) -> {
            List<String> ordered = new ArrayList<>();
            framework.areas().stream().filter(a -> areaCodes.contains(a.id())).forEach(a -> ordered.add(a.name()));
            names.put(activity, ordered);
        });
        return names;
    }
}
