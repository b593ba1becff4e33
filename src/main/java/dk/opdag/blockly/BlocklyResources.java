package dk.opdag.blockly;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The editor's big, shared texts (block definitions, toolbox, message JSON), kept once per content and fetched by
 * the browser from {@link BlocklyResourceController} by content hash. Set as element properties they were copied
 * into every session's state tree and into Vaadin's kept last response (hundreds of KB per pupil).
 * Only the server registers content, so the set stays small; the oldest of more than {@link #LIMIT} is dropped
 * (a page already showing it has fetched it).
 */
public final class BlocklyResources {

    /** Address under the application root, relative like {@link BlocklyEditor#MEDIA_PATH}. */
    public static final String PATH = "blockly-resources/";
    static final int LIMIT = 2000;

    private static final Map<String, String> BY_HASH = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > LIMIT;
        }
    };

    private BlocklyResources() {
    }

    /** Registers this JSON (if new) and returns the relative address the browser fetches it from. */
    public static String url(String json) {
        String hash = hash(json);
        synchronized (BY_HASH) {
            BY_HASH.putIfAbsent(hash, json);
        }
        return PATH + hash + ".json";
    }

    /** The JSON registered under this hash (as in {@link #url}, without ".json"). */
    public static Optional<String> get(String hash) {
        synchronized (BY_HASH) {
            return Optional.ofNullable(BY_HASH.get(hash));
        }
    }

    static String hash(String json) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
