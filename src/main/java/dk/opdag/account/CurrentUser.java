package dk.opdag.account;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The signed-in user of the current request, for views and services that need to know who asks. */
@Component
public class CurrentUser {

    private final AuthenticationContext authentication;

    public CurrentUser(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    public Optional<SignedInUser> get() {
        return authentication.getAuthenticatedUser(SignedInUser.class);
    }

    public SignedInUser require() {
        return get().orElseThrow(() -> new IllegalStateException("no signed-in user"));
    }

    public void logout() {
        authentication.logout();
    }
}
