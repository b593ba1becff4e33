package dk.opdag.shell.markdown;

import com.vaadin.flow.component.Html;
import java.util.Set;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Markdown that anyone at a school may write (teachers' shared activities) and colleagues read: rendered on the
 * server by commonmark with raw HTML shown as text, then cleaned against a small allow-list (jsoup) as a second
 * fence. What survives: paragraphs, headings, emphasis, lists, quotes, code, rules and links (http, https, mailto;
 * rel=nofollow). What does not: any HTML written into the text ({@code <style>}, {@code <form>}, {@code <script>},
 * event attributes) and images, which become their description, so a page never loads anything from elsewhere
 * (no tracking of who reads).
 */
public final class SafeMarkdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .nodeRendererFactory(ImageAsText::new)
            .build();
    private static final Safelist ALLOWED = Safelist.basic()
            .addTags("h1", "h2", "h3", "h4", "h5", "h6", "hr")
            .removeProtocols("a", "href", "ftp");

    private SafeMarkdown() {
    }

    /** The HTML for this Markdown, safe to put into a page. */
    public static String html(String markdown) {
        String rendered = RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
        return Jsoup.clean(rendered, ALLOWED);
    }

    /** A component showing this Markdown (one root element, as Vaadin's {@link Html} needs). */
    public static Html component(String markdown) {
        Html html = new Html("<div class=\"opdag-markdown\">" + html(markdown) + "</div>");
        return html;
    }

    /** An image is shown as its description: nothing is fetched from another server. */
    private static final class ImageAsText implements NodeRenderer {
        private final HtmlNodeRendererContext context;

        ImageAsText(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Image.class);
        }

        @Override
        public void render(Node node) {
            StringBuilder alt = new StringBuilder();
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Text text) {
                    alt.append(text.getLiteral());
                }
            }
            context.getWriter().text(alt.toString());
        }
    }
}
