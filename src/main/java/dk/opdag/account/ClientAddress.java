package dk.opdag.account;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;

/**
 * The client's address for login throttling. {@code X-Forwarded-For} is believed only when the request comes from
 * one of {@code opdag.login.trusted-proxies} (addresses or CIDR ranges of the school's own proxies); then the
 * client is the right-most address in the header that is not one of those proxies (what a client writes further
 * left is its own invention). With no trusted proxies, the header is ignored: anyone could rotate it to escape
 * the address limit.
 */
@Component
public class ClientAddress {

    private final List<IpAddressMatcher> proxies;

    public ClientAddress(@Value("${opdag.login.trusted-proxies:}") String trustedProxies) {
        this.proxies = Arrays.stream(trustedProxies == null ? new String[0] : trustedProxies.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).map(IpAddressMatcher::new).toList();
    }

    public String of(HttpServletRequest request) {
        return resolve(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    }

    String resolve(String remoteAddress, String forwardedFor) {
        if (!trusted(remoteAddress) || forwardedFor == null || forwardedFor.isBlank()) {
            return remoteAddress;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trusted(hop)) {
                return hop;
            }
        }
        return remoteAddress;
    }

    private boolean trusted(String address) {
        if (address == null) {
            return false;
        }
        for (IpAddressMatcher proxy : proxies) {
            try {
                if (proxy.matches(address)) {
                    return true;
                }
            } catch (IllegalArgumentException notAnAddress) {
                return false;
            }
        }
        return false;
    }
}
