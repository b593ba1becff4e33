package dk.opdag.training.team;

import dk.opdag.account.SignedInUser;
import dk.opdag.planning.TrainingItem;
import dk.opdag.planning.TrainingItemDraft;
import dk.opdag.planning.TrainingPlanService;
import dk.opdag.training.TrainingCatalog;
import dk.opdag.training.TrainingException;
import dk.opdag.training.content.Module;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Step 5: the team puts a module in the school's year plan, as a training item through planning's service. Only
 * the team's members and its school's leader may.
 */
@Service
public class TeamPlanService {

    private final TeamService teams;
    private final TrainingPlanService plans;
    private final TrainingCatalog catalog;

    public TeamPlanService(TeamService teams, TrainingPlanService plans, TrainingCatalog catalog) {
        this.teams = teams;
        this.plans = plans;
        this.catalog = catalog;
    }

    @Transactional
    public TrainingItem putInYearPlan(SignedInUser user, long teamId, String moduleId, int fromWeek, int toWeek,
                                      String note) {
        TeamRepository.Team team = teams.requireTeamAccess(user, teamId);
        Module module = catalog.module(moduleId)
                .orElseThrow(() -> new TrainingException("training.module.error.not-found"));
        return plans.add(user, plans.currentStartYear(), new TrainingItemDraft(module.id(), module.title(),
                team.name(), team.id(), fromWeek, toWeek, note));
    }

    /** The team's items in this school year's plan. */
    @Transactional(readOnly = true)
    public List<TrainingItem> itemsOf(SignedInUser user, long teamId) {
        teams.requireTeamAccess(user, teamId);
        return plans.ofSchool(user, plans.currentStartYear()).stream()
                .filter(i -> i.groupRef() != null && i.groupRef() == teamId).toList();
    }
}
