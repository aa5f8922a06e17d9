package org.edubalance.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BoundedTableTest {

    @Test
    void forgetsTheLeastRecentlyUsedEntryBeyondItsCapacity() {
        var table = new BoundedTable<String, Integer>(3);
        table.computeIfAbsent("a", k -> 1);
        table.computeIfAbsent("b", k -> 2);
        table.computeIfAbsent("c", k -> 3);
        table.get("a");

        table.computeIfAbsent("d", k -> 4);

        assertThat(table.size()).isEqualTo(3);
        assertThat(table.get("b")).isNull();
        assertThat(table.get("a")).isEqualTo(1);
        assertThat(table.get("d")).isEqualTo(4);
    }

    @Test
    void holdsNoMoreThanItsCapacityWhateverComes() {
        var table = new BoundedTable<Integer, Integer>(1_000);

        for (int i = 0; i < 100_000; i++) {
            table.compute(i, (k, v) -> k);
        }

        assertThat(table.size()).isEqualTo(1_000);
    }
}
