package org.edubalance.persistence.school;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.region.Regions;
import org.edubalance.core.school.ConcurrentEditException;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.SchoolYears;
import org.edubalance.core.school.StoredSchoolYear;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link SchoolYears} in the {@code school_year} table. Adding or editing school years also records counties and
 * townships not held yet in the region hierarchy, so a row never points at an unknown region; the names of regions
 * already held stay as they are ({@link JdbcRegions#addCounty}).
 *
 * <p>Every new row and every edit takes its version from the sequence {@code school_year_version}, so versions only
 * grow, also across a year deleted and imported again: an edit based on a version read before is refused.
 */
public final class JdbcSchoolYears implements SchoolYears {
    static final String SELECT = """
            select sy.*, c.name as county_name, city.code as city_code, city.name as city_name,
                   p.code as province_code, p.name as province_name, t.name as town_name
            from school_year sy
                 join region c on c.code = sy.county_code
                 join region city on city.code = c.parent_code
                 join region p on p.code = city.parent_code
                 left join region t on t.code = sy.township_code
            """;
    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final Regions regions;
    private final String insert;
    private final String update;

    public JdbcSchoolYears(DataSource dataSource, Regions regions) {
        this.batch = new NamedParameterJdbcTemplate(dataSource);
        this.jdbc = JdbcClient.create(batch);
        this.regions = regions;
        List<String> columns = SchoolYearRecord.columns();
        this.insert = "insert into school_year (" + String.join(", ", columns) + ", import_id) values ("
                + columns.stream().map(c -> ":" + c).collect(Collectors.joining(", ")) + ", :import_id)";
        this.update = "update school_year set "
                + columns.stream()
                        .filter(c -> !c.equals("school_code") && !c.equals("year"))
                        .map(c -> c + " = :" + c)
                        .collect(Collectors.joining(", "))
                + ", version = nextval('school_year_version')"
                + " where school_code = :school_code and year = :year and version = :version returning version";
    }

    @Override
    public void addAll(List<SchoolYear> schools, long importId) {
        addRegions(schools);
        for (int from = 0; from < schools.size(); from += BATCH) {
            List<SchoolYear> chunk = schools.subList(from, Math.min(schools.size(), from + BATCH));
            MapSqlParameterSource[] params = chunk.stream()
                    .map(s -> new MapSqlParameterSource(SchoolYearRecord.parameters(s)).addValue("import_id", importId))
                    .toArray(MapSqlParameterSource[]::new);
            batch.batchUpdate(insert, params);
        }
    }

    private void addRegions(List<SchoolYear> schools) {
        Set<RegionCode> counties = new HashSet<>();
        Set<String> towns = new HashSet<>();
        for (SchoolYear s : schools) {
            if (counties.add(s.county().code())) {
                regions.addCounty(s.county());
            }
            String town = s.townName();
            if (town != null && towns.add(s.county().code() + "/" + town)) {
                regions.addTownship(s.county().code(), town);
            }
        }
    }

    @Override
    public int removeYear(int year) {
        return jdbc.sql("delete from school_year where year = :year")
                .param("year", year)
                .update();
    }

    @Override
    public List<SchoolYear> ofYear(int year) {
        return jdbc.sql(SELECT + " where sy.year = :year order by sy.county_code, sy.school_code")
                .param("year", year)
                .query((rs, n) -> SchoolYearRecord.map(rs))
                .list();
    }

    @Override
    public List<SchoolYear> ofYear(int year, RegionCode county) {
        return jdbc.sql(SELECT + " where sy.year = :year and sy.county_code = :county order by sy.school_code")
                .param("year", year)
                .param("county", county.value())
                .query((rs, n) -> SchoolYearRecord.map(rs))
                .list();
    }

    @Override
    public List<StoredSchoolYear> history(SchoolCode school) {
        return jdbc.sql(SELECT + " where sy.school_code = :code order by sy.year")
                .param("code", school.value())
                .query((rs, n) -> new StoredSchoolYear(SchoolYearRecord.map(rs), rs.getLong("version")))
                .list();
    }

    @Override
    public Optional<StoredSchoolYear> find(SchoolCode school, int year) {
        return jdbc.sql(SELECT + " where sy.school_code = :code and sy.year = :year")
                .param("code", school.value())
                .param("year", year)
                .query((rs, n) -> new StoredSchoolYear(SchoolYearRecord.map(rs), rs.getLong("version")))
                .optional();
    }

    @Override
    public StoredSchoolYear update(SchoolYear school, long expectedVersion) {
        addRegions(List.of(school));
        var params =
                new MapSqlParameterSource(SchoolYearRecord.parameters(school)).addValue("version", expectedVersion);
        Optional<Long> version =
                jdbc.sql(update).paramSource(params).query(Long.class).optional();
        if (version.isPresent()) {
            // Read back: the region names are the ones held, which may differ from those the edit carried.
            return find(school.code(), school.year()).orElseThrow();
        }
        // Compare-and-set failed: either someone moved the version on, or the row is gone.
        long actual = find(school.code(), school.year())
                .map(StoredSchoolYear::version)
                .orElse(0L);
        throw new ConcurrentEditException(school.code(), school.year(), expectedVersion, actual);
    }

    @Override
    public List<Integer> years() {
        return jdbc.sql("select distinct year from school_year order by year desc")
                .query(Integer.class)
                .list();
    }

    @Override
    public boolean isEmpty() {
        return !jdbc.sql("select exists (select 1 from school_year)")
                .query(Boolean.class)
                .single();
    }
}
