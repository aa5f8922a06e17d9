package org.edubalance.app.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A map that holds at most {@code capacity} entries and forgets the least recently used one to take a new one: for
 * tables whose keys come from requests (sign-in names and addresses, request parameters in cache keys), which would
 * otherwise grow with every distinct value a client sends. One lock; every operation is a few map steps.
 *
 * @param <K> the key
 * @param <V> the value
 */
public final class BoundedTable<K, V> {
    private final int capacity;
    private final LinkedHashMap<K, V> entries;

    public BoundedTable(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("A table holds at least one entry, not " + capacity);
        }
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > BoundedTable.this.capacity;
            }
        };
    }

    public synchronized @Nullable V get(K key) {
        return entries.get(key);
    }

    /** The value of {@code key}, created by {@code create} (under the table's lock: keep it cheap) when absent. */
    public synchronized V computeIfAbsent(K key, Function<? super K, ? extends V> create) {
        return entries.computeIfAbsent(key, create);
    }

    /** Replaces the value of {@code key} by {@code change}'s answer; a {@code null} answer removes the entry. */
    public synchronized @Nullable V compute(
            K key, BiFunction<? super K, ? super @Nullable V, ? extends @Nullable V> change) {
        return entries.compute(key, change);
    }

    public synchronized void remove(K key) {
        entries.remove(key);
    }

    public synchronized boolean remove(K key, V value) {
        return entries.remove(key, value);
    }

    public synchronized void clear() {
        entries.clear();
    }

    public synchronized int size() {
        return entries.size();
    }

    public int capacity() {
        return capacity;
    }
}
