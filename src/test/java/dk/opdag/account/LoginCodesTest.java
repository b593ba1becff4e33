package dk.opdag.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class LoginCodesTest {

    @RepeatedTest(20)
    void pictureCodesAreTwoDifferentKnownPictures() {
        String code = LoginCodes.newPupilCode(CodeKind.PICTURE);
        var pictures = LoginCodes.pictures(code);
        assertThat(pictures).hasSize(2);
        assertThat(pictures.get(0)).isNotEqualTo(pictures.get(1));
    }

    @Test
    void wordCodesAreTwoWordsAndADigitAndForgiveTyping() {
        String code = LoginCodes.newPupilCode(CodeKind.WORDS, new Random(1));
        assertThat(code).matches("[a-z]+-[a-z]+-[0-9]");
        assertThat(LoginCodes.matches("kage-tog-7", " Kage  TOG 7 ")).isTrue();
        assertThat(LoginCodes.matches("kage-tog-7", "kage tog 8")).isFalse();
        assertThat(LoginCodes.matches("hund+sol", "hund+sol")).isTrue();
        assertThat(LoginCodes.matches("hund+sol", "sol+hund")).isFalse();
        assertThat(LoginCodes.matches(null, "x")).isFalse();
    }

    @Test
    void classCodesAvoidLookAlikes() {
        for (int i = 0; i < 200; i++) {
            assertThat(LoginCodes.newClassCode()).matches("[A-HJ-NP-Z2-9]{6}");
        }
        assertThat(LoginCodes.normaliseClassCode(" demo-2a ")).isEqualTo("DEMO2A");
    }
}
