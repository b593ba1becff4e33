package dk.opdag.classroom.ui;

import com.vaadin.flow.component.Component;
import dk.opdag.account.LoginCodes;
import java.util.stream.Collectors;

/** A pupil's code as people read it: "🐶 Hund + ☀️ Sol" or "kage-tog-7". */
final class CodeText {

    private CodeText() {
    }

    static String of(Component context, String code) {
        if (code == null) {
            return "";
        }
        var pictures = LoginCodes.pictures(code);
        if (pictures.isEmpty()) {
            return code;
        }
        return pictures.stream()
                .map(p -> p.emoji() + " " + context.getTranslation(p.labelKey()))
                .collect(Collectors.joining(" + "));
    }
}
