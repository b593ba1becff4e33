package dk.opdag.blockly;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BlocklyResourcesTest {

    private static String hashOf(String url) {
        return url.substring(BlocklyResources.PATH.length(), url.length() - ".json".length());
    }

    @Test
    void sameContentOneAddressAndOneCopy() {
        String json = "[{\"type\":\"turtle_forward\",\"message0\":\"gå frem %1\"}]";
        String url = BlocklyResources.url(json);
        String again = BlocklyResources.url(new String(json.toCharArray()));
        assertThat(again).isEqualTo(url).startsWith(BlocklyResources.PATH).endsWith(".json");
        assertThat(BlocklyResources.get(hashOf(url))).containsSame(json);
        assertThat(BlocklyResources.url("[]")).isNotEqualTo(url);
    }

    @Test
    void unknownHashIsNotFoundAndKnownServedAsCacheableJson() {
        var controller = new BlocklyResourceController();
        assertThat(controller.resource("0".repeat(40)).getStatusCode().value()).isEqualTo(404);
        String url = BlocklyResources.url("{\"LAB_CATEGORY_TURTLE\":\"Skildpadde\"}");
        var answer = controller.resource(hashOf(url));
        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        assertThat(answer.getBody()).isEqualTo("{\"LAB_CATEGORY_TURTLE\":\"Skildpadde\"}");
        // One address, one content: the browser keeps it (only its own cache, as a sign-in is needed).
        assertThat(answer.getHeaders().getCacheControl()).isEqualTo("max-age=31536000, private, immutable");
    }

    @Test
    void theOldestGoesBeyondTheLimit() {
        String first = BlocklyResources.url("{\"limit-test\":0}");
        for (int i = 1; i <= BlocklyResources.LIMIT; i++) {
            BlocklyResources.url("{\"limit-test\":" + i + "}");
        }
        assertThat(BlocklyResources.get(hashOf(first))).isEmpty();
        assertThat(BlocklyResources.get(hashOf(BlocklyResources.url("{\"limit-test\":1}")))).isPresent();
    }
}
