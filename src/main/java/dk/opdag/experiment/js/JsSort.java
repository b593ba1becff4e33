package dk.opdag.experiment.js;

import java.util.List;

/**
 * {@code Array.prototype.sort(comparefn)} as V8 does it: undefined values and holes moved to the end, the rest
 * sorted with the same TimSort variant (binary insertion for short runs, galloping merges) and the same
 * comparison sequence.
 *
 * <p><b>Why a port and not {@code List.sort}.</b> For a consistent comparator every stable sort gives the same
 * order, and this class agrees with the JDK's (see {@code JsSortTest}). But the comparators Blockly generates are
 * not consistent: {@code listsGetSortCompare} for TEXT and IGNORE_CASE never returns 0 (equal texts compare as
 * "smaller" both ways), and NUMERIC on a list with text in it compares NaN as equal to everything. With those, the
 * order of elements that look equal ("Kat" and "kat" ignoring case) depends on V8's exact steps, which pupils see,
 * and the JDK's TimSort throws "Comparison method violates its general contract" on longer lists (tried: conformance
 * case 25-lists-sort-large, 120 names ignoring case). So the engine follows V8 step for step; see
 * tools/conformance/README.md.
 *
 * <p><b>Source and licence.</b> A Java port of {@code third_party/v8/builtins/array-sort.tq} from V8 11.3 (the V8 in
 * Node 20, 11.3.244.8, which generates the conformance corpus), functions ArrayTimSortImpl, CountAndMakeRun,
 * BinaryInsertionSort, MergeCollapse/MergeForceCollapse, MergeAt, GallopLeft/GallopRight, MergeLow/MergeHigh. That
 * file is itself derived from CPython's {@code Objects/listobject.c} and is distributed by V8 under the Python
 * Software Foundation License Version 2 ({@code third_party/v8/builtins/LICENSE}), not V8's BSD licence:
 * Copyright (c) 2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016,
 * 2017, 2018 Python Software Foundation; All Rights Reserved. Summary of changes (PSF licence, clause 3): rewritten
 * in Java over an {@code Object[]} of JavaScript values; V8's element accessors, bail-outs on receiver changes and
 * the pre-processing of prototype holes are left out (a Blockly list is a plain array no comparator can change);
 * undefined values and holes are moved to the end before sorting, as V8's CompactReceiverElementsIntoWorkArray does.
 */
public final class JsSort {

    /** A JavaScript compare function; a NaN result counts as 0. */
    @FunctionalInterface
    public interface CompareFn {
        double compare(Object a, Object b);
    }

    /** Arrays shorter than this skip run detection (V8 11+: plain binary insertion sort). */
    static int minTimSortLength = 10;

    private static final int MIN_GALLOP = 7;

    private final Object[] a;
    private final CompareFn fn;
    private Object[] temp = new Object[0];
    private int minGallop = MIN_GALLOP;
    private final int[] runBase = new int[85];
    private final int[] runLength = new int[85];
    private int runs;

    private JsSort(Object[] a, CompareFn fn) {
        this.a = a;
        this.fn = fn;
    }

    /** Sorts the list in place. */
    public static void sort(JsList list, CompareFn fn) {
        List<Object> raw = list.raw();
        if (raw.size() < 2) {
            return;
        }
        int undefinedCount = 0;
        int holes = 0;
        int n = 0;
        Object[] work = new Object[raw.size()];
        for (Object v : raw) {
            if (v == JsList.HOLE) {
                holes++;
            } else if (v == Nil.UNDEFINED) {
                undefinedCount++;
            } else {
                work[n++] = v;
            }
        }
        Object[] values = java.util.Arrays.copyOf(work, n);
        JsSort sorter = new JsSort(values, fn);
        if (n < minTimSortLength) {
            sorter.binaryInsertionSort(0, 0, n);
        } else {
            sorter.timSort(n);
        }
        raw.clear();
        raw.addAll(java.util.Arrays.asList(values));
        for (int i = 0; i < undefinedCount; i++) {
            raw.add(Nil.UNDEFINED);
        }
        for (int i = 0; i < holes; i++) {
            raw.add(JsList.HOLE);
        }
    }

    private double cmp(Object x, Object y) {
        double v = fn.compare(x, y);
        return Double.isNaN(v) ? 0 : v;
    }

