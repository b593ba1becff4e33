package dk.opdag.classroom;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** What other features may read about schools and school years. */
@Service
public class Schools {

    private final SchoolRepository schools;

    public Schools(SchoolRepository schools) {
        this.schools = schools;
    }

    /** Every school, by municipality and name. */
    public List<School> all() {
        return schools.schools();
    }

    public Optional<School> school(long schoolId) {
        return schools.school(schoolId);
    }

    /** The id of the school year that starts in August of {@code startYear}, created on first use. */
    public long schoolYear(int startYear) {
        return schools.schoolYear(startYear);
    }

    /** The school year's id if it exists, without creating it (for read-only paths). */
    public Optional<Long> findSchoolYear(int startYear) {
        return schools.findSchoolYear(startYear);
    }
}
