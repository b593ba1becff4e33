package dk.opdag.experiment.js;

/**
 * The Math functions of V8 (Node). V8 computes them with fdlibm, the same library behind {@link StrictMath}, so
 * they delegate; the one known difference kept is exp(1), where V8 returns exactly Math.E. V8's pow rounds its
 * last step differently from fdlibm in rare cases (10 ** -4 prints 0.00009999999999999999 in Node, 0.0001 here);
 * we accept that rather than carry a port of V8's variant.
 */
public final class JsMath {

    private JsMath() {
    }

    public static double exp(double x) {
        return x == 1.0 ? Math.E : StrictMath.exp(x);
    }

    public static double log(double x) {
        return StrictMath.log(x);
    }

    public static double sin(double x) {
        return StrictMath.sin(x);
    }

    public static double cos(double x) {
        return StrictMath.cos(x);
    }

    public static double tan(double x) {
        return StrictMath.tan(x);
    }

    public static double asin(double x) {
        return StrictMath.asin(x);
    }

    public static double acos(double x) {
        return StrictMath.acos(x);
    }

    public static double atan(double x) {
        return StrictMath.atan(x);
    }

    public static double atan2(double y, double x) {
        return StrictMath.atan2(y, x);
    }

    /** {@code Math.pow(x, y)} / {@code x ** y}: fdlibm's pow (see the class comment for the rare difference). */
    public static double pow(double x, double y) {
        return StrictMath.pow(x, y);
    }
}
