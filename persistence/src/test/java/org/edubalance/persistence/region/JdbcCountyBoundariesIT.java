package org.edubalance.persistence.region;

import static org.assertj.core.api.Assertions.assertThat;

import org.edubalance.core.region.County;
import org.edubalance.core.region.RegionCode;
import org.edubalance.persistence.TestDatabase;
import org.junit.jupiter.api.Test;

class JdbcCountyBoundariesIT {
    private final JdbcCountyBoundaries boundaries = new JdbcCountyBoundaries(TestDatabase.dataSource());

    @Test
    void keepsOneBoundaryPerCountyAndReplacesIt() {
        RegionCode county = new RegionCode("990101");
        new JdbcRegions(TestDatabase.dataSource()).addCounty(new County(county, "边界县", "边界市", "边界省"));

        boundaries.save(county, "{\"type\": \"FeatureCollection\", \"features\": []}");
        boundaries.save(county, "{\"type\": \"Polygon\", \"coordinates\": []}");

        assertThat(boundaries.find(county))
                .hasValueSatisfying(json -> assertThat(json).contains("Polygon"));
        assertThat(boundaries.counties()).contains(county);
        assertThat(boundaries.find(new RegionCode("990102"))).isEmpty();
    }
}
