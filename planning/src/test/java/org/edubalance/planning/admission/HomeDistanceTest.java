package org.edubalance.planning.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.edubalance.core.school.GeoPoint;
import org.junit.jupiter.api.Test;

class HomeDistanceTest {

    @Test
    void one_degree_along_a_meridian_is_the_radius_times_pi_over_180() {
        // 6371.0088 × π / 180 = 111.19508023353…
        assertThat(HomeDistance.km(new GeoPoint(36, 117), new GeoPoint(37, 117)))
                .isCloseTo(111.195080233533, within(1e-9));
    }

    @Test
    void the_same_point_is_zero_and_the_antipode_half_the_circumference() {
        assertThat(HomeDistance.km(new GeoPoint(10, 20), new GeoPoint(10, 20))).isZero();
        // π × 6371.0088 = 20015.114…: a = 1, so asin(1) = π/2.
        assertThat(HomeDistance.km(new GeoPoint(0, 0), new GeoPoint(0, 180))).isCloseTo(20015.1142, within(1e-3));
    }

    @Test
    void rounding_to_the_millimetre_is_half_up_from_the_exact_binary_value() {
        // 2.0000005 is stored as 2.00000050000000006989…: above the half, so 2.000001 (a naive km·1e6 gives 2000000).
        assertThat(HomeDistance.millimetres(2.0000005)).isEqualTo(2_000_001);
        // 3.5e-6 is stored as 3.49999999999999994749…e-6: below the half, so 3 (Math.round(km·1e6) gives 4).
        assertThat(HomeDistance.millimetres(3.5e-6)).isEqualTo(3);
        // 2.5e-6 is stored as 2.50000000000000020450…e-6: above the half, so 3 (half-even would give 2).
        assertThat(HomeDistance.millimetres(2.5e-6)).isEqualTo(3);
        assertThat(HomeDistance.millimetres(0.1234567)).isEqualTo(123_457);
        assertThat(HomeDistance.millimetres(12.3)).isEqualTo(12_300_000);
    }
}
