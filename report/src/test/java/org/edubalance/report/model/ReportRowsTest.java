package org.edubalance.report.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReportRowsTest {

    @Test
    void computedRowsAreBuiltOnlyWhenRead() {
        AtomicInteger built = new AtomicInteger();
        ReportRows rows = ReportRows.computed(1_000_000, i -> {
            built.incrementAndGet();
            return row(i);
        });
        assertThat(rows).hasSize(1_000_000);
        assertThat(built).hasValue(0);
        assertThat(rows.get(999_999)).isEqualTo(row(999_999));
        assertThat(built).hasValue(1);
    }

    @Test
    void concatenatedRowsFollowEachOtherAndSkipEmptyParts() {
        ReportRows rows = ReportRows.concat(List.of(
                ReportRows.of(List.of(row(0), row(1))),
                ReportRows.empty(),
                ReportRows.computed(3, i -> row(10 + i)),
                ReportRows.of(List.of(row(20)))));
        assertThat(rows).containsExactly(row(0), row(1), row(10), row(11), row(12), row(20));
    }

    @Test
    void readingOutsideTheRowsFails() {
        ReportRows rows = ReportRows.concat(List.of(ReportRows.of(List.of(row(0))), ReportRows.of(List.of(row(1)))));
        assertThatExceptionOfType(IndexOutOfBoundsException.class).isThrownBy(() -> rows.get(2));
        assertThatExceptionOfType(IndexOutOfBoundsException.class).isThrownBy(() -> rows.get(-1));
    }

    @Test
    void rowsCannotBeChanged() {
        ReportRows rows = ReportRows.of(List.of(row(0)));
        assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> rows.add(row(1)));
    }

    private static ReportRow row(int i) {
        return ReportRow.body(List.of(ReportCell.integer(i)));
    }
}
