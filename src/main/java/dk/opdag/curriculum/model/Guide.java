package dk.opdag.curriculum.model;

import java.util.List;

/**
 * The teacher's guide: preparation (Markdown), the lessons, reflection questions and evaluation per goal, plus the
 * subject knowledge a non-specialist needs: background (Markdown), a word list and an answer key. Background,
 * vocabulary and answers are empty in guides written before they existed and in teachers' own activities.
 */
public record Guide(String preparation, List<Lesson> lessons, List<String> reflection, List<Evaluation> evaluation,
                    String background, List<Term> vocabulary, List<Answer> answers) {

    public Guide {
        lessons = List.copyOf(lessons);
        reflection = List.copyOf(reflection);
        evaluation = List.copyOf(evaluation);
        // Stored JSON of an older version has no such fields.
        vocabulary = vocabulary == null ? List.of() : List.copyOf(vocabulary);
        answers = answers == null ? List.of() : List.copyOf(answers);
    }

    /** A guide without background, word list or answer key (a teacher's own activity). */
    public Guide(String preparation, List<Lesson> lessons, List<String> reflection, List<Evaluation> evaluation) {
        this(preparation, lessons, reflection, evaluation, null, List.of(), List.of());
    }
}