    private void timSort(int length) {
        int remaining = length;
        int low = 0;
        int minRun = minRunLength(remaining);
        while (remaining != 0) {
            int current = countAndMakeRun(low, low + remaining);
            if (current < minRun) {
                int forced = Math.min(minRun, remaining);
                binaryInsertionSort(low, low + current, low + forced);
                current = forced;
            }
            runBase[runs] = low;
            runLength[runs] = current;
            runs++;
            mergeCollapse();
            low += current;
            remaining -= current;
        }
        while (runs > 1) {
            int n = runs - 2;
            if (n > 0 && runLength[n - 1] < runLength[n + 1]) {
                n--;
            }
            mergeAt(n);
        }
    }

    private static int minRunLength(int n) {
        int r = 0;
        while (n >= 64) {
            r |= n & 1;
            n >>= 1;
        }
        return n + r;
    }

    /** Sorts [low, high) given that [low, start) is sorted; the insertion point is after equal elements. */
    private void binaryInsertionSort(int low, int startArg, int high) {
        int start = low == startArg ? startArg + 1 : startArg;
        for (; start < high; start++) {
            int left = low;
            int right = start;
            Object pivot = a[right];
            while (left < right) {
                int mid = left + ((right - left) >> 1);
                if (cmp(pivot, a[mid]) < 0) {
                    right = mid;
                } else {
                    left = mid + 1;
                }
            }
            System.arraycopy(a, left, a, left + 1, start - left);
            a[left] = pivot;
        }
    }

    /** Length of the natural run at low; a strictly descending run is reversed in place. */
    private int countAndMakeRun(int lowArg, int high) {
        int low = lowArg + 1;
        if (low == high) {
            return 1;
        }
        int length = 2;
        Object previous = a[low];
        boolean descending = cmp(a[low], a[low - 1]) < 0;
        for (int i = low + 1; i < high; i++) {
            Object current = a[i];
            double order = cmp(current, previous);
            if (descending ? order >= 0 : order < 0) {
                break;
            }
            previous = current;
            length++;
        }
        if (descending) {
            for (int i = lowArg, j = lowArg + length - 1; i < j; i++, j--) {
                Object t = a[i];
                a[i] = a[j];
                a[j] = t;
            }
        }
        return length;
    }

    private boolean invariantHolds(int n) {
        if (n < 2) {
            return true;
        }
        return runLength[n - 2] > runLength[n - 1] + runLength[n];
    }

    private void mergeCollapse() {
        while (runs > 1) {
            int n = runs - 2;
            if (!invariantHolds(n + 1) || !invariantHolds(n)) {
                if (runLength[n - 1] < runLength[n + 1]) {
                    n--;
                }
                mergeAt(n);
            } else if (runLength[n] <= runLength[n + 1]) {
                mergeAt(n);
            } else {
                break;
            }
        }
    }

    private void mergeAt(int i) {
        int baseA = runBase[i];
        int lengthA = runLength[i];
        int baseB = runBase[i + 1];
        int lengthB = runLength[i + 1];
        runLength[i] = lengthA + lengthB;
        if (i == runs - 3) {
            runBase[i + 1] = runBase[i + 2];
            runLength[i + 1] = runLength[i + 2];
        }
        runs--;

        int k = gallopRight(a, a[baseB], baseA, lengthA, 0);
        baseA += k;
        lengthA -= k;
        if (lengthA == 0) {
            return;
        }
        lengthB = gallopLeft(a, a[baseA + lengthA - 1], baseB, lengthB, lengthB - 1);
        if (lengthB == 0) {
            return;
        }
        if (lengthA <= lengthB) {
            mergeLow(baseA, lengthA, baseB, lengthB);
        } else {
            mergeHigh(baseA, lengthA, baseB, lengthB);
        }
    }

    /** Position of key in the sorted range: left of any equal elements. */
    private int gallopLeft(Object[] array, Object key, int base, int length, int hint) {
        int lastOfs = 0;
        int offset = 1;
        if (cmp(array[base + hint], key) < 0) {
            int maxOfs = length - hint;
            while (offset < maxOfs) {
                if (cmp(array[base + hint + offset], key) >= 0) {
                    break;
                }
                lastOfs = offset;
                offset = (offset << 1) + 1;
                if (offset <= 0) {
                    offset = maxOfs;
                }
            }
            if (offset > maxOfs) {
                offset = maxOfs;
            }
            lastOfs += hint;
            offset += hint;
        } else {
            int maxOfs = hint + 1;
            while (offset < maxOfs) {
                if (cmp(array[base + hint - offset], key) < 0) {
                    break;
                }
                lastOfs = offset;
                offset = (offset << 1) + 1;
                if (offset <= 0) {
                    offset = maxOfs;
                }
            }
            if (offset > maxOfs) {
                offset = maxOfs;
            }
            int tmp = lastOfs;
            lastOfs = hint - offset;
            offset = hint - tmp;
        }
        lastOfs++;
        while (lastOfs < offset) {
            int m = lastOfs + ((offset - lastOfs) >> 1);
            if (cmp(array[base + m], key) < 0) {
                lastOfs = m + 1;
            } else {
                offset = m;
            }
        }
        return offset;
    }

