package dk.opdag.demo;

import dk.opdag.classroom.Classes;
import dk.opdag.classroom.PupilRow;
import dk.opdag.classroom.barometer.MeasureAnswer;
import dk.opdag.classroom.barometer.MeasureHistory;
import dk.opdag.classroom.barometer.MeasureKind;
import dk.opdag.curriculum.CurriculumStore;
import dk.opdag.curriculum.model.GradeBand;
import dk.opdag.curriculum.model.MeasureTask;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The demo's measurement: 8.C took the start round a few weeks ago and it is closed, so the teacher's growth chart,
 * the pupils' "self vs real" and the leader's grade picture show something. Who solved what follows a fixed pattern
 * (a mix of strong and weaker pupils and areas), not chance, so every demo looks the same.
 */
@Component
public class DemoMeasure {

    private final MeasureHistory measures;
    private final Classes classes;
    private final CurriculumStore curriculum;
    private final Clock clock;

    public DemoMeasure(MeasureHistory measures, Classes classes, CurriculumStore curriculum, Clock clock) {
        this.measures = measures;
        this.classes = classes;
        this.curriculum = curriculum;
        this.clock = clock;
    }

    void create(DemoLessons.DemoClass klass, int grade) {
        GradeBand band = GradeBand.of(grade);
        List<MeasureTask> tasks = curriculum.curriculum().measureTasks(band);
        if (tasks.isEmpty()) {
            return;
        }
        OffsetDateTime opened = OffsetDateTime.now(clock).minus(Duration.ofDays(30));
        long round = measures.open(klass.classId(), MeasureKind.START, band.label(), opened);
        List<PupilRow> pupils = classes.pupils(klass.classId());
        for (int p = 0; p < pupils.size(); p++) {
            for (int t = 0; t < tasks.size(); t++) {
                MeasureTask task = tasks.get(t);
                // Stronger pupils first in the list; later tasks are harder; questions a little easier than programs.
                boolean solved = (p * 3 + t * 5 + (task.kind() == MeasureTask.Kind.CHOICE ? 0 : 7)) % 11 < 7;
                int score = solved ? 30 : task.kind() == MeasureTask.Kind.CHOICE ? 0 : 10;
                Integer choice = task.kind() == MeasureTask.Kind.CHOICE
                        ? (solved ? task.answer() : (task.answer() + 1) % task.options().size()) : null;
                measures.answer(new MeasureAnswer(round, pupils.get(p).id(), task.id(), task.area(), solved,
                        score, choice, opened.plus(Duration.ofMinutes(2L * t + p))));
            }
        }
        measures.close(round, opened.plus(Duration.ofDays(2)));
    }
}
