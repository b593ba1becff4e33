package dk.opdag.lab;

import dk.opdag.shell.OpdagI18nProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * The Blockly side of the worlds: block definitions for every world's own blocks (types, field and input names
 * exactly as the engine reads them), their texts in the user's language, and the standard toolbox of the free
 * experiment. Definitions refer to texts as {@code %{BKY_LAB_BLOCK_...}}; the texts live in the {@code lab}
 * bundle under {@code lab.block.*}, {@code lab.colour.*} and {@code lab.category.*}.
 */
@Component
public class LabBlocks {

    private static final String[] PREFIXES = {"lab.block.", "lab.colour.", "lab.category."};

    private final String definitions = resource("world-blocks.json");
    private final String standardToolbox = resource("standard-toolbox.json");

    /** JSON array for {@code Blockly.defineBlocksWithJsonArray}. */
    public String definitions() {
        return definitions;
    }

    /** Category toolbox with Blockly's standard blocks that the engine supports. */
    public String standardToolbox() {
        return standardToolbox;
    }

    /** Texts for the definitions and toolboxes: Blockly message name (without "BKY_") to text. */
    public Map<String, String> messages(Locale locale) {
        Map<String, String> out = new TreeMap<>();
        for (ResourceBundle bundle : OpdagI18nProvider.bundles(locale == null ? OpdagI18nProvider.DANISH : locale)) {
            for (String key : bundle.keySet()) {
                for (String prefix : PREFIXES) {
                    if (key.startsWith(prefix)) {
                        out.put(messageName(key), OpdagI18nProvider.translate(key, locale));
                    }
                }
            }
        }
        return out;
    }

    /** {@code lab.block.turtle_forward} → {@code LAB_BLOCK_TURTLE_FORWARD}. */
    static String messageName(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    private static String resource(String name) {
        try (InputStream in = LabBlocks.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource dk/opdag/lab/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