    /** Position of key in the sorted range: right of any equal elements. */
    private int gallopRight(Object[] array, Object key, int base, int length, int hint) {
        int lastOfs = 0;
        int offset = 1;
        if (cmp(key, array[base + hint]) < 0) {
            int maxOfs = hint + 1;
            while (offset < maxOfs) {
                if (cmp(key, array[base + hint - offset]) >= 0) {
                    break;
                }
                lastOfs = offset;
                offset = (offset << 1) + 1;
                if (offset <= 0) {
                    offset = maxOfs;
                }
            }
            if (offset > maxOfs) {
                offset = maxOfs;
            }
            int tmp = lastOfs;
            lastOfs = hint - offset;
            offset = hint - tmp;
        } else {
            int maxOfs = length - hint;
            while (offset < maxOfs) {
                if (cmp(key, array[base + hint + offset]) < 0) {
                    break;
                }
                lastOfs = offset;
                offset = (offset << 1) + 1;
                if (offset <= 0) {
                    offset = maxOfs;
                }
            }
            if (offset > maxOfs) {
                offset = maxOfs;
            }
            lastOfs += hint;
            offset += hint;
        }
        lastOfs++;
        while (lastOfs < offset) {
            int m = lastOfs + ((offset - lastOfs) >> 1);
            if (cmp(key, array[base + m]) < 0) {
                offset = m;
            } else {
                lastOfs = m + 1;
            }
        }
        return offset;
    }

    private Object[] tempArray(int size) {
        int min = Math.max(32, size);
        if (temp.length < min) {
            temp = new Object[min];
        }
        return temp;
    }

    private void mergeLow(int baseA, int lengthAArg, int baseB, int lengthBArg) {
        int lengthA = lengthAArg;
        int lengthB = lengthBArg;
        Object[] tmp = tempArray(lengthA);
        System.arraycopy(a, baseA, tmp, 0, lengthA);
        int dest = baseA;
        int cursorTemp = 0;
        int cursorB = baseB;
        a[dest++] = a[cursorB++];
        boolean copyB;
        outer:
        {
            if (--lengthB == 0) {
                copyB = false;
                break outer;
            }
            if (lengthA == 1) {
                copyB = true;
                break outer;
            }
            int gallop = minGallop;
            while (true) {
                int winsA = 0;
                int winsB = 0;
                while (true) {
                    if (cmp(a[cursorB], tmp[cursorTemp]) < 0) {
                        a[dest++] = a[cursorB++];
                        winsB++;
                        lengthB--;
                        winsA = 0;
                        if (lengthB == 0) {
                            copyB = false;
                            break outer;
                        }
                        if (winsB >= gallop) {
                            break;
                        }
                    } else {
                        a[dest++] = tmp[cursorTemp++];
                        winsA++;
                        lengthA--;
                        winsB = 0;
                        if (lengthA == 1) {
                            copyB = true;
                            break outer;
                        }
                        if (winsA >= gallop) {
                            break;
                        }
                    }
                }
                gallop++;
                boolean first = true;
                while (winsA >= MIN_GALLOP || winsB >= MIN_GALLOP || first) {
                    first = false;
                    gallop = Math.max(1, gallop - 1);
                    minGallop = gallop;
                    winsA = gallopRight(tmp, a[cursorB], cursorTemp, lengthA, 0);
                    if (winsA > 0) {
                        System.arraycopy(tmp, cursorTemp, a, dest, winsA);
                        dest += winsA;
                        cursorTemp += winsA;
                        lengthA -= winsA;
                        if (lengthA == 1) {
                            copyB = true;
                            break outer;
                        }
                        if (lengthA == 0) {
                            copyB = false;
                            break outer;
                        }
                    }
                    a[dest++] = a[cursorB++];
                    if (--lengthB == 0) {
                        copyB = false;
                        break outer;
                    }
                    winsB = gallopLeft(a, tmp[cursorTemp], cursorB, lengthB, 0);
                    if (winsB > 0) {
                        System.arraycopy(a, cursorB, a, dest, winsB);
                        dest += winsB;
                        cursorB += winsB;
                        lengthB -= winsB;
                        if (lengthB == 0) {
                            copyB = false;
                            break outer;
                        }
                    }
                    a[dest++] = tmp[cursorTemp++];
                    if (--lengthA == 1) {
                        copyB = true;
                        break outer;
                    }
                }
                gallop++;
                minGallop = gallop;
            }
        }
        if (copyB) {
            System.arraycopy(a, cursorB, a, dest, lengthB);
            a[dest + lengthB] = tmp[cursorTemp];
        } else if (lengthA > 0) {
            System.arraycopy(tmp, cursorTemp, a, dest, lengthA);
        }
    }

