package dk.opdag.experiment.world.data;

import dk.opdag.experiment.js.Js;
import dk.opdag.experiment.js.JsObject;
import java.util.List;

/** One row of a table. Programs pass rows around as values; printing one shows {@code {navn: Ida, alder: 11}}. */
record Row(Table table, List<Object> cells) implements JsObject {

    Row {
        cells = List.copyOf(cells);
    }

    Object get(int column) {
        return cells.get(column);
    }

    @Override
    public String jsString() {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(table.columns().get(i)).append(": ").append(Js.toStr(cells.get(i)));
        }
        return sb.append('}').toString();
    }

    // Rows compare by identity, like JavaScript objects.
    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
