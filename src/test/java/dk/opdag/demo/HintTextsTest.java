package dk.opdag.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dk.opdag.account.LoginCodes;
import dk.opdag.shell.OpdagI18nProvider;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** A production school must not see the demo school's real codes as examples ("fx DEMO2A" logs into a class). */
class HintTextsTest {

    @Test
    void noUiTextNamesADemoClassCodeOrPupilCode() {
        for (Locale locale : new Locale[] {OpdagI18nProvider.DANISH, OpdagI18nProvider.ENGLISH}) {
            for (ResourceBundle bundle : OpdagI18nProvider.bundles(locale)) {
                for (String key : bundle.keySet()) {
                    String text = bundle.getString(key);
                    String words = LoginCodes.normalise(text);
                    for (DemoData.DemoClass demo : DemoData.CLASSES) {
                        assertThat(text.toUpperCase(Locale.ROOT)).as(key).doesNotContain(demo.code());
                        if (!demo.firstPupilCode().contains("+")) {
                            assertThat("-" + words + "-").as(key).doesNotContain("-" + demo.firstPupilCode() + "-");
                        }
                    }
                }
            }
        }
    }
}
