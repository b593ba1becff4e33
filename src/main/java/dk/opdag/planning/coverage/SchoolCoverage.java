package dk.opdag.planning.coverage;

import dk.opdag.curriculum.model.CompetenceArea;
import java.util.List;

/**
 * A school's coverage in one school year: the heat map rows (classes × competence areas), the gaps in words, and
 * subjects × grades.
 *
 * @param progressAvailable whether completed work is known (the classroom feature reports it); without it the done
 *                          layer is empty rather than zero
 */
public record SchoolCoverage(long schoolId, int startYear, boolean current, List<CompetenceArea> areas,
                             List<ClassCoverage> classes, List<Gap> gaps, SubjectGradeMatrix subjects,
                             boolean progressAvailable) {
}
