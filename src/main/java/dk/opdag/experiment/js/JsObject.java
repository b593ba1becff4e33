package dk.opdag.experiment.js;

/**
 * A world-specific value (for example a data row) that programs can pass around.
 * It behaves like a plain JavaScript object: always truthy, compared by identity.
 */
public interface JsObject {

    /** What {@code String(value)} shows for this object. */
    String jsString();
}
