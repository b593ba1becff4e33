package dk.opdag.classroom;

import dk.opdag.account.CodeKind;

/** A class in one school year, e.g. 5.B in 2026/27. */
public record ClassInfo(long id, long schoolId, long schoolYearId, int startYear, String name, int grade,
                        String classCode, CodeKind codeKind) {
}
