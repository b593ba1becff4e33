package dk.opdag.curriculum.load;

import dk.opdag.curriculum.model.Evaluation;
import dk.opdag.curriculum.model.Guide;
import dk.opdag.curriculum.model.Lesson;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Rules for the teacher's guide: lessons match {@code lessons}, 45 minutes each, evaluation per goal, reflection. */
final class GuideChecks {

    static final int LESSON_MINUTES = 45;
    static final int MIN_REFLECTION = 3;
    static final int MAX_REFLECTION = 5;

    private GuideChecks() {
    }

    static void check(ActivityReader.Read read) {
        Guide guide = read.activity().guide();
        if (guide == null) {
            return;
        }
        checkLessons(read, guide);
        checkEvaluation(read, guide);
        checkReflection(read, guide);
    }

    private static void checkLessons(ActivityReader.Read read, Guide guide) {
        FileReport report = read.report();
        int lessons = read.activity().lessons();
        if (report.readable("lessons") && report.readable("guide.lessons") && lessons != guide.lessons().size()) {
            report.report(Rule.LESSON_COUNT, read.line("guide.lessons"), "'lessons' er " + lessons
                    + ", men guide.lessons har " + guide.lessons().size() + " lektion(er); de skal passe sammen");
        }
        for (int i = 0; i < guide.lessons().size(); i++) {
            String path = "guide.lessons[" + (i + 1) + "]";
            Lesson lesson = guide.lessons().get(i);
            if (report.intact(path) && lesson.minutes() != LESSON_MINUTES) {
                String sum = lesson.steps().stream().map(s -> Integer.toString(s.minutes()))
                        .collect(Collectors.joining(" + "));
                report.report(Rule.LESSON_MINUTES, read.line(path), "lektion " + (i + 1) + " ('" + lesson.title()
                        + "') varer " + lesson.minutes() + " minutter (" + sum + "), men en lektion er "
                        + LESSON_MINUTES + " minutter");
            }
        }
    }

    private static void checkEvaluation(ActivityReader.Read read, Guide guide) {
        FileReport report = read.report();
        if (!report.intact("guide.evaluation") || !report.intact("goals")) {
            return;
        }
        List<String> goals = read.activity().goals();
        Set<String> evaluated = new HashSet<>();
        for (int i = 0; i < guide.evaluation().size(); i++) {
            Evaluation e = guide.evaluation().get(i);
            Integer line = read.line("guide.evaluation[" + (i + 1) + "]");
            if (!goals.contains(e.goal())) {
                report.report(Rule.EVALUATION_GOALS, line, "evaluation nævner målet '" + e.goal()
                        + "', som ikke står i 'goals'");
            } else if (!evaluated.add(e.goal())) {
                report.report(Rule.EVALUATION_GOALS, line, "målet '" + e.goal() + "' evalueres to gange");
            }
        }
        goals.stream().filter(g -> !evaluated.contains(g)).distinct().forEach(g -> report.report(
                Rule.EVALUATION_GOALS, read.line("guide.evaluation"),
                "målet '" + g + "' mangler en evaluering i guide.evaluation (én pr. mål i 'goals')"));
    }

    private static void checkReflection(ActivityReader.Read read, Guide guide) {
        if (!read.report().readable("guide.reflection")) {
            return;
        }
        int count = guide.reflection().size();
        Integer line = read.line("guide.reflection");
        if (count < MIN_REFLECTION) {
            read.report().report(Rule.REFLECTION_TOO_FEW, line, "guide.reflection har " + count
                    + " spørgsmål, men skal have " + MIN_REFLECTION + "–" + MAX_REFLECTION
                    + " om, hvad teknologien gør ved mennesker");
        } else if (count > MAX_REFLECTION) {
            read.report().report(Rule.REFLECTION_TOO_MANY, line, "guide.reflection har " + count
                    + " spørgsmål; skrivevejledningen siger " + MIN_REFLECTION + "–" + MAX_REFLECTION);
        }
    }
}
