package org.edubalance.persistence.enrolment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.edubalance.core.admission.EntryGrade;
import org.edubalance.core.enrolment.EnrolmentRound;
import org.edubalance.core.enrolment.EnrolmentRoundKind;
import org.edubalance.core.enrolment.EnrolmentRoundStatus;
import org.edubalance.core.enrolment.EnrolmentRounds;
import org.edubalance.core.enrolment.RoundFile;
import org.edubalance.core.region.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link EnrolmentRounds}: {@code enrolment_round} with its files in {@code enrolment_round_file}. */
public final class JdbcEnrolmentRounds implements EnrolmentRounds {
    private static final String COLUMNS = "id, county_code, year, entry_grade, status, created_by, created_at,"
            + " lottery_commit, committed_at, public_value, drawn_at, planning_job_id, approved_at, approved_by,"
            + " published_at, published_by, kind";

    private final JdbcClient jdbc;

    public JdbcEnrolmentRounds(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public long add(
            EnrolmentRoundKind kind,
            RegionCode area,
            int year,
            @Nullable EntryGrade grade,
            List<RoundFile> files,
            String user,
            Instant at) {
        long id = jdbc.sql("insert into enrolment_round (kind, county_code, year, entry_grade, status, created_by,"
                        + " created_at) values (:kind, :county, :year, :grade, 'DRAFT', :user, :at) returning id")
                .param("kind", kind.name())
                .param("county", area.value())
                .param("year", year)
                .param("grade", grade == null ? null : grade.name())
                .param("user", user)
                .param("at", Timestamp.from(at))
                .query(Long.class)
                .single();
        for (int i = 0; i < files.size(); i++) {
            RoundFile file = files.get(i);
            jdbc.sql("insert into enrolment_round_file (round_id, position, name, file_name, content, sha256)"
                            + " values (:id, :position, :name, :fileName, :content, :sha)")
                    .param("id", id)
                    .param("position", i)
                    .param("name", file.name())
                    .param("fileName", file.fileName())
                    .param("content", file.content())
                    .param("sha", file.sha256())
                    .update();
        }
        return id;
    }

    @Override
    public Optional<EnrolmentRound> find(long id) {
        List<RoundFile> files = jdbc.sql("select name, file_name, content, sha256 from enrolment_round_file"
                        + " where round_id = :id order by position")
                .param("id", id)
                .query((rs, n) -> new RoundFile(
                        rs.getString("name"),
                        rs.getString("file_name"),
                        rs.getBytes("content"),
                        rs.getString("sha256")))
                .list();
        return jdbc.sql("select " + COLUMNS + " from enrolment_round where id = :id")
                .param("id", id)
                .query((rs, n) -> round(rs, files))
                .optional();
    }

    @Override
    public List<EnrolmentRound> published() {
        return jdbc.sql("select " + COLUMNS + " from enrolment_round where status = 'PUBLISHED'"
                        + " order by published_at desc, id desc")
                .query((rs, n) -> round(rs, List.of()))
                .list();
    }

    @Override
    public List<EnrolmentRound> ofArea(RegionCode area) {
        return jdbc.sql("select " + COLUMNS + " from enrolment_round where county_code = :area"
                        + " order by created_at desc, id desc")
                .param("area", area.value())
                .query((rs, n) -> round(rs, List.of()))
                .list();
    }

    @Override
    public boolean commit(long id, Map<String, String> sha256ByName, String commit, Instant at) {
        int changed = jdbc.sql("update enrolment_round set status = 'COMMITTED', lottery_commit = :commit,"
                        + " committed_at = :at where id = :id and status = 'DRAFT'")
                .param("id", id)
                .param("commit", commit)
                .param("at", Timestamp.from(at))
                .update();
        if (changed == 0) {
            return false;
        }
        sha256ByName.forEach((name, sha) -> jdbc.sql(
                        "update enrolment_round_file set sha256 = :sha where round_id = :id and name = :name")
                .param("id", id)
                .param("name", name)
                .param("sha", sha)
                .update());
        return true;
    }

    @Override
    public boolean draw(long id, String publicValue, long jobId, Instant at) {
        return jdbc.sql("update enrolment_round set status = 'DRAWN', public_value = :value, drawn_at = :at,"
                                + " planning_job_id = :job where id = :id and status = 'COMMITTED'")
                        .param("id", id)
                        .param("value", publicValue)
                        .param("job", jobId)
                        .param("at", Timestamp.from(at))
                        .update()
                == 1;
    }

    @Override
    public boolean approve(long id, String user, Instant at) {
        return jdbc.sql("update enrolment_round set status = 'APPROVED', approved_at = :at, approved_by = :user"
                                + " where id = :id and status = 'DRAWN'")
                        .param("id", id)
                        .param("user", user)
                        .param("at", Timestamp.from(at))
                        .update()
                == 1;
    }

    @Override
    public boolean publish(long id, String user, Instant at, String resultJson) {
        return jdbc.sql("update enrolment_round set status = 'PUBLISHED', published_at = :at, published_by = :user,"
                                + " result_json = :result where id = :id and status = 'APPROVED'")
                        .param("id", id)
                        .param("result", resultJson)
                        .param("user", user)
                        .param("at", Timestamp.from(at))
                        .update()
                == 1;
    }

    @Override
    public Optional<String> publishedResult(long id) {
        return jdbc.sql("select result_json from enrolment_round where id = :id and status = 'PUBLISHED'")
                .param("id", id)
                .query(String.class)
                .optional();
    }

    private static EnrolmentRound round(ResultSet rs, List<RoundFile> files) throws SQLException {
        long job = rs.getLong("planning_job_id");
        Long jobId = rs.wasNull() ? null : job;
        String grade = rs.getString("entry_grade");
        return new EnrolmentRound(
                rs.getLong("id"),
                EnrolmentRoundKind.valueOf(rs.getString("kind")),
                new RegionCode(rs.getString("county_code")),
                rs.getInt("year"),
                grade == null ? null : EntryGrade.valueOf(grade),
                EnrolmentRoundStatus.valueOf(rs.getString("status")),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                files,
                rs.getString("lottery_commit"),
                instant(rs.getTimestamp("committed_at")),
                rs.getString("public_value"),
                instant(rs.getTimestamp("drawn_at")),
                jobId,
                instant(rs.getTimestamp("approved_at")),
                rs.getString("approved_by"),
                instant(rs.getTimestamp("published_at")),
                rs.getString("published_by"));
    }

    private static @Nullable Instant instant(@Nullable Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
