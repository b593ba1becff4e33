package dk.opdag.training.content;

import java.util.List;

/**
 * One module of a track: goals tied to competence items, a short read, something to try oneself, a practice task
 * for one's own class, logbook prompts, a dialogue card for the team, and a knowledge check.
 *
 * @param read       Markdown, a few short paragraphs
 * @param tryIt      a catalogue activity or block experiment to try in the teacher's own try mode
 * @param inClass    an activity to give one's class, and what to look for
 * @param reflection prompts for the private logbook
 * @param cardId     the dialogue card for the next team meeting
 */
public record Module(String id, String trackId, String title, int minutes, List<Goal> goals, String read,
                     TryIt tryIt, InClass inClass, List<String> reflection, String cardId, List<Question> check) {

    public Module {
        goals = List.copyOf(goals);
        reflection = List.copyOf(reflection);
        check = List.copyOf(check);
    }

    /** A goal of the module, in words, and the competence item it moves. */
    public record Goal(String itemId, String text) {
    }

    /** What "prøv selv" opens: an activity page or an experiment, both in the teacher's try mode. */
    public record TryIt(Kind kind, String targetId, String task) {
        public enum Kind { ACTIVITY, EXPERIMENT }
    }

    /** "I din klasse": the activity to give one class, and the task for the teacher while it runs. */
    public record InClass(String activityId, String task) {
    }

    /** A knowledge-check question with one correct option and an explanation shown after answering. */
    public record Question(String question, String program, List<Option> options, String explanation) {

        public Question {
            options = List.copyOf(options);
        }

        /** The index of the correct option, or -1 in content that failed the check. */
        public int correctIndex() {
            for (int i = 0; i < options.size(); i++) {
                if (options.get(i).correct()) {
                    return i;
                }
            }
            return -1;
        }
    }

    public record Option(String text, boolean correct) {
    }
}
