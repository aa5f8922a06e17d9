package org.edubalance.persistence.county;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.edubalance.core.county.CountyInput;
import org.edubalance.core.county.CountyInputStore;
import org.edubalance.core.county.CountyInputs;
import org.edubalance.core.region.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link CountyInputStore} in the {@code county_input} table, one row per county, year and input. */
public final class JdbcCountyInputStore implements CountyInputStore {
    private final JdbcClient jdbc;

    public JdbcCountyInputStore(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public void addAll(List<CountyInputs> inputs, long importId) {
        for (CountyInputs county : inputs) {
            for (CountyInput input : county.inputByName().values()) {
                jdbc.sql("""
                                insert into county_input (county_code, year, name, raw_value, source, import_id)
                                values (:county, :year, :name, :value, :source, :import)
                                on conflict (county_code, year, name) do update
                                set raw_value = excluded.raw_value, source = excluded.source,
                                    import_id = excluded.import_id
                                """)
                        .param("county", county.county().value())
                        .param("year", county.year())
                        .param("name", input.name())
                        .param("value", input.rawValue())
                        .param("source", input.source())
                        .param("import", importId)
                        .update();
            }
        }
    }

    @Override
    public int removeYear(int year) {
        return jdbc.sql("delete from county_input where year = :year")
                .param("year", year)
                .update();
    }

    @Override
    public List<Integer> years() {
        return jdbc.sql("select distinct year from county_input order by year desc")
                .query(Integer.class)
                .list();
    }

    @Override
    public Map<RegionCode, CountyInputs> ofYear(int year) {
        Map<RegionCode, Map<String, CountyInput>> byCounty = new HashMap<>();
        jdbc.sql("select county_code, name, raw_value, source from county_input where year = :year")
                .param("year", year)
                .query(rs -> {
                    byCounty.computeIfAbsent(new RegionCode(rs.getString("county_code")), c -> new HashMap<>())
                            .put(
                                    rs.getString("name"),
                                    new CountyInput(
                                            rs.getString("name"), rs.getString("raw_value"), rs.getString("source")));
                });
        Map<RegionCode, CountyInputs> result = new HashMap<>();
        byCounty.forEach((county, inputs) -> result.put(county, new CountyInputs(county, year, inputs)));
        return result;
    }
}
