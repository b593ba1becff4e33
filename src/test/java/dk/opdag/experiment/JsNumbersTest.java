package dk.opdag.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import dk.opdag.experiment.js.JsNumbers;
import org.junit.jupiter.api.Test;

class JsNumbersTest {

    @Test
    void printsNumbersLikeJavaScript() {
        assertThat(JsNumbers.toString(2.5)).isEqualTo("2.5");
        assertThat(JsNumbers.toString(3)).isEqualTo("3");
        assertThat(JsNumbers.toString(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(JsNumbers.toString(1e21)).isEqualTo("1e+21");
        assertThat(JsNumbers.toString(1e20)).isEqualTo("100000000000000000000");
        assertThat(JsNumbers.toString(1e-7)).isEqualTo("1e-7");
        assertThat(JsNumbers.toString(0.000001)).isEqualTo("0.000001");
        assertThat(JsNumbers.toString(-0.0)).isEqualTo("0");
        assertThat(JsNumbers.toString(Double.NaN)).isEqualTo("NaN");
        assertThat(JsNumbers.toString(Double.NEGATIVE_INFINITY)).isEqualTo("-Infinity");
        assertThat(JsNumbers.toString(Double.MIN_VALUE)).isEqualTo("5e-324");
        assertThat(JsNumbers.toString(Math.pow(2, 60))).isEqualTo("1152921504606847000");
        assertThat(JsNumbers.toString(-1.5e-10)).isEqualTo("-1.5e-10");
        assertThat(JsNumbers.toString(123456789.125)).isEqualTo("123456789.125");
    }

    @Test
    void parsesTextLikeNumber() {
        assertThat(JsNumbers.parse(" 42 ")).isEqualTo(42);
        assertThat(JsNumbers.parse("")).isEqualTo(0);
        assertThat(JsNumbers.parse("0x10")).isEqualTo(16);
        assertThat(JsNumbers.parse("1e3")).isEqualTo(1000);
        assertThat(JsNumbers.parse(".5")).isEqualTo(0.5);
        assertThat(JsNumbers.parse("-Infinity")).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(JsNumbers.parse("12px")).isNaN();
        assertThat(JsNumbers.parse("1d")).isNaN();
        assertThat(JsNumbers.parse("NaN")).isNaN();
        assertThat(JsNumbers.parse("1".repeat(100_000) + "x")).isNaN();
    }

    @Test
    void roundsHalvesUpLikeMathRound() {
        assertThat(JsNumbers.round(2.5)).isEqualTo(3);
        assertThat(JsNumbers.round(-2.5)).isEqualTo(-2);
        assertThat(JsNumbers.round(0.49999999999999994)).isEqualTo(0);
        assertThat(JsNumbers.round(Double.NaN)).isNaN();
    }
}
