package dk.opdag.curriculum.load;

import dk.opdag.curriculum.model.Material;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Ties activities to their print materials: every {@code print:} id names a file in {@code materials/<activity>/},
 * and an entry that mentions something to print (a kopiark, cards, a data set, a table to fill in) must ship it, so
 * a teacher never has to make it by hand. Teachers' own activities are exempt from the second rule: they attach
 * their own files instead.
 */
final class MaterialChecks {

    /**
     * Words for things a teacher would otherwise have to make: kopiark and other "-ark", cards ("ansøgerkort",
     * "kort med pile", "kort over"), data sets, tables, forms, templates, signs, and anything "opdigtet" (invented
     * people, messages, policies: Opdag writes them so no teacher has to). Blank paper ("A3-ark") is bought, not
     * made, and "kort" alone usually means "short".
     */
    static final Pattern PRINTABLE = Pattern.compile(
            "(?<![a-z0-9æøå-])(kopiark|[a-zæøå]+ark|[a-zæøå]+kort|kort (med|over)|datasæt|tabel|[a-zæøå]*skema"
                    + "|[a-zæøå]*skabelon(er)?|facitliste|skilte?|sagsmappe|personabeskrivelser?|opdigte(t|de))(?![a-zæøå])");
    private static final Pattern BLANK_PAPER = Pattern.compile("(?<![a-zæøå])a\\d-ark");
    /** Words that match the pattern but are not paper: software and electronics. */
    private static final Set<String> NOT_SHEETS = Set.of("mark", "park", "bark", "regneark", "transistorkort",
            "relækort", "simkort", "sd-kort", "hukommelseskort", "netværkskort", "lydkort", "grafikkort");

    private MaterialChecks() {
    }

    /**
     * @param materials by activity id, then material id; activities whose folder is absent are missing
     * @param ownActivity true for a teacher's own activity (no "must ship" rule)
     */
    static void check(ActivityReader.Read read, Map<String, Map<String, Material>> materials, boolean ownActivity,
                      Set<String> named) {
        String activityId = read.activity().id();
        Map<String, Material> shipped = activityId == null ? Map.of()
                : materials.getOrDefault(activityId, Map.of());
        for (ActivityReader.MaterialEntry entry : read.materials()) {
            Integer line = read.line(entry.path());
            Set<String> seen = new HashSet<>();
            for (String id : entry.prints()) {
                if (!seen.add(id)) {
                    read.report().report(Rule.DUPLICATE_ID, line, "'" + id + "' står to gange i '" + entry.path() + "'");
                } else if (!shipped.containsKey(id)) {
                    read.report().report(Rule.UNKNOWN_MATERIAL, line, "'" + entry.path() + "' nævner materialet '" + id
                            + "', men der er ingen materials/" + activityId + "/" + id + ".yaml");
                } else {
                    named.add(activityId + "/" + id);
                }
            }
            if (entry.prints().isEmpty() && !ownActivity) {
                mentionedPrintable(entry.text()).ifPresent(word -> read.report().report(Rule.MATERIAL_NOT_SHIPPED,
                        line, "'" + entry.path() + "' nævner '" + word + "', men forløbet leverer det ikke: læg det i "
                                + "materials/" + activityId + "/<id>.yaml og skriv {text: ..., print: <id>}"));
            }
        }
    }

    /** The first word in {@code text} that names something to print, if any. */
    static java.util.Optional<String> mentionedPrintable(String text) {
        String lower = BLANK_PAPER.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ");
        var m = PRINTABLE.matcher(lower);
        while (m.find()) {
            if (!NOT_SHEETS.contains(m.group(1))) {
                return java.util.Optional.of(m.group(1));
            }
        }
        return java.util.Optional.empty();
    }

    /** Materials no activity entry names, and folders of activities that do not exist. */
    static void checkUnused(List<MaterialReader.Read> reads, Set<String> activityIds, Set<String> named,
                            Problems problems) {
        for (MaterialReader.Read read : reads) {
            String activityId = read.material().activityId();
            if (!activityIds.contains(activityId)) {
                read.report().report(Rule.MATERIAL_ACTIVITY, null, "der er intet forløb 'activities/" + activityId
                        + ".yaml' til materialerne i materials/" + activityId + "/");
            } else if (read.material().id() != null && !named.contains(activityId + "/" + read.material().id())) {
                read.report().report(Rule.UNUSED_MATERIAL, read.line("id"), "intet punkt i 'materials' i activities/"
                        + activityId + ".yaml nævner materialet (print: " + read.material().id() + ")");
            }
        }
    }
}
