package dk.opdag.testing;

import dk.opdag.account.Accounts;
import dk.opdag.account.CodeKind;
import dk.opdag.account.Role;
import dk.opdag.account.UserRepository;
import dk.opdag.classroom.ClassRepository;
import dk.opdag.classroom.Classes;
import dk.opdag.classroom.SchoolRepository;
import dk.opdag.classroom.Schools;
import org.jooq.DSLContext;

/**
 * A small school built through the real repositories, for tests that need people and classes; the service APIs
 * other features use ({@link #classesApi}, {@link #schoolsApi}, {@link #accounts}) read the same tables.
 */
public final class Fixtures {

    public final DSLContext dsl;
    public final SchoolRepository schools;
    public final ClassRepository classes;
    public final UserRepository users;
    public final Classes classesApi;
    public final Schools schoolsApi;
    public final Accounts accounts;
    public final long school;
    public final long year;

    public Fixtures(DSLContext dsl) {
        this.dsl = dsl;
        this.schools = new SchoolRepository(dsl);
        this.classes = new ClassRepository(dsl);
        this.users = new UserRepository(dsl);
        this.classesApi = new Classes(classes);
        this.schoolsApi = new Schools(schools);
        this.accounts = new Accounts(users);
        this.school = schools.createSchool(schools.municipality("Testkommune"), "Testskolen");
        this.year = schools.schoolYear(2026);
    }

    public long newClass(String name, String code, CodeKind kind) {
        return classes.create(school, year, name, name.charAt(0) - '0', code, kind);
    }

    public long teacher(String username) {
        return users.createStaff(Role.TEACHER, school, username, "{noop}x", "Lærer " + username);
    }

    public long pupil(long classId, String name, String initial, String code) {
        long id = users.createPupil(school, name, initial, code);
        classes.enrol(id, classId, year);
        return id;
    }
}
