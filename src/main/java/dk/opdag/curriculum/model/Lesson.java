package dk.opdag.curriculum.model;

import java.util.List;

/** One 45-minute lektion in the teacher's guide. */
public record Lesson(String title, List<Step> steps) {

    public Lesson {
        steps = List.copyOf(steps);
    }

    public int minutes() {
        return steps.stream().mapToInt(Step::minutes).sum();
    }
}
