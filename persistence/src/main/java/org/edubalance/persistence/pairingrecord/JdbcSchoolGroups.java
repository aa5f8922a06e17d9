package org.edubalance.persistence.pairingrecord;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.edubalance.core.pairingrecord.SchoolGroup;
import org.edubalance.core.pairingrecord.SchoolGroups;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.SchoolCode;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link SchoolGroups}: {@code school_group} with its members in {@code school_group_member}, in the order given. */
public final class JdbcSchoolGroups implements SchoolGroups {
    private static final String COLUMNS = "id, county_code, name, core_school, start_year, end_year";

    private final JdbcClient jdbc;

    public JdbcSchoolGroups(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public long add(SchoolGroup group) {
        long id = jdbc.sql("insert into school_group (county_code, name, core_school, start_year, end_year)"
                        + " values (:county, :name, :core, :start, :end) returning id")
                .param("county", group.county().value())
                .param("name", group.name())
                .param("core", group.core().value())
                .param("start", group.startYear())
                .param("end", group.endYear())
                .query(Long.class)
                .single();
        for (int i = 0; i < group.members().size(); i++) {
            jdbc.sql(
                            "insert into school_group_member (group_id, position, school_code) values (:id, :position, :school)")
                    .param("id", id)
                    .param("position", i)
                    .param("school", group.members().get(i).value())
                    .update();
        }
        return id;
    }

    @Override
    public Optional<SchoolGroup> find(long id) {
        List<SchoolCode> members = jdbc.sql(
                        "select school_code from school_group_member where group_id = :id order by position")
                .param("id", id)
                .query((rs, n) -> new SchoolCode(rs.getString("school_code")))
                .list();
        return jdbc.sql("select " + COLUMNS + " from school_group where id = :id")
                .param("id", id)
                .query((rs, n) -> group(rs, members))
                .optional();
    }

    @Override
    public List<SchoolGroup> ofCounty(RegionCode county) {
        Map<Long, List<SchoolCode>> members = new HashMap<>();
        jdbc.sql("select m.group_id, m.school_code from school_group_member m join school_group g on g.id = m.group_id"
                        + " where g.county_code = :county order by m.group_id, m.position")
                .param("county", county.value())
                .query(rs -> {
                    members.computeIfAbsent(rs.getLong("group_id"), k -> new ArrayList<>())
                            .add(new SchoolCode(rs.getString("school_code")));
                });
        return jdbc.sql("select " + COLUMNS + " from school_group where county_code = :county"
                        + " order by start_year, name, id")
                .param("county", county.value())
                .query((rs, n) -> group(rs, members.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    @Override
    public boolean end(long id, int endYear) {
        return jdbc.sql("update school_group set end_year = :end where id = :id")
                        .param("id", id)
                        .param("end", endYear)
                        .update()
                > 0;
    }

    @Override
    public boolean delete(long id) {
        return jdbc.sql("delete from school_group where id = :id")
                        .param("id", id)
                        .update()
                > 0;
    }

    private static SchoolGroup group(ResultSet rs, List<SchoolCode> members) throws SQLException {
        int end = rs.getInt("end_year");
        Integer endYear = rs.wasNull() ? null : end;
        return new SchoolGroup(
                rs.getLong("id"),
                new RegionCode(rs.getString("county_code")),
                rs.getString("name"),
                new SchoolCode(rs.getString("core_school")),
                members,
                rs.getInt("start_year"),
                endYear);
    }
}
