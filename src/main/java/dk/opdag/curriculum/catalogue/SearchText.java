package dk.opdag.curriculum.catalogue;

import dk.opdag.curriculum.model.Activity;
import dk.opdag.curriculum.model.SubjectUse;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/** The lower-cased text free-text search looks in: what a teacher would type to find the activity. */
final class SearchText {

    private SearchText() {
    }

    static String of(Activity a, Map<String, String> subjectNames) {
        StringJoiner text = new StringJoiner(" ");
        text.add(a.title()).add(a.intro()).add(nullToEmpty(a.why()));
        for (SubjectUse s : a.subjects()) {
            text.add(subjectNames.getOrDefault(s.id(), s.id())).add(nullToEmpty(s.does()));
        }
        a.materials().forEach(text::add);
        if (a.guide() != null) {
            a.guide().reflection().forEach(text::add);
        }
        return text.toString().toLowerCase(Locale.ROOT);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
