package dk.opdag.curriculum.model;

import java.util.List;

/** The teacher's guide: preparation (Markdown), the lessons, reflection questions and evaluation per goal. */
public record Guide(String preparation, List<Lesson> lessons, List<String> reflection, List<Evaluation> evaluation) {

    public Guide {
        lessons = List.copyOf(lessons);
        reflection = List.copyOf(reflection);
        evaluation = List.copyOf(evaluation);
    }
}
