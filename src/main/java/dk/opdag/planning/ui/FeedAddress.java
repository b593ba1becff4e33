package dk.opdag.planning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * A calendar address shown in full (wrapped, never cut off) with a copy button. The address exists only right after
 * it is made (only its hash is stored), so it must be easy to take along at once.
 */
class FeedAddress extends VerticalLayout {

    private final TextArea address = new TextArea();
    private final Paragraph copied = new Paragraph();

    FeedAddress() {
        setPadding(false);
        setSpacing(false);
        address.setLabel(getTranslation("planning.feed.address"));
        address.setReadOnly(true);
        address.setWidthFull();
        address.addClassName("opdag-feed-address");
        Button copy = new Button(getTranslation("feed.copy"), e -> copy());
        copy.addClassName("opdag-feed-copy");
        copied.getElement().setAttribute("role", "status");
        copied.addClassName("opdag-feed-copied");
        add(address, copy, copied);
        setVisible(false);
    }

    void show(String url) {
        address.setValue(url);
        address.setHelperText(getTranslation("feed.copy-now"));
        copied.setText("");
        setVisible(true);
    }

    void hide() {
        address.clear();
        setVisible(false);
    }

    String value() {
        return address.getValue();
    }

    /**
     * The Clipboard API where the browser allows it (HTTPS or localhost), else the older copy command on a selected
     * hidden text field; either way the address is selected, so Ctrl+C works if both are refused.
     */
    private void copy() {
        address.getElement().executeJs("""
                const text = $0;
                const fallback = () => {
                  const area = document.createElement('textarea');
                  area.value = text; area.setAttribute('readonly', ''); area.style.position = 'fixed';
                  area.style.opacity = '0'; document.body.appendChild(area); area.select();
                  let ok = false; try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
                  area.remove(); return ok;
                };
                const input = this.inputElement; if (input) { input.focus(); input.select(); }
                if (navigator.clipboard && window.isSecureContext) {
                  return navigator.clipboard.writeText(text).then(() => true, () => fallback());
                }
                return fallback();
                """, address.getValue()).then(Boolean.class,
                ok -> copied.setText(getTranslation(Boolean.TRUE.equals(ok) ? "feed.copied" : "feed.copy-failed")),
                error -> copied.setText(getTranslation("feed.copy-failed")));
    }
}
