package dk.opdag.experiment.js;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * What the V8 port must and need not do: with a consistent comparator it gives the order of any stable sort (the
 * JDK's); with Blockly's comparators, which never return 0, it still sorts and never fails, where the JDK's TimSort
 * may refuse the comparator.
 */
class JsSortTest {

    private static final String[] NAMES = {"Kat", "kat", "KAT", "Hund", "hund", "ko", "Ko", "and", "And", "AND",
        "Ål", "ål", "æble", "Æble", "ost"};

    @Test
    void aConsistentComparatorGivesTheOrderOfTheJdksStableSort() {
        Random random = new Random(15);
        for (int round = 0; round < 300; round++) {
            List<Object> values = new ArrayList<>();
            int n = random.nextInt(200);
            for (int i = 0; i < n; i++) {
                values.add((double) random.nextInt(20)); // many ties: stability shows
            }
            // Ties are told apart by position, so a stable sort is checked by the result.
            List<Object> tagged = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                tagged.add(new double[] {(Double) values.get(i), i});
            }
            JsList list = new JsList(tagged);
            JsSort.sort(list, (x, y) -> ((double[]) x)[0] - ((double[]) y)[0]);
            List<Object> expected = new ArrayList<>(tagged);
            expected.sort(Comparator.comparingDouble(x -> ((double[]) x)[0]));
            assertThat(list.raw()).as("round %d, %d values", round, n).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void blocklysIgnoreCaseComparatorNeverReturnsZeroYetSortsLongListsWithoutFailing() {
        Random random = new Random(25);
        for (int round = 0; round < 100; round++) {
            List<Object> values = new ArrayList<>();
            int n = 50 + random.nextInt(400);
            for (int i = 0; i < n; i++) {
                values.add(NAMES[random.nextInt(NAMES.length)]);
            }
            JsList list = new JsList(values);
            JsSort.CompareFn ignoreCase = (x, y) ->
                    JsStrings.lower((String) x).compareTo(JsStrings.lower((String) y)) > 0 ? 1 : -1;
            assertThatCode(() -> JsSort.sort(list, ignoreCase)).doesNotThrowAnyException();
            assertThat(list.raw()).containsExactlyInAnyOrderElementsOf(values);
            for (int i = 1; i < list.size(); i++) {
                String before = JsStrings.lower((String) list.get(i - 1));
                String after = JsStrings.lower((String) list.get(i));
                assertThat(before.compareTo(after)).as("%s before %s", before, after).isLessThanOrEqualTo(0);
            }
        }
    }

    @Test
    void undefinedAndHolesGoLastLikeV8() {
        JsList list = new JsList(List.of(3.0, Nil.UNDEFINED, 1.0, Nil.NULL, 2.0));
        JsSort.sort(list, (x, y) -> Js.toNumber(x) - Js.toNumber(y));
        assertThat(list.raw()).containsExactly(Nil.NULL, 1.0, 2.0, 3.0, Nil.UNDEFINED);
    }
}
