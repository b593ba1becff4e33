package dk.opdag.training.content;

import java.util.Arrays;
import java.util.Optional;

/**
 * The four dimensions of a teacher's competence profile, adapted from KL's competence catalogue (anvendelse,
 * teknologiforståelse) and the teaching side of technology understanding (digital didaktik, udvikling og deling).
 * The id is what {@code competences.yaml} and the database use; names and descriptions live in the YAML file.
 */
public enum Dimension {
    ANVENDELSE("anvendelse"),
    TEKNOLOGIFORSTAAELSE("teknologiforstaaelse"),
    DIDAKTIK("didaktik"),
    UDVIKLING("udvikling");

    private final String id;

    Dimension(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /**
     * The dimension's name in the user's language: the YAML's Danish name, or in English mode the bundle's
     * {@code training.dimension.<id>} (a UI label, unlike the statements, which are Danish content).
     */
    public String label(String danishName, java.util.Locale locale) {
        if (locale == null || !"en".equals(locale.getLanguage())) {
            return danishName;
        }
        return dk.opdag.shell.OpdagI18nProvider.translate("training.dimension." + id, locale);
    }

    public static Optional<Dimension> fromId(String id) {
        return Arrays.stream(values()).filter(d -> d.id.equals(id)).findFirst();
    }
}
