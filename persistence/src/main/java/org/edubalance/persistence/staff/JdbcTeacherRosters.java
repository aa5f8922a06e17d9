package org.edubalance.persistence.staff;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.GeoPoint;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.Segment;
import org.edubalance.core.staff.BackboneLevel;
import org.edubalance.core.staff.Degree;
import org.edubalance.core.staff.Gender;
import org.edubalance.core.staff.SchoolRoster;
import org.edubalance.core.staff.Subject;
import org.edubalance.core.staff.Teacher;
import org.edubalance.core.staff.TeacherId;
import org.edubalance.core.staff.TeacherRosters;
import org.edubalance.core.staff.Title;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * {@link TeacherRosters} in the {@code teacher_roster} table. Rosters are written with PostgreSQL's {@code COPY}: the
 * demo city's rosters are tens of thousands of rows, and row-by-row inserts would add seconds to the first start.
 */
public final class JdbcTeacherRosters implements TeacherRosters {
    private static final String COPY = """
            copy teacher_roster (year, teacher_id, county_code, school_code, segment, subject, degree, title,
                backbone_level, years_at_school, birth_year, gender, is_principal, home_latitude, home_longitude,
                exempt_reason, import_id) from stdin with (format csv)""";
    /** Rows sent per COPY buffer, so a province roster is not held twice in memory as text. */
    private static final int CHUNK = 20_000;
    /** The rosters set aside while their year's school data is replaced (see {@link #setAside}). */
    private static final String SET_ASIDE = "teacher_roster_set_aside";

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    public JdbcTeacherRosters(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public void addAll(List<Teacher> teachers, long importId) {
        // The caller's transaction's connection, so the roster commits with the import's provenance.
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (int from = 0; from < teachers.size(); from += CHUNK) {
                var csv = new StringBuilder();
                for (Teacher t : teachers.subList(from, Math.min(teachers.size(), from + CHUNK))) {
                    line(csv, t, importId);
                }
                copy.copyIn(COPY, new StringReader(csv.toString()));
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Storing " + teachers.size() + " teachers failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static void line(StringBuilder csv, Teacher t, long importId) {
        @Nullable GeoPoint home = t.home();
        @Nullable String exemptReason = t.exemptReason();
        csv.append(t.year())
                .append(',')
                .append(quoted(t.id().value()))
                .append(',')
                .append(quoted(t.county().value()))
                .append(',')
                .append(quoted(t.school().value()))
                .append(',')
                .append(t.segment().name())
                .append(',')
                .append(t.subject().name())
                .append(',')
                .append(t.degree().name())
                .append(',')
                .append(t.title().name())
                .append(',')
                .append(t.backboneLevel().name())
                .append(',')
                .append(t.yearsAtSchool())
                .append(',')
                .append(t.birthYear())
                .append(',')
                .append(t.gender().name())
                .append(',')
                .append(t.principal())
                .append(',')
                .append(home == null ? "" : Double.toString(home.latitude()))
                .append(',')
                .append(home == null ? "" : Double.toString(home.longitude()))
                .append(',')
                .append(exemptReason == null ? "" : quoted(exemptReason))
                .append(',')
                .append(importId)
                .append('\n');
    }

    /** A CSV field in quotes: an unquoted empty field is SQL null, a quoted one the text. */
    private static String quoted(String value) {
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    @Override
    public int remove(RegionCode county, int year) {
        return jdbc.sql("delete from teacher_roster where county_code = :county and year = :year")
                .param("county", county.value())
                .param("year", year)
                .update();
    }

    @Override
    public List<Teacher> of(RegionCode county, int year) {
        return jdbc.sql("select * from teacher_roster where county_code = :county and year = :year order by teacher_id")
                .param("county", county.value())
                .param("year", year)
                .query((rs, n) -> teacher(rs))
                .list();
    }

    @Override
    public int count(RegionCode county, int year) {
        return jdbc.sql("select count(*) from teacher_roster where county_code = :county and year = :year")
                .param("county", county.value())
                .param("year", year)
                .query(Integer.class)
                .single();
    }

    @Override
    public List<Integer> years(RegionCode county) {
        return jdbc.sql("select distinct year from teacher_roster where county_code = :county order by year desc")
                .param("county", county.value())
                .query(Integer.class)
                .list();
    }

    @Override
    public List<SchoolRoster> schools(int year) {
        return jdbc.sql("""
                        select county_code, school_code, count(*) as teachers from teacher_roster where year = :year
                        group by county_code, school_code order by county_code, school_code""")
                .param("year", year)
                .query((rs, n) -> new SchoolRoster(
                        year,
                        new RegionCode(rs.getString("county_code")),
                        new SchoolCode(rs.getString("school_code")),
                        rs.getInt("teachers")))
                .list();
    }

    @Override
    public int setAside(Collection<Integer> years) {
        // A temporary table of the transaction's connection: the roster rows keep their import ids, and nothing of
        // them crosses to Java. Dropped at commit or rollback.
        jdbc.sql("drop table if exists " + SET_ASIDE).update();
        jdbc.sql("create temporary table " + SET_ASIDE + " on commit drop as select * from teacher_roster"
                        + " where year in (:years)")
                .param("years", List.copyOf(years))
                .update();
        return jdbc.sql("select count(*) from " + SET_ASIDE)
                .query(Integer.class)
                .single();
    }

    @Override
    public List<Teacher> restoreSetAside() {
        String heldAgain = "exists (select 1 from school_year s where s.school_code = r.school_code"
                + " and s.year = r.year and s.county_code = r.county_code)";
        List<Teacher> dropped = jdbc.sql("select * from " + SET_ASIDE + " r where not " + heldAgain
                        + " order by year, county_code, school_code, teacher_id")
                .query((rs, n) -> teacher(rs))
                .list();
        jdbc.sql("insert into teacher_roster select r.* from " + SET_ASIDE + " r where " + heldAgain)
                .update();
        jdbc.sql("drop table " + SET_ASIDE).update();
        return dropped;
    }

    private static Teacher teacher(ResultSet rs) throws SQLException {
        double latitude = rs.getDouble("home_latitude");
        @Nullable GeoPoint home = rs.wasNull() ? null : new GeoPoint(latitude, rs.getDouble("home_longitude"));
        return new Teacher(
                rs.getInt("year"),
                new RegionCode(rs.getString("county_code")),
                new SchoolCode(rs.getString("school_code")),
                new TeacherId(rs.getString("teacher_id")),
                Segment.valueOf(rs.getString("segment")),
                Subject.valueOf(rs.getString("subject")),
                Degree.valueOf(rs.getString("degree")),
                Title.valueOf(rs.getString("title")),
                BackboneLevel.valueOf(rs.getString("backbone_level")),
                rs.getInt("years_at_school"),
                rs.getInt("birth_year"),
                Gender.valueOf(rs.getString("gender")),
                rs.getBoolean("is_principal"),
                home,
                rs.getString("exempt_reason"));
    }
}
