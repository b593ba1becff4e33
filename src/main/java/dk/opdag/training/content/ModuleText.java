package dk.opdag.training.content;

import dk.opdag.curriculum.load.Lix;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * A module's prose as plain text, for readability (LIX, with the curriculum's {@link Lix} counter). Markdown marks
 * are dropped, and a list item or heading that ends without a full stop still ends its sentence, so a list does
 * not count as one endless sentence.
 */
public final class ModuleText {

    private ModuleText() {
    }

    /** The short read without Markdown. */
    public static String plain(String markdown) {
        if (markdown == null) {
            return "";
        }
        List<String> sentences = new ArrayList<>();
        for (String raw : markdown.lines().toList()) {
            String line = raw.strip().replaceFirst("^(#+|[-*>]|\\d+\\.)\\s+", "").replace("**", "").replace("`", "")
                    .replace("*", "").strip();
            if (line.isEmpty()) {
                continue;
            }
            boolean listOrHeading = !raw.strip().equals(line) || raw.strip().startsWith("#");
            if (listOrHeading && !line.matches(".*[.!?:]$")) {
                line = line + ".";
            }
            sentences.add(line);
        }
        return String.join("\n", sentences);
    }

    /** LIX of the short read, the text a teacher reads first. */
    public static Lix.Score readLix(Module module) {
        return Lix.of(plain(module.read()));
    }

    /** LIX of all the module's prose: goals, read, tasks, prompts and the knowledge check. */
    public static Lix.Score allLix(Module module) {
        Stream<String> parts = Stream.of(
                module.goals().stream().map(g -> sentence(g.text())),
                Stream.of(plain(module.read())),
                Stream.of(module.tryIt() == null ? "" : module.tryIt().task(),
                        module.inClass() == null ? "" : module.inClass().task()),
                module.reflection().stream().map(ModuleText::sentence),
                module.check().stream().flatMap(q -> Stream.concat(Stream.of(q.question(), q.explanation()),
                        q.options().stream().map(o -> sentence(o.text())))))
                .flatMap(s -> s);
        return Lix.of(String.join("\n", parts.filter(s -> s != null && !s.isBlank()).toList()));
    }

    /** The median of the read LIX over modules, as LIX is usually quoted (rounded to a whole number). */
    public static double medianReadLix(List<Module> modules) {
        double[] values = modules.stream().mapToDouble(m -> readLix(m).value()).sorted().toArray();
        return median(values);
    }

    public static double medianAllLix(List<Module> modules) {
        return median(modules.stream().mapToDouble(m -> allLix(m).value()).sorted().toArray());
    }

    static double median(double[] sorted) {
        if (sorted.length == 0) {
            return 0;
        }
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static String sentence(String text) {
        if (text == null) {
            return "";
        }
        String t = text.strip();
        return t.matches(".*[.!?:]$") ? t : t + ".";
    }
}
