package dk.opdag.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Who is trying to sign in, as far as the server can tell: the client's address (see {@link ClientAddress}) and the
 * browser's random device cookie (see {@link DeviceCookie}), kept only as a hash.
 *
 * @param address    the client's address, or "?" when unknown
 * @param deviceHash SHA-256 of the device cookie, or null when the browser sent none
 */
public record LoginClient(String address, String deviceHash) {

    public LoginClient {
        address = address == null || address.isBlank() ? "?" : address;
    }

    public static LoginClient of(String address, String deviceId) {
        return new LoginClient(address, deviceId == null || deviceId.isBlank() ? null : sha256(deviceId));
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
