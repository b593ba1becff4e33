package dk.opdag.classroom.export;

import dk.opdag.account.SignedInUser;
import dk.opdag.classroom.assignment.Assignment;
import dk.opdag.classroom.assignment.AssignmentService;
import dk.opdag.classroom.progress.ProgressGrid;
import dk.opdag.classroom.progress.ProgressService;
import dk.opdag.classroom.reflection.ReflectionService;
import dk.opdag.experiment.level.Grade;
import dk.opdag.shell.OpdagI18nProvider;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A class's progress and reflection answers as spreadsheets for the class's own teachers (never leaders or admins:
 * it is the pupils' work, name by name). Built on the same services as the teacher's pages, so the access checks,
 * the pupils counted and the audit of reading reflections are the same as on screen.
 */
@Service
public class ClassExportService {

    private static final ZoneId SCHOOL_ZONE = ZoneId.of("Europe/Copenhagen");

    private final AssignmentService assignments;
    private final ProgressService progress;
    private final ReflectionService reflections;

    public ClassExportService(AssignmentService assignments, ProgressService progress,
                              ReflectionService reflections) {
        this.assignments = assignments;
        this.progress = progress;
        this.reflections = reflections;
    }

    /**
     * One line per pupil, assignment, experiment and level: the experiment's status as in the live grid, the level's
     * result in words and its best score (0–30), the runs and when the pupil last worked on it.
     */
    @Transactional(readOnly = true)
    public String progressCsv(SignedInUser teacher, long classId, Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale);
        for (Assignment a : assignments.ofClass(teacher, classId)) {
            if (a.removed()) {
                continue;
            }
            ProgressGrid grid = progress.grid(teacher, a.id());
            for (ProgressGrid.Row row : grid.rows()) {
                for (int c = 0; c < grid.columns().size(); c++) {
                    ProgressGrid.Column column = grid.columns().get(c);
                    ProgressGrid.Cell cell = row.cells().get(c);
                    String status = t(locale, "teaching.status." + cell.status().name());
                    String last = cell.lastChange() == null ? ""
                            : when.format(cell.lastChange().atZoneSameInstant(SCHOOL_ZONE));
                    List<Integer> scores = cell.bestScores().isEmpty() ? java.util.Collections.singletonList(null)
                            : cell.bestScores();
                    for (int level = 0; level < scores.size(); level++) {
                        Integer best = scores.get(level);
                        rows.add(List.of(row.name(), a.activityTitle(), column.title(), status,
                                Integer.toString(level + 1), levelResult(locale, best),
                                best == null ? "" : best.toString(), Integer.toString(cell.runs()), last));
                    }
                }
            }
        }
        return CsvText.of(List.of(t(locale, "export.col.pupil"), t(locale, "export.col.assignment"),
                t(locale, "export.col.experiment"), t(locale, "export.col.status"), t(locale, "export.col.level"),
                t(locale, "export.col.level-result"), t(locale, "export.col.best"), t(locale, "export.col.runs"),
                t(locale, "export.col.last")), rows);
    }

    /** One line per answer: assignment, question, pupil, the answer and whether it was chosen for the board. */
    @Transactional
    public String reflectionsCsv(SignedInUser teacher, long classId, Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        for (Assignment a : assignments.ofClass(teacher, classId)) {
            if (a.removed()) {
                continue;
            }
            for (ReflectionService.QuestionAnswers q : reflections.byQuestion(teacher, a.id())) {
                for (ReflectionService.PupilAnswer answer : q.answers()) {
                    rows.add(List.of(a.activityTitle(), Integer.toString(q.questionNo() + 1), q.question(),
                            answer.pupilName(), answer.text(),
                            t(locale, answer.shown() ? "export.yes" : "export.no")));
                }
            }
        }
        return CsvText.of(List.of(t(locale, "export.col.assignment"), t(locale, "export.col.question-no"),
                t(locale, "export.col.question"), t(locale, "export.col.pupil"), t(locale, "export.col.answer"),
                t(locale, "export.col.shown")), rows);
    }

    private static String levelResult(Locale locale, Integer best) {
        if (best == null) {
            return t(locale, "export.level.none");
        }
        if (best >= Grade.ALL_PASS) {
            return t(locale, "export.level.perfect");
        }
        return t(locale, best >= Grade.TOO_MANY_BLOCKS ? "export.level.passed" : "export.level.not-passed");
    }

    private static String t(Locale locale, String key) {
        return OpdagI18nProvider.translate(key, locale);
    }
}
