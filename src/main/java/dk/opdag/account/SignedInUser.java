package dk.opdag.account;

import java.io.Serializable;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The principal kept in the session after login. It holds no password and, for pupils, only the first name
 * shown in the header.
 */
public record SignedInUser(long id, Role role, String displayName, Long schoolId) implements Serializable {

    public List<GrantedAuthority> authorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    public boolean is(Role r) {
        return role == r;
    }
}
