package dk.opdag.curriculum.yearplan;

import java.util.List;

/** A sample year plan ("årsplan-skabelon") for one grade in one model, from {@code curriculum/yearplans/}. */
public record SamplePlan(String id, int grade, PlanModel model, String title, String rationale, int lessonsPerWeek,
                         int teachingWeeks, List<SampleItem> items) {

    public SamplePlan {
        items = List.copyOf(items);
    }

    public int totalLessons() {
        return items.stream().mapToInt(SampleItem::lessons).sum();
    }

    public int ownLessons() {
        return items.stream().filter(SampleItem::isOwn).mapToInt(SampleItem::lessons).sum();
    }
}
