package dk.opdag.classroom;

import java.time.LocalDate;

/** Danish school years run August–June: from 1 August a new one begins. */
public final class SchoolYears {

    private SchoolYears() {
    }

    public static int startYearOf(LocalDate date) {
        return date.getMonthValue() >= 8 ? date.getYear() : date.getYear() - 1;
    }

    /** "2026/27". */
    public static String label(int startYear) {
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }
}
