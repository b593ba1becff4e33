package dk.opdag.materials.extract;

import java.util.List;

/** A file Opdag does not take, with the reason and the arguments of its Danish message. */
public class ExtractionRefused extends Exception {

    private final Refusal reason;
    private final List<String> arguments;

    public ExtractionRefused(Refusal reason, String... arguments) {
        super(reason.name() + " " + String.join(", ", arguments));
        this.reason = reason;
        this.arguments = List.of(arguments);
    }

    public Refusal reason() {
        return reason;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
