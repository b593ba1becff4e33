package dk.opdag.curriculum.catalogue;

/**
 * What a teacher filters the catalogue by; null means "any". {@code area} is a competence area code of the current
 * framework (dm, dd, ct, th).
 */
public record CatalogueQuery(String text, String subjectId, Integer grade, String area, Integer maxLessons,
                             Boolean crossSubject, Boolean unplugged, Boolean hasExperiment) {

    public static CatalogueQuery all() {
        return new CatalogueQuery(null, null, null, null, null, null, null, null);
    }
}
