package dk.opdag.planning.coverage;

/** A count in the two layers of coverage: what is planned and what is done (completed assignments). */
public record Layers(int planned, int done) {

    public static final Layers NONE = new Layers(0, 0);
}
