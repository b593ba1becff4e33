package dk.opdag.curriculum;

import dk.opdag.curriculum.catalogue.ActivityGoal;
import dk.opdag.curriculum.catalogue.CoverageRepository;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;

/** The goals that activities aim at, read from the synchronised catalogue (for coverage and plan exports). */
@Service
public class ActivityGoals {

    private final CoverageRepository coverage;

    public ActivityGoals(CoverageRepository coverage) {
        this.coverage = coverage;
    }

    /** The goals of each of these activities, by activity and goal id; none for an empty collection. */
    public List<ActivityGoal> goalsOf(Collection<String> activityIds) {
        return coverage.goalsOf(activityIds);
    }
}
