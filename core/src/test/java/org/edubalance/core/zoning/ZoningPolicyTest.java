package org.edubalance.core.zoning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The policy's plan year, capacity and the ranges of its keys (docs/planning/zoning.md §3). */
class ZoningPolicyTest {

    @Test
    void planYearAndCapacityFollowTheKeys() {
        var policy = new ZoningPolicy("p", 1, 3, 0.1, 1.0, null, true);
        assertThat(policy.planYear(2025)).isEqualTo(2026);
        assertThat(policy.capacity(120)).isCloseTo(132.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void valuesOutOfRangeAreRefused() {
        assertThatThrownBy(() -> new ZoningPolicy("p", -1, 1, 0, 1, null, true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ZoningPolicy("p", 1, 0, 0, 1, null, true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ZoningPolicy("p", 1, 1, -0.1, 1, null, true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ZoningPolicy("p", 1, 1, 0, 1.1, null, true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ZoningPolicy("p", 1, 1, 0, 1, 0.0, true))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
