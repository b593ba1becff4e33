package dk.opdag.shell.ui;

import com.vaadin.flow.component.Html;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Read-only parts of a page as one Vaadin node. Every component keeps a node with its own maps on the server for as
 * long as the page is open (some 400 bytes to several KB each, issue 15), so a legend or a menu of many labels
 * built from components costs each open page tens of KB that nobody ever changes. Built with jsoup, every text and
 * attribute is escaped; only elements and their texts travel, never markup taken from a user.
 */
public final class Markup {

    private Markup() {
    }

    /** A root element to fill with {@link Element#appendElement} and {@link Element#text}. */
    public static Element root(String tag, String... classNames) {
        Element root = new Element(tag);
        for (String name : classNames) {
            root.addClass(name);
        }
        return root;
    }

    /** The element as one component; its content can be replaced later with {@link #replace}. */
    public static Html html(Element root) {
        return new Html(outerHtml(root));
    }

    /** New content for a component made by {@link #html}; the root's tag must be the same. */
    public static void replace(Html html, Element root) {
        html.setHtmlContent(outerHtml(root));
    }

    private static String outerHtml(Element root) {
        Document document = Document.createShell("");
        document.outputSettings().prettyPrint(false);
        document.body().appendChild(root);
        return root.outerHtml();
    }
}
