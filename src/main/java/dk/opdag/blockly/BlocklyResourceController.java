package dk.opdag.blockly;

import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves {@link BlocklyResources} by content hash. An address never changes its content, so the browser may keep
 * it for a year without asking again ({@code immutable}); {@code private}, because only a signed-in user may fetch
 * it. The texts are the same for everyone and hold no personal data (the shell leaves this address out of its
 * {@code no-store} rule).
 */
@RestController
class BlocklyResourceController {

    static final CacheControl CACHE = CacheControl.maxAge(Duration.ofDays(365)).cachePrivate().immutable();

    @GetMapping(value = "/" + BlocklyResources.PATH + "{hash}.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> resource(@PathVariable String hash) {
        return BlocklyResources.get(hash)
                .map(json -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_JSON)
                        .cacheControl(CACHE)
                        .body(json))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
