package org.edubalance.report.model;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.IntFunction;

/**
 * The body rows of a table: either held in memory or computed on access.
 *
 * <p>A computed list builds each row from its index whenever it is read, so a nation-scale table (about 230,000
 * school rows) is never held as row objects all at once: a renderer reading the rows in order holds one row at a
 * time. Reading a computed row twice builds it twice; the function must give equal rows for equal indices.
 * Unmodifiable.
 */
public final class ReportRows extends AbstractList<ReportRow> implements RandomAccess {
    private static final ReportRows EMPTY = new ReportRows(0, i -> {
        throw new IndexOutOfBoundsException(i);
    });

    private final int size;
    private final IntFunction<ReportRow> rowAt;

    private ReportRows(int size, IntFunction<ReportRow> rowAt) {
        this.size = size;
        this.rowAt = rowAt;
    }

    /** No rows. */
    public static ReportRows empty() {
        return EMPTY;
    }

    /** The given rows, copied. */
    public static ReportRows of(List<ReportRow> rows) {
        List<ReportRow> copy = List.copyOf(rows);
        return copy.isEmpty() ? EMPTY : new ReportRows(copy.size(), copy::get);
    }

    /**
     * {@code size} rows computed on access.
     *
     * @param size the number of rows, ≥ 0
     * @param rowAt the row at an index in {@code [0, size)}; never returns {@code null}
     */
    public static ReportRows computed(int size, IntFunction<ReportRow> rowAt) {
        if (size < 0) {
            throw new IllegalArgumentException("A row count is never negative, got " + size);
        }
        return size == 0 ? EMPTY : new ReportRows(size, rowAt);
    }

    /** The rows of {@code parts} one after another, without copying them (a row index is found by binary search). */
    public static ReportRows concat(List<ReportRows> parts) {
        List<ReportRows> nonEmpty = parts.stream().filter(p -> !p.isEmpty()).toList();
        if (nonEmpty.isEmpty()) {
            return EMPTY;
        }
        if (nonEmpty.size() == 1) {
            return nonEmpty.getFirst();
        }
        int[] starts = new int[nonEmpty.size()];
        long total = 0;
        for (int p = 0; p < starts.length; p++) {
            starts[p] = (int) total;
            total += nonEmpty.get(p).size();
            if (total > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("More than " + Integer.MAX_VALUE + " rows");
            }
        }
        return new ReportRows((int) total, i -> {
            int found = Arrays.binarySearch(starts, i);
            int p = found >= 0 ? found : -found - 2;
            return nonEmpty.get(p).get(i - starts[p]);
        });
    }

    @Override
    public ReportRow get(int index) {
        Objects.checkIndex(index, size);
        return Objects.requireNonNull(rowAt.apply(index), "row " + index);
    }

    @Override
    public int size() {
        return size;
    }
}