    private void mergeHigh(int baseA, int lengthAArg, int baseB, int lengthBArg) {
        int lengthA = lengthAArg;
        int lengthB = lengthBArg;
        Object[] tmp = tempArray(lengthB);
        System.arraycopy(a, baseB, tmp, 0, lengthB);
        int dest = baseB + lengthB - 1;
        int cursorTemp = lengthB - 1;
        int cursorA = baseA + lengthA - 1;
        a[dest--] = a[cursorA--];
        boolean copyA;
        outer:
        {
            if (--lengthA == 0) {
                copyA = false;
                break outer;
            }
            if (lengthB == 1) {
                copyA = true;
                break outer;
            }
            int gallop = minGallop;
            while (true) {
                int winsA = 0;
                int winsB = 0;
                while (true) {
                    if (cmp(tmp[cursorTemp], a[cursorA]) < 0) {
                        a[dest--] = a[cursorA--];
                        winsA++;
                        lengthA--;
                        winsB = 0;
                        if (lengthA == 0) {
                            copyA = false;
                            break outer;
                        }
                        if (winsA >= gallop) {
                            break;
                        }
                    } else {
                        a[dest--] = tmp[cursorTemp--];
                        winsB++;
                        lengthB--;
                        winsA = 0;
                        if (lengthB == 1) {
                            copyA = true;
                            break outer;
                        }
                        if (winsB >= gallop) {
                            break;
                        }
                    }
                }
                gallop++;
                boolean first = true;
                while (winsA >= MIN_GALLOP || winsB >= MIN_GALLOP || first) {
                    first = false;
                    gallop = Math.max(1, gallop - 1);
                    minGallop = gallop;
                    int k = gallopRight(a, tmp[cursorTemp], baseA, lengthA, lengthA - 1);
                    winsA = lengthA - k;
                    if (winsA > 0) {
                        dest -= winsA;
                        cursorA -= winsA;
                        System.arraycopy(a, cursorA + 1, a, dest + 1, winsA);
                        lengthA -= winsA;
                        if (lengthA == 0) {
                            copyA = false;
                            break outer;
                        }
                    }
                    a[dest--] = tmp[cursorTemp--];
                    if (--lengthB == 1) {
                        copyA = true;
                        break outer;
                    }
                    k = gallopLeft(tmp, a[cursorA], 0, lengthB, lengthB - 1);
                    winsB = lengthB - k;
                    if (winsB > 0) {
                        dest -= winsB;
                        cursorTemp -= winsB;
                        System.arraycopy(tmp, cursorTemp + 1, a, dest + 1, winsB);
                        lengthB -= winsB;
                        if (lengthB == 1) {
                            copyA = true;
                            break outer;
                        }
                        if (lengthB == 0) {
                            copyA = false;
                            break outer;
                        }
                    }
                    a[dest--] = a[cursorA--];
                    if (--lengthA == 0) {
                        copyA = false;
                        break outer;
                    }
                }
                gallop++;
                minGallop = gallop;
            }
        }
        if (copyA) {
            dest -= lengthA;
            cursorA -= lengthA;
            System.arraycopy(a, cursorA + 1, a, dest + 1, lengthA);
            a[dest] = tmp[cursorTemp];
        } else if (lengthB > 0) {
            System.arraycopy(tmp, 0, a, dest - (lengthB - 1), lengthB);
        }
    }
}
