package org.edubalance.persistence.region;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.edubalance.core.region.County;
import org.edubalance.core.region.Region;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.region.RegionLevel;
import org.edubalance.core.region.Regions;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link Regions} in the {@code region} table. A province or city the data never named is stored under its code as
 * name, and read back as unnamed. Adding a region already held never renames it (a school row is no place to rename a
 * region: an old file or one mistyped row would rename it for every school); only {@link #rename} does, or the first
 * name given to a region held unnamed.
 */
public final class JdbcRegions implements Regions {
    private static final String UPSERT = """
            insert into region (code, level, name, parent_code) values (:code, :level, :name, :parent)
            on conflict (code) do update set name = excluded.name where :named and region.name = region.code
            """;
    private static final String COLUMNS = "code, level, name, parent_code";

    private final JdbcClient jdbc;

    public JdbcRegions(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** The code of a township known by name only: the county code, a slash and the name. */
    public static String townshipCode(RegionCode county, String townName) {
        return county.value() + "/" + townName;
    }

    @Override
    public void addCounty(County county) {
        RegionCode code = county.code();
        upsert(code.provinceCode(), RegionLevel.PROVINCE, county.provinceName(), null);
        upsert(code.cityCode(), RegionLevel.CITY, county.cityName(), code.provinceCode());
        upsert(code.value(), RegionLevel.COUNTY, county.name(), code.cityCode());
    }

    @Override
    public void addTownship(RegionCode county, String townName) {
        jdbc.sql("insert into region (code, level, name, parent_code) values (:code, 'TOWNSHIP', :name, :parent)"
                        + " on conflict (code) do nothing")
                .param("code", townshipCode(county, townName))
                .param("name", townName)
                .param("parent", county.value())
                .update();
    }

    private void upsert(String code, RegionLevel level, @Nullable String name, @Nullable String parent) {
        jdbc.sql(UPSERT)
                .param("code", code)
                .param("level", level.name())
                .param("name", name == null ? code : name)
                .param("parent", parent)
                .param("named", name != null)
                .update();
    }

    @Override
    public Optional<Region> find(String code) {
        return jdbc.sql("select " + COLUMNS + " from region where code = :code")
                .param("code", code)
                .query((rs, n) -> region(rs))
                .optional();
    }

    @Override
    public Optional<Region> rename(String code, String name) {
        return jdbc.sql("update region set name = :name where code = :code returning " + COLUMNS)
                .param("code", code)
                .param("name", name)
                .query((rs, n) -> region(rs))
                .optional();
    }

    private static Region region(ResultSet rs) throws SQLException {
        return new Region(
                RegionLevel.valueOf(rs.getString("level")),
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("parent_code"));
    }

    @Override
    public List<Region> all() {
        return jdbc.sql("""
                        select code, level, name, parent_code from region
                        order by array_position(array['PROVINCE','CITY','COUNTY','TOWNSHIP'], level), code
                        """).query((rs, n) -> region(rs)).list();
    }

    @Override
    public List<County> counties() {
        return jdbc.sql("""
                        select c.code, c.name, city.code as city_code, city.name as city_name,
                               p.code as province_code, p.name as province_name
                        from region c join region city on city.code = c.parent_code
                                      join region p on p.code = city.parent_code
                        where c.level = 'COUNTY' order by c.code
                        """)
                .query((rs, n) -> new County(
                        new RegionCode(rs.getString("code")),
                        rs.getString("name"),
                        named(rs.getString("city_code"), rs.getString("city_name")),
                        named(rs.getString("province_code"), rs.getString("province_name"))))
                .list();
    }

    /** A region stored under its code as name was never named. */
    public static @Nullable String named(String code, String name) {
        return code.equals(name) ? null : name;
    }
}
