package dk.opdag.planning.demo;

import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.classroom.ClassSummary;
import dk.opdag.classroom.ClassTeacher;
import dk.opdag.classroom.Classes;
import dk.opdag.classroom.Schools;
import dk.opdag.classroom.StaffRow;
import dk.opdag.planning.ItemDraft;
import dk.opdag.planning.Plan;
import dk.opdag.planning.PlanAdoption;
import dk.opdag.planning.PlanItems;
import dk.opdag.planning.PlannedActivity;
import dk.opdag.planning.SchoolCalendar;
import dk.opdag.planning.SchoolHolidays;
import dk.opdag.planning.Week;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Year plans for the demo school, made through the same service the views use, so that {@code --demo} shows a
 * realistic picture with gaps: 2.A has adopted its grade's plan and moved an item, 8.C has adopted a plan without
 * any digital myndiggørelse, and 5.B has no plan at all.
 */
@Service
public class PlanningDemoData {

    private static final Logger LOG = LoggerFactory.getLogger(PlanningDemoData.class);

    /** An activity in a template: catalogue id, subject, start week number and length in teaching weeks. */
    private record Entry(String activity, String subject, int week, int weeks) {
    }

    private static final List<Entry> GRADE_2 = List.of(
            new Entry("laer-computeren-katte", "natur-teknologi", 36, 2),
            new Entry("design-til-skolegaarden", "dansk", 45, 3),
            new Entry("skolebussens-vej", "matematik", 10, 2),
            new Entry("kodeord-er-hemmelige", "dansk", 17, 2));

    private static final List<Entry> GRADE_8 = List.of(
            new Entry("hvorfor-fylder-billedet", "fysik-kemi", 38, 2),
            new Entry("systemet-der-styrer-sig-selv", "fysik-kemi", 3, 3),
            new Entry("internettet-i-idraetshallen", "fysik-kemi", 18, 2));

    private final PlanItems planItems;
    private final PlanAdoption adoption;
    private final SchoolHolidays schoolHolidays;
    private final Classes classes;
    private final Schools schools;

    public PlanningDemoData(PlanItems planItems, PlanAdoption adoption, SchoolHolidays schoolHolidays, Classes classes,
                            Schools schools) {
        this.planItems = planItems;
        this.adoption = adoption;
        this.schoolHolidays = schoolHolidays;
        this.classes = classes;
        this.schools = schools;
    }

    /** Holidays, grade plans for 2. and 8. klasse, and the class plans of 2.A and 8.C. */
    public void create(long schoolId, int startYear) {
        Optional<StaffRow> leaderRow = classes.staffOfSchool(schoolId).stream()
                .filter(s -> s.role() == Role.LEADER).findFirst();
        if (leaderRow.isEmpty()) {
            return;
        }
        SignedInUser leader = new SignedInUser(leaderRow.get().id(), Role.LEADER, leaderRow.get().name(), schoolId);
        schoolHolidays.setHolidays(leader, schoolId, startYear,
                new HashSet<>(SchoolCalendar.usualHolidays(startYear)));
        SchoolCalendar calendar = schoolHolidays.calendar(schoolId, startYear);
        template(leader, schoolId, startYear, 2, GRADE_2, calendar);
        template(leader, schoolId, startYear, 8, GRADE_8, calendar);

        List<ClassSummary> schoolClasses = classes.summariesOfSchool(schoolId, schools.schoolYear(startYear));
        for (ClassSummary c : schoolClasses) {
            if (c.grade() != 2 && c.grade() != 8) {
                continue; // 5.B is left without a plan: the gap a leader should notice
            }
            List<ClassTeacher> teachers = classes.teachersOf(c.id());
            if (teachers.isEmpty()) {
                continue;
            }
            SignedInUser teacher = new SignedInUser(teachers.getFirst().id(), Role.TEACHER,
                    teachers.getFirst().name(), schoolId);
            long plan = adoption.adopt(teacher, c.id()).planId();
            if (c.grade() == 2) {
                // The class needs the design unit a little later, after the autumn's reading project.
                PlannedActivity design = planItems.items(teacher, plan).stream()
                        .filter(i -> i.activityId().equals("design-til-skolegaarden")).findFirst().orElseThrow();
                calendar.teachingWeekFrom(design.fromWeek() + 2).ifPresent(w ->
                        planItems.moveItem(teacher, design.id(), design.version(), w.code()));
            }
        }
        LOG.info("Demo year plans created for {}", dk.opdag.classroom.SchoolYears.label(startYear));
    }

    private void template(SignedInUser leader, long schoolId, int startYear, int grade, List<Entry> entries,
                          SchoolCalendar calendar) {
        Plan template = adoption.template(leader, schoolId, startYear, grade);
        for (Entry e : entries) {
            Optional<Week> start = calendar.byNumber(e.week()).flatMap(w -> calendar.teachingWeekFrom(w.code()));
            if (start.isEmpty()) {
                continue;
            }
            Week end = calendar.endAfter(start.get().code(), e.weeks()).orElse(start.get());
            planItems.addItem(leader, template.id(), new ItemDraft(e.activity(), e.subject(), start.get().code(),
                    end.code(), null, null));
        }
    }
}
