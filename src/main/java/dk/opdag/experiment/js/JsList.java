package dk.opdag.experiment.js;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * A JavaScript array: mutable, shared by reference, compared by identity, and possibly with holes
 * (made by setting an index past the end), which JavaScript treats differently from undefined.
 */
public final class JsList {

    /** Marks a hole; never handed out, reading one gives undefined. */
    static final Object HOLE = new Object() {
        @Override
        public String toString() {
            return "<hole>";
        }
    };

    /** Hard cap so a single array can never exhaust memory, whatever limits the caller configured. */
    public static final int HARD_MAX_SIZE = 10_000_000;

    private final ArrayList<Object> items;

    public JsList() {
        this.items = new ArrayList<>();
    }

    public JsList(List<?> values) {
        this.items = new ArrayList<>(values);
    }

    private JsList(ArrayList<Object> items, boolean unused) {
        this.items = items;
    }

    public static JsList of(Object... values) {
        JsList list = new JsList();
        Collections.addAll(list.items, values);
        return list;
    }

    public int size() {
        return items.size();
    }

    /** Element at a valid index; holes read as undefined. */
    public Object get(int index) {
        Object v = items.get(index);
        return v == HOLE ? Nil.UNDEFINED : v;
    }

    /** True when the index holds an element (JavaScript's HasProperty), false for holes and out of range. */
    public boolean has(int index) {
        return index >= 0 && index < items.size() && items.get(index) != HOLE;
    }

    /** {@code list[i]} for a numeric key: only whole, in-range keys name elements. */
    public Object getAt(double key) {
        int i = indexOf(key);
        return i >= 0 && i < items.size() ? get(i) : Nil.UNDEFINED;
    }

    /** {@code list[i] = v}: grows the array with holes when i is past the end; non-index keys are ignored. */
    public void setAt(double key, Object value) {
        int i = indexOf(key);
        if (i < 0) {
            return; // a property that no block can see again
        }
        if (i >= HARD_MAX_SIZE) {
            throw new JsLimitException(true);
        }
        while (items.size() <= i) {
            items.add(HOLE);
        }
        items.set(i, value);
    }

    /** Array index for a numeric key, or -1 when the key is not an array index. */
    private static int indexOf(double key) {
        if (key >= 0 && key < 4294967295.0 && key == Math.floor(key)) {
            return key > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) key;
        }
        return -1;
    }

    public void push(Object value) {
        checkGrow(1);
        items.add(value);
    }

    public void unshift(Object value) {
        checkGrow(1);
        items.addFirst(value);
    }

    /** {@code shift()}: removes the first element; undefined when empty. */
    public Object shift() {
        if (items.isEmpty()) {
            return Nil.UNDEFINED;
        }
        Object v = items.removeFirst();
        return v == HOLE ? Nil.UNDEFINED : v;
    }

    /** {@code pop()}: removes the last element; undefined when empty. */
    public Object pop() {
        if (items.isEmpty()) {
            return Nil.UNDEFINED;
        }
        Object v = items.removeLast();
        return v == HOLE ? Nil.UNDEFINED : v;
    }

    /** {@code splice(start, deleteCount, ...insert)} with JavaScript's relative start; returns the removed elements. */
    public JsList splice(double start, double deleteCount, Object... insert) {
        int len = items.size();
        int from = JsNumbers.relativeIndex(start, len);
        double dc = JsNumbers.toIntegerOrInfinity(deleteCount);
        int count = (int) Math.min(Math.max(dc, 0), len - from);
        checkGrow(insert.length - count);
        List<Object> range = items.subList(from, from + count);
        JsList removed = new JsList(new ArrayList<>(range), true);
        range.clear();
        if (insert.length > 0) {
            items.addAll(from, List.of(insert));
        }
        return removed;
    }

    /** {@code slice(start, end)} with JavaScript's relative indexes; holes are kept. */
    public JsList slice(double start, double end) {
        int len = items.size();
        int from = JsNumbers.relativeIndex(start, len);
        int to = JsNumbers.relativeIndex(end, len);
        if (to <= from) {
            return new JsList();
        }
        return new JsList(new ArrayList<>(items.subList(from, to)), true);
    }

    public JsList copy() {
        return new JsList(new ArrayList<>(items), true);
    }

    /** {@code reverse()} in place. */
    public JsList reverseInPlace() {
        Collections.reverse(items);
        return this;
    }

    /** {@code indexOf(x)}: strict equality, holes never match. */
    public int indexOfStrict(Object x) {
        for (int i = 0; i < items.size(); i++) {
            Object v = items.get(i);
            if (v != HOLE && Js.strictEquals(v, x)) {
                return i;
            }
        }
        return -1;
    }

    /** {@code lastIndexOf(x)}: strict equality, holes never match. */
    public int lastIndexOfStrict(Object x) {
        for (int i = items.size() - 1; i >= 0; i--) {
            Object v = items.get(i);
            if (v != HOLE && Js.strictEquals(v, x)) {
                return i;
            }
        }
        return -1;
    }

    /** The elements with holes read as undefined (a fresh copy). */
    public List<Object> values() {
        List<Object> out = new ArrayList<>(items.size());
        for (Object v : items) {
            out.add(v == HOLE ? Nil.UNDEFINED : v);
        }
        return out;
    }

    /** Raw backing list for sorting and for-in, holes included. */
    List<Object> raw() {
        return items;
    }

    private void checkGrow(int extra) {
        if (extra > 0 && (long) items.size() + extra > HARD_MAX_SIZE) {
            throw new JsLimitException(true);
        }
    }

    /** {@code join(separator)}: null, undefined and holes become empty text; cycles become empty text as in V8. */
    public String join(String separator) {
        StringBuilder sb = new StringBuilder();
        appendJoined(sb, separator, Collections.newSetFromMap(new IdentityHashMap<>()));
        return sb.toString();
    }

    void appendJoined(StringBuilder sb, String separator, Set<JsList> active) {
        if (!active.add(this)) {
            return;
        }
        try {
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) {
                    sb.append(separator);
                }
                Object v = items.get(i);
                if (v == HOLE || v instanceof Nil) {
                    // empty
                } else if (v instanceof JsList inner) {
                    inner.appendJoined(sb, ",", active);
                } else {
                    sb.append(Js.toStr(v));
                }
                if (sb.length() > Js.MAX_STRING) {
                    throw new JsLimitException(false);
                }
            }
        } finally {
            active.remove(this);
        }
    }

    @Override
    public String toString() {
        return join(",");
    }
}
