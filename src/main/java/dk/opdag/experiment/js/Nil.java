package dk.opdag.experiment.js;

/** JavaScript's two "nothing" values; kept distinct because {@code String(undefined)} and {@code String(null)} differ. */
public enum Nil {
    UNDEFINED,
    NULL
}
