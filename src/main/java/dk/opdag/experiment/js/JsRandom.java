package dk.opdag.experiment.js;

/**
 * Seeded replacement for {@code Math.random()}: the mulberry32 generator.
 * The conformance script installs the same generator in Node, so random blocks give identical results there and here.
 */
public final class JsRandom {

    private int state;

    public JsRandom(long seed) {
        this.state = (int) seed;
    }

    /** Next number in [0, 1), exactly as the JavaScript version computes it. */
    public double next() {
        state += 0x6D2B79F5;
        int t = state;
        t = (t ^ (t >>> 15)) * (t | 1);
        t = (t + ((t ^ (t >>> 7)) * (t | 61))) ^ t;
        long unsigned = Integer.toUnsignedLong(t ^ (t >>> 14));
        return unsigned / 4294967296.0;
    }
}
