package dk.opdag.shell;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Sets the language of every new page: the html lang attribute (screen readers) and the UI locale (texts). */
@Component
public class ShellInitListener implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            Locale locale = LanguagePreference.fromRequest(response.getVaadinRequest());
            response.getDocument().child(0).attr("lang", locale.getLanguage());
        });
        event.getSource().addUIInitListener(ui -> {
            Locale locale = LanguagePreference.fromRequest(VaadinRequest.getCurrent());
            ui.getUI().setLocale(locale);
        });
    }
}
