package dk.opdag.lab;

import dk.opdag.shell.OpdagI18nProvider;
import java.text.Normalizer;
import java.util.Locale;
import java.util.ResourceBundle;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Toolbox category names are UI: an experiment's YAML names them in Danish ("Løkker", "Skildpadden"); in English mode
 * each is looked up as {@code toolbox.<name>} ("toolbox.loekker") in the bundles. A name without an English text stays
 * Danish; names that are Blockly message references ({@code %{BKY_...}}) are translated by Blockly itself.
 */
public final class ToolboxTexts {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ToolboxTexts() {
    }

    public static String localise(String toolboxJson, Locale locale) {
        if (toolboxJson == null || toolboxJson.isBlank() || locale == null
                || !OpdagI18nProvider.ENGLISH.getLanguage().equals(locale.getLanguage())) {
            return toolboxJson;
        }
        JsonNode root = JSON.readTree(toolboxJson);
        rename(root);
        return JSON.writeValueAsString(root);
    }

    private static void rename(JsonNode node) {
        if (node instanceof ObjectNode object && "category".equals(object.path("kind").asString(""))) {
            String name = object.path("name").asString("");
            if (!name.startsWith("%{")) {
                object.put("name", english(name));
            }
        }
        node.forEach(ToolboxTexts::rename);
    }

    public static String key(String danishName) {
        String ascii = danishName.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
        ascii = Normalizer.normalize(ascii, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return "toolbox." + ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static String english(String danishName) {
        String key = key(danishName);
        for (ResourceBundle bundle : OpdagI18nProvider.bundles(OpdagI18nProvider.ENGLISH)) {
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        return danishName;
    }
}
