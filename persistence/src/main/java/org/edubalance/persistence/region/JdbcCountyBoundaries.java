package org.edubalance.persistence.region;

import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.edubalance.core.region.CountyBoundaries;
import org.edubalance.core.region.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link CountyBoundaries} in the {@code county_boundary} table, one GeoJSON document per county. */
public final class JdbcCountyBoundaries implements CountyBoundaries {
    private final JdbcClient jdbc;

    public JdbcCountyBoundaries(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public void save(RegionCode county, String geoJson) {
        jdbc.sql("""
                        insert into county_boundary (county_code, geojson) values (:county, cast(:json as jsonb))
                        on conflict (county_code) do update set geojson = excluded.geojson
                        """).param("county", county.value()).param("json", geoJson).update();
    }

    @Override
    public Optional<String> find(RegionCode county) {
        return jdbc.sql("select geojson::text from county_boundary where county_code = :county")
                .param("county", county.value())
                .query(String.class)
                .optional();
    }

    @Override
    public List<RegionCode> counties() {
        return jdbc.sql("select county_code from county_boundary order by county_code")
                .query((rs, n) -> new RegionCode(rs.getString(1)))
                .list();
    }
}
