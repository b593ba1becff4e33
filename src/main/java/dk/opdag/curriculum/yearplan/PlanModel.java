package dk.opdag.curriculum.yearplan;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a sample year plan places technology understanding in the host subjects: spread over the year, about two
 * lessons a week ({@code integreret}), or gathered in theme weeks ({@code temauger}). Both average two lessons a week.
 */
public enum PlanModel {
    INTEGRERET("integreret"),
    TEMAUGER("temauger");

    private final String id;

    PlanModel(String id) {
        this.id = id;
    }

    /** The name in the files and in the database. */
    public String id() {
        return id;
    }

    public static Optional<PlanModel> of(String id) {
        return Arrays.stream(values()).filter(m -> m.id.equals(id)).findFirst();
    }
}
