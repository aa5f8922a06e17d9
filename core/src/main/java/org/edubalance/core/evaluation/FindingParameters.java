package org.edubalance.core.evaluation;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * The parameters of a {@link Finding}: an immutable map in insertion order over one array of names and values.
 *
 * <p>Why not an unmodifiable {@code LinkedHashMap}: a nation-scale evaluation keeps well over a hundred thousand
 * findings to the end, and a linked map of three or four entries (with its table and the wrapper) took about 300
 * bytes, built twice per finding; this takes one array. A finding has at most a handful of parameters, so a lookup
 * by name is a short scan. Equal to any map with the same entries, as every {@link Map} is.
 */
final class FindingParameters extends AbstractMap<String, Object> {
    // name, value, name, value, … of the first 2 × size slots; no null name or value.
    private final Object[] namesAndValues;
    private final int size;

    private FindingParameters(Object[] namesAndValues, int size) {
        this.namesAndValues = namesAndValues;
        this.size = size;
    }

    /** The given map's entries in its order; the same instance when it is one already (it is immutable). */
    static FindingParameters copyOf(Map<String, Object> params) {
        if (params instanceof FindingParameters own) {
            return own;
        }
        Object[] array = new Object[2 * params.size()];
        int n = 0;
        for (Map.Entry<String, Object> e : params.entrySet()) {
            array[2 * n] = Objects.requireNonNull(e.getKey(), "parameter name");
            array[2 * n + 1] = Objects.requireNonNull(e.getValue(), "parameter value");
            n++;
        }
        return new FindingParameters(array, n);
    }

    /**
     * Names and values in turn, as {@link Finding#of} takes them: a {@code null} value leaves its name out, and a
     * name given again replaces its value in place (as {@code Map.put} would).
     */
    static FindingParameters of(Object[] namesAndValues) {
        Object[] array = new Object[namesAndValues.length];
        int n = 0;
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value == null) {
                continue;
            }
            String name = (String) Objects.requireNonNull(namesAndValues[i], "parameter name");
            int at = indexOf(array, n, name);
            if (at >= 0) {
                array[2 * at + 1] = value;
            } else {
                array[2 * n] = name;
                array[2 * n + 1] = value;
                n++;
            }
        }
        return new FindingParameters(2 * n == array.length ? array : Arrays.copyOf(array, 2 * n), n);
    }

    private static int indexOf(Object[] array, int size, Object name) {
        for (int i = 0; i < size; i++) {
            if (array[2 * i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    String name(int i) {
        return (String) namesAndValues[2 * i];
    }

    Object value(int i) {
        return namesAndValues[2 * i + 1];
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean containsKey(Object name) {
        return indexOf(namesAndValues, size, name) >= 0;
    }

    @Override
    public Object get(Object name) {
        int at = indexOf(namesAndValues, size, name);
        return at < 0 ? null : namesAndValues[2 * at + 1];
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    public Entry<String, Object> next() {
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        Entry<String, Object> entry = Map.entry(name(next), value(next));
                        next++;
                        return entry;
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }
}
