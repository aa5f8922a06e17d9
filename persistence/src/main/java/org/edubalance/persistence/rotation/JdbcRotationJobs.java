package org.edubalance.persistence.rotation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.rotation.RotationJob;
import org.edubalance.core.rotation.RotationJobProgress;
import org.edubalance.core.rotation.RotationJobRequest;
import org.edubalance.core.rotation.RotationJobStatus;
import org.edubalance.core.rotation.RotationJobs;
import org.edubalance.core.rotation.RotationLocks;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.staff.TeacherId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link RotationJobs} in the {@code rotation_job} table, with the locks of each job in {@code rotation_lock}. */
public final class JdbcRotationJobs implements RotationJobs {
    private static final String COLUMNS = """
            id, county_code, year, policy_yaml, time_limit_seconds, parent_id, created_by, created_at, status, phase,
            time_share, incumbent, bound, attempts, started_at, finished_at, error, approved_by, approved_at""";

    private final JdbcClient jdbc;

    public JdbcRotationJobs(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public long add(RotationJobRequest request) {
        long id = jdbc.sql("""
                        insert into rotation_job (county_code, year, policy_yaml, time_limit_seconds, parent_id,
                                                  created_by, created_at, status)
                        values (:county, :year, :policy, :limit, :parent, :by, :at, 'QUEUED')
                        returning id""")
                .param("county", request.county().value())
                .param("year", request.year())
                .param("policy", request.policyYaml())
                .param("limit", request.timeLimitSeconds())
                .param("parent", request.parentId())
                .param("by", request.createdBy())
                .param("at", Timestamp.from(request.createdAt()))
                .query(Long.class)
                .single();
        RotationLocks locks = request.locks();
        locks.pinned().forEach((teacher, school) -> lock(id, "PIN", teacher, school));
        locks.forbidden().forEach((teacher, schools) -> schools.forEach(s -> lock(id, "FORBID", teacher, s)));
        locks.kept().forEach(teacher -> lock(id, "KEEP", teacher, null));
        return id;
    }

    private void lock(long job, String kind, TeacherId teacher, @Nullable SchoolCode school) {
        jdbc.sql("insert into rotation_lock (job_id, kind, teacher_id, school_code) values (:job, :kind, :t, :s)")
                .param("job", job)
                .param("kind", kind)
                .param("t", teacher.value())
                .param("s", school == null ? null : school.value())
                .update();
    }

    @Override
    public Optional<RotationJob> find(long id) {
        return jdbc.sql("select " + COLUMNS + ", result::text as result from rotation_job where id = :id")
                .param("id", id)
                .query((rs, n) -> job(rs, locks(id), rs.getString("result")))
                .optional();
    }

    @Override
    public List<RotationJob> ofCounty(RegionCode county, int year, int limit) {
        return jdbc.sql("select " + COLUMNS + " from rotation_job where county_code = :county and year = :year"
                        + " order by id desc limit :limit")
                .param("county", county.value())
                .param("year", year)
                .param("limit", limit)
                .query((rs, n) -> job(rs, RotationLocks.NONE, null))
                .list();
    }

    @Override
    public List<Long> unfinished() {
        return jdbc.sql("select id from rotation_job where status in ('QUEUED', 'RUNNING') order by id")
                .query(Long.class)
                .list();
    }

    @Override
    public void start(long id, Instant at) {
        jdbc.sql("""
                        update rotation_job set status = 'RUNNING', started_at = :at, phase = 'model', time_share = 0,
                                                incumbent = null, bound = null, attempts = attempts + 1
                        where id = :id""").param("id", id).param("at", Timestamp.from(at)).update();
    }

    @Override
    public void progress(long id, RotationJobProgress progress) {
        jdbc.sql("""
                        update rotation_job set phase = :phase, time_share = :share, incumbent = :incumbent,
                                                bound = :bound
                        where id = :id and status = 'RUNNING'""")
                .param("id", id)
                .param("phase", progress.phase())
                .param("share", progress.timeShare())
                .param("incumbent", finiteOrNull(progress.incumbent()))
                .param("bound", finiteOrNull(progress.bound()))
                .update();
    }

    @Override
    public void finish(long id, String resultJson, Instant at) {
        jdbc.sql("""
                        update rotation_job set status = 'DONE', phase = 'done', time_share = 1,
                                                result = cast(:result as jsonb), finished_at = :at
                        where id = :id""")
                .param("id", id)
                .param("result", resultJson)
                .param("at", Timestamp.from(at))
                .update();
    }

    @Override
    public void fail(long id, String error, Instant at) {
        jdbc.sql("update rotation_job set status = 'FAILED', error = :error, finished_at = :at where id = :id")
                .param("id", id)
                .param("error", error)
                .param("at", Timestamp.from(at))
                .update();
    }

    @Override
    public boolean approve(long id, String user, Instant at) {
        return jdbc.sql("""
                                update rotation_job set approved_by = :user, approved_at = :at
                                where id = :id and status = 'DONE' and approved_by is null""")
                        .param("id", id)
                        .param("user", user)
                        .param("at", Timestamp.from(at))
                        .update()
                == 1;
    }

    private RotationLocks locks(long job) {
        Map<TeacherId, SchoolCode> pinned = new HashMap<>();
        Map<TeacherId, List<SchoolCode>> forbidden = new HashMap<>();
        Set<TeacherId> kept = new HashSet<>();
        jdbc.sql("select kind, teacher_id, school_code from rotation_lock where job_id = :job")
                .param("job", job)
                .query(rs -> {
                    var teacher = new TeacherId(rs.getString("teacher_id"));
                    String school = rs.getString("school_code");
                    switch (rs.getString("kind")) {
                        case "PIN" -> pinned.put(teacher, new SchoolCode(school));
                        case "FORBID" ->
                            forbidden
                                    .computeIfAbsent(teacher, t -> new ArrayList<>())
                                    .add(new SchoolCode(school));
                        default -> kept.add(teacher);
                    }
                });
        return new RotationLocks(pinned, forbidden, kept);
    }

    private static RotationJob job(ResultSet rs, RotationLocks locks, @Nullable String result) throws SQLException {
        long parentId = rs.getLong("parent_id");
        @Nullable Long parent = rs.wasNull() ? null : parentId;
        var request = new RotationJobRequest(
                new RegionCode(rs.getString("county_code")),
                rs.getInt("year"),
                rs.getString("policy_yaml"),
                rs.getInt("time_limit_seconds"),
                locks,
                parent,
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
        String phase = rs.getString("phase");
        var progress = phase == null
                ? RotationJobProgress.NONE
                : new RotationJobProgress(
                        phase,
                        rs.getDouble("time_share"),
                        nullableDouble(rs, "incumbent"),
                        nullableDouble(rs, "bound"));
        return new RotationJob(
                rs.getLong("id"),
                request,
                RotationJobStatus.valueOf(rs.getString("status")),
                progress,
                rs.getInt("attempts"),
                instant(rs.getTimestamp("started_at")),
                instant(rs.getTimestamp("finished_at")),
                rs.getString("error"),
                result,
                rs.getString("approved_by"),
                instant(rs.getTimestamp("approved_at")));
    }

    private static double nullableDouble(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? Double.NaN : value;
    }

    private static @Nullable Instant instant(@Nullable Timestamp at) {
        return at == null ? null : at.toInstant();
    }

    private static @Nullable Double finiteOrNull(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
