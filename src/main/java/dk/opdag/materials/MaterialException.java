package dk.opdag.materials;

/** A request the materials feature refuses; the key names a Danish message in {@code materials.properties}. */
public class MaterialException extends RuntimeException {

    private final String key;
    private final transient Object[] arguments;

    public MaterialException(String key, Object... arguments) {
        super(key);
        this.key = key;
        this.arguments = arguments;
    }

    public String key() {
        return key;
    }

    public Object[] arguments() {
        return arguments;
    }
}
