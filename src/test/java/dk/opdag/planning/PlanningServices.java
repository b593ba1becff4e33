package dk.opdag.planning;

import dk.opdag.classroom.ClassAccess;
import dk.opdag.curriculum.CatalogueService;
import dk.opdag.curriculum.SubjectCatalog;
import dk.opdag.testing.Fixtures;
import java.time.Clock;

/** The year-plan services wired by hand over one database, as Spring wires them, for tests without a context. */
public final class PlanningServices {

    public final PlanRepository repository;
    public final PlanAccess access;
    public final Plans plans;
    public final SchoolHolidays schoolHolidays;
    public final PlanItems planItems;
    public final PlanAdoption adoption;
    public final NextYearCopy yearCopy;
    public final PlanOverview planOverview;

    public PlanningServices(Fixtures f, CatalogueService catalogue, SubjectCatalog subjects, Clock clock) {
        repository = new PlanRepository(f.dsl);
        access = new PlanAccess(f.classesApi);
        plans = new Plans(repository, access, f.classesApi, catalogue, subjects, clock);
        schoolHolidays = new SchoolHolidays(repository, access, f.schoolsApi);
        planItems = new PlanItems(repository, plans, schoolHolidays, f.classesApi, catalogue, subjects);
        adoption = new PlanAdoption(repository, access, plans, f.classesApi, new ClassAccess(f.classes),
                f.schoolsApi);
        yearCopy = new NextYearCopy(repository, plans, adoption, schoolHolidays, f.classesApi, f.schoolsApi);
        planOverview = new PlanOverview(repository, access, plans, f.classesApi, f.schoolsApi);
    }
}
