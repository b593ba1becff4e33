package dk.opdag.blockly;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves {@link BlocklyResources} by content hash. The shell's headers keep it out of the browser's cache
 * ({@code no-store}, as every non-static address); the web component fetches each address once per page.
 */
@RestController
class BlocklyResourceController {

    @GetMapping(value = "/" + BlocklyResources.PATH + "{hash}.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> resource(@PathVariable String hash) {
        return BlocklyResources.get(hash)
                .map(json -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(json))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
