package dk.opdag.classroom;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/**
 * Names in the order a Danish class list uses: Æ, Ø and Å after Z (and "Aa" as Å). Sorted in Java because H2 and
 * PostgreSQL collate differently (and PostgreSQL's depends on the server's locale).
 */
public final class DanishOrder {

    private static final Locale DANISH = Locale.of("da", "DK");

    private DanishOrder() {
    }

    /** A new collator each time: {@link Collator} is not safe to share between threads. */
    public static Comparator<String> names() {
        Collator collator = Collator.getInstance(DANISH);
        collator.setStrength(Collator.SECONDARY);
        return (a, b) -> collator.compare(a == null ? "" : a, b == null ? "" : b);
    }

    /** Pupils by first name, then initial (none first), then id, so equal names keep a stable order. */
    public static Comparator<PupilRow> pupils() {
        Comparator<String> names = names();
        return Comparator.comparing(PupilRow::name, names)
                .thenComparing(p -> p.initial() == null ? "" : p.initial(), names)
                .thenComparingLong(PupilRow::id);
    }
}
