package dk.opdag.materials;

import dk.opdag.planning.Plan;
import dk.opdag.planning.PlannedActivity;
import dk.opdag.planning.Week;
import dk.opdag.shell.OpdagI18nProvider;

/** "5.B, uge 41–43: Skildpadden tegner": a plan item as people name it. */
final class PlanLabels {

    private PlanLabels() {
    }

    static String item(Plan plan, PlannedActivity item) {
        int from = Week.ofCode(item.fromWeek()).number();
        int to = Week.ofCode(item.toWeek()).number();
        String weeks = from == to ? Integer.toString(from) : from + "–" + to;
        String owner = plan.className() != null ? plan.className() : plan.grade() + ". klasse";
        return OpdagI18nProvider.translate("materials.plan-item", OpdagI18nProvider.DANISH, owner, weeks,
                item.activityTitle());
    }
}
