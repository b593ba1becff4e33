package dk.opdag.account;

import com.vaadin.flow.spring.security.AuthenticationContext;
import dk.opdag.shell.SignedIn;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The signed-in user of the current request, for views and services that need to know who asks. */
@Component
public class CurrentUser implements SignedIn {

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

    @Override
    public Optional<Badge> badge() {
        return get().map(user -> new Badge(user.displayName(), "role." + user.role().name()));
    }

    @Override
    public void logout() {
        authentication.logout();
    }
}
