package dk.opdag.lab;

import dk.opdag.experiment.world.BlockDefinitions;
import dk.opdag.shell.OpdagI18nProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Blockly side of the worlds, for the user's language: the engine's block definitions
 * ({@link BlockDefinitions}, the one source of every world block's type, inputs and fields) with the block texts,
 * tooltips and drop-down labels of the {@code lab} bundle ({@code lab.block.<type>}, {@code lab.block.<type>_tip},
 * {@code lab.option.<type>.<value>}); each block keeps its world's colour from the world's blocks file (dark enough
 * for white text, checked by {@code WorldRoomsTest}); plus the free experiment's
 * standard toolbox, whose category names are {@code %{BKY_LAB_CATEGORY_...}} texts from {@link #messages}.
 */
@Component
public class LabBlocks {

    private static final String CATEGORY = "lab.category.";

    private final String standardToolbox = resource("standard-toolbox.json");
    private final Map<String, String> definitionsByLanguage = new ConcurrentHashMap<>();

    /** JSON array for {@code Blockly.defineBlocksWithJsonArray}, texts in the language of {@code locale}. */
    public String definitions(Locale locale) {
        Locale language = language(locale);
        return definitionsByLanguage.computeIfAbsent(language.getLanguage(), l -> localized(language));
    }

    /** Category toolbox with Blockly's standard blocks that the engine supports. */
    public String standardToolbox() {
        return standardToolbox;
    }

    /**
     * Texts for {@code %{BKY_...}} references (name without "BKY_"): the toolbox category names, and the name
     * screen readers get for a place where a block can go ({@code OPDAG_CONNECTION_LABEL}).
     */
    public Map<String, String> messages(Locale locale) {
        Map<String, String> out = new TreeMap<>();
        for (ResourceBundle bundle : OpdagI18nProvider.bundles(language(locale))) {
            for (String key : bundle.keySet()) {
                if (key.startsWith(CATEGORY)) {
                    out.put(messageName(key), OpdagI18nProvider.translate(key, locale));
                }
            }
        }
        out.put("OPDAG_CONNECTION_LABEL", OpdagI18nProvider.translate("lab.editor.connection", locale));
        return out;
    }

    private String localized(Locale locale) {
        ArrayNode definitions = (ArrayNode) BlockDefinitions.json();
        for (JsonNode node : definitions) {
            ObjectNode def = (ObjectNode) node;
            String type = def.path("type").asString();
            text(locale, "lab.block." + type).ifPresent(t -> def.put("message0", t));
            text(locale, "lab.block." + type + "_tip").ifPresent(t -> def.put("tooltip", t));
            for (int i = 0; def.has("args" + i); i++) {
                for (JsonNode arg : def.get("args" + i)) {
                    if ("field_dropdown".equals(arg.path("type").asString()) && arg.get("options") instanceof ArrayNode options) {
                        for (JsonNode option : options) {
                            String value = option.path(1).asString();
                            text(locale, "lab.option." + type + "." + optionKey(value))
                                    .ifPresent(label -> ((ArrayNode) option).set(0, label));
                        }
                    }
                }
            }
        }
        return definitions.toString();
    }

    private static java.util.Optional<String> text(Locale locale, String key) {
        for (ResourceBundle bundle : OpdagI18nProvider.bundles(locale)) {
            if (bundle.containsKey(key)) {
                return java.util.Optional.of(OpdagI18nProvider.translate(key, locale));
            }
        }
        return java.util.Optional.empty();
    }

    /** A drop-down value as a key part: lower case, æ ø å as ae oe aa ("lyserød" → "lyseroed", "EQ" → "eq"). */
    static String optionKey(String value) {
        return value.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
                .replaceAll("[^a-z0-9]", "_");
    }

    /** {@code lab.category.logic} → {@code LAB_CATEGORY_LOGIC}. */
    static String messageName(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    private static Locale language(Locale locale) {
        return locale != null && OpdagI18nProvider.ENGLISH.getLanguage().equals(locale.getLanguage())
                ? OpdagI18nProvider.ENGLISH : OpdagI18nProvider.DANISH;
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
