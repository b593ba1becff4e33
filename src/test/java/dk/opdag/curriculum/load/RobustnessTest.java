package dk.opdag.curriculum.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Content authors make every mistake eventually. Whatever one line of a file becomes, the loader reports
 * problems and never crashes, so {@code curriculum check} always gets to print its report.
 */
class RobustnessTest {

    /** Values a line's value is replaced with: another type, nothing, an odd scalar. */
    private static final List<String> VALUES = List.of("", "[1, 2]", "{a: 1}", "-3", "2.5", "\"\"");

    @TempDir
    Path temp;

    @Test
    void anySingleLineChangeIsReportedWithoutCrashing() {
        Fixture fixture = Fixture.copyOfBase(temp);
        int loads = 0;
        for (String file : List.of(Fixture.MADPAKKE, Fixture.FRAMEWORK, Fixture.SUBJECTS, Fixture.EXPERIMENT)) {
            String original = fixture.read(file);
            List<String> lines = original.lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                for (String variant : variants(lines.get(i))) {
                    List<String> changed = new ArrayList<>(lines);
                    changed.set(i, variant);
                    fixture.write(file, String.join("\n", changed) + "\n");
                    String where = file + " line " + (i + 1) + " as '" + variant + "'";
                    assertThatCode(fixture::load).as(where).doesNotThrowAnyException();
                    loads++;
                }
            }
            fixture.write(file, original);
        }
        assertThat(loads).isGreaterThan(250);
    }

    /** The line deleted, and its value (after the first ": " or "- ") swapped for each of {@link #VALUES}. */
    private static List<String> variants(String line) {
        int colon = line.indexOf(": ");
        int dash = line.indexOf("- ");
        int cut = colon >= 0 ? colon + 2 : dash >= 0 ? dash + 2 : -1;
        Stream<String> swapped = cut < 0 ? Stream.empty() : VALUES.stream().map(v -> line.substring(0, cut) + v);
        return Stream.concat(Stream.of(""), swapped).toList();
    }
}
