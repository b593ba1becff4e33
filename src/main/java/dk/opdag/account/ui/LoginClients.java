package dk.opdag.account.ui;

import com.vaadin.flow.server.VaadinServletRequest;
import dk.opdag.account.ClientAddress;
import dk.opdag.account.DeviceCookie;
import dk.opdag.account.LoginClient;
import org.springframework.stereotype.Component;

/** The {@link LoginClient} of the current Vaadin request: its address and its device cookie. */
@Component
public class LoginClients {

    private final ClientAddress addresses;

    public LoginClients(ClientAddress addresses) {
        this.addresses = addresses;
    }

    public LoginClient current() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return LoginClient.of(null, null);
        }
        var http = request.getHttpServletRequest();
        return LoginClient.of(addresses.of(http), DeviceCookie.read(http));
    }
}
