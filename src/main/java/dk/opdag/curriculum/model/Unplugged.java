package dk.opdag.curriculum.model;

import java.util.Optional;

/** How much of an activity happens without screens. */
public enum Unplugged {
    NONE("none"),
    PARTIAL("partial"),
    FULL("full");

    private final String yamlValue;

    Unplugged(String yamlValue) {
        this.yamlValue = yamlValue;
    }

    /** The word used in the YAML files. */
    public String yamlValue() {
        return yamlValue;
    }

    public static Optional<Unplugged> fromYaml(String value) {
        for (Unplugged u : values()) {
            if (u.yamlValue.equals(value)) {
                return Optional.of(u);
            }
        }
        return Optional.empty();
    }
}
