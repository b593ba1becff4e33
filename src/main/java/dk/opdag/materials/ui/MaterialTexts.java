package dk.opdag.materials.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dk.opdag.materials.MaterialException;
import dk.opdag.materials.extract.AcceptedTypes;
import dk.opdag.materials.extract.ExtractionRefused;
import dk.opdag.materials.search.Snippets;
import java.util.List;
import java.util.Locale;

/** Shared bits of the materials views: messages, sizes, snippets. */
final class MaterialTexts {

    private MaterialTexts() {
    }

    static String refused(Component c, ExtractionRefused e) {
        return c.getTranslation(e.reason().messageKey(), e.arguments());
    }

    static String error(Component c, MaterialException e) {
        return c.getTranslation(e.key(), e.arguments());
    }

    static Paragraph status(String text, boolean error) {
        Paragraph p = new Paragraph(text);
        p.addClassName(error ? "opdag-error" : "opdag-ok");
        p.getElement().setAttribute("role", error ? "alert" : "status");
        return p;
    }

    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " kB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0).replace('.', ',');
    }

    static String type(String mediaType) {
        return AcceptedTypes.label(mediaType);
    }

    static String language(String code, Locale locale) {
        return code == null ? "–" : Locale.of(code).getDisplayLanguage(locale);
    }

    /** A snippet with the matching words in {@code <mark>}. */
    static Span snippet(List<Snippets.Part> parts) {
        Span span = new Span();
        span.addClassName("opdag-snippet");
        for (Snippets.Part p : parts) {
            if (p.match()) {
                span.getElement().appendChild(new com.vaadin.flow.dom.Element("mark").setText(p.text()));
            } else {
                span.getElement().appendChild(com.vaadin.flow.dom.Element.createText(p.text()));
            }
        }
        return span;
    }
}
