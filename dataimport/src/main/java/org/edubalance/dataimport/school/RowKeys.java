package org.edubalance.dataimport.school;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The (year, school code) cells of every non-blank row with both cells filled, in file order, for the duplicate rule
 * ({@link CrossRowChecks#checkDuplicates}).
 *
 * <p>They live from the row's parsing to the end of the import, so a nation-scale file kept 200,000 of them: as a
 * record and a String each they were about 18 MB that every young collection had to copy. A key whose cells are plain
 * digits — a four-digit year not starting with 0 and a code of 1 to 13 digits, as every national school code is — is
 * packed into one {@code long} instead (year, code length, code value), which gives back the same texts ({@link
 * #year}, {@link #code}), so two rows have equal packed keys exactly when their cells are equal. Any other key is
 * kept as text; a packed and a text key can never be equal, as a text key is never packable.
 */
final class RowKeys {
    /** Marks a row whose key is kept as text. Packed keys use 62 bits and are never negative. */
    static final long TEXT = -1;

    private static final int CODE_DIGITS = 13;
    private static final int LENGTH_BITS = 4;
    private static final int CODE_BITS = 44; // 10^13 < 2^44

    private long[] rows = new long[1024];
    private long[] packed = new long[1024];
    private final List<String[]> texts = new ArrayList<>();
    private int size;

    /** Adds the key of file row {@code row}; a key with an empty cell is left out (the rule ignores it). */
    void add(long row, String year, String code) {
        if (year.isEmpty() || code.isEmpty()) {
            return;
        }
        long key = pack(year, code);
        if (key == TEXT) {
            texts.add(new String[] {year, code});
        }
        append(row, key);
    }

    /** Adds every key of {@code other}, its rows moved down by {@code rowOffset}. */
    void addAll(RowKeys other, long rowOffset) {
        int text = 0;
        for (int i = 0; i < other.size; i++) {
            if (other.packed[i] == TEXT) {
                texts.add(other.texts.get(text++));
            }
            append(other.rows[i] + rowOffset, other.packed[i]);
        }
    }

    int size() {
        return size;
    }

    long row(int i) {
        return rows[i];
    }

    /** The packed key of the {@code i}-th row, or {@link #TEXT}. */
    long packed(int i) {
        return packed[i];
    }

    /** The texts of the text keys, in file order: the {@code k}-th belongs to the {@code k}-th row marked TEXT. */
    List<String[]> texts() {
        return texts;
    }

    /** The year cell of a packed key. */
    static String year(long key) {
        return Long.toString(key >>> (CODE_BITS + LENGTH_BITS));
    }

    /** The school code cell of a packed key, with its leading zeros. */
    static String code(long key) {
        int length = (int) ((key >>> CODE_BITS) & ((1 << LENGTH_BITS) - 1));
        String digits = Long.toString(key & ((1L << CODE_BITS) - 1));
        return "0".repeat(length - digits.length()) + digits;
    }

    /** The packed key of {@code year} and {@code code}, or {@link #TEXT} when they are not plain digits. */
    static long pack(String year, String code) {
        if (year.length() != 4 || year.charAt(0) == '0' || !digits(year)) {
            return TEXT;
        }
        if (code.length() > CODE_DIGITS || !digits(code)) {
            return TEXT;
        }
        long value = Long.parseLong(code);
        return (Long.parseLong(year) << (CODE_BITS + LENGTH_BITS)) | ((long) code.length() << CODE_BITS) | value;
    }

    private static boolean digits(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private void append(long row, long key) {
        if (size == rows.length) {
            rows = Arrays.copyOf(rows, 2 * size);
            packed = Arrays.copyOf(packed, 2 * size);
        }
        rows[size] = row;
        packed[size] = key;
        size++;
    }
}
