package org.edubalance.persistence.rotation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.edubalance.core.planning.PlanningJob;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.rotation.RotationJob;
import org.edubalance.core.rotation.RotationJobRequest;
import org.edubalance.core.rotation.RotationJobs;
import org.edubalance.core.rotation.RotationLocks;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.staff.TeacherId;
import org.edubalance.persistence.planning.JdbcPlanningJobs;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link RotationJobs}: the {@code planning_job} rows of kind {@code ROTATION}, with the policy and time limit read from
 * their request document and the locks of each job from {@code rotation_lock}.
 */
public final class JdbcRotationJobs implements RotationJobs {
    private static final String COLUMNS = JdbcPlanningJobs.COLUMNS
            + ", request ->> 'policyYaml' as policy_yaml, (request ->> 'timeLimitSeconds')::integer as time_limit";

    private final JdbcClient jdbc;
    private final JdbcPlanningJobs jobs;

    public JdbcRotationJobs(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.jobs = new JdbcPlanningJobs(dataSource);
    }

    @Override
    public long add(RotationJobRequest request) {
        long id = jobs.add(request.job());
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
        return jdbc.sql("select " + COLUMNS + ", result::text as result from planning_job"
                        + " where id = :id and kind = :kind")
                .param("id", id)
                .param("kind", RotationJobRequest.KIND)
                .query((rs, n) -> job(rs, locks(id), rs.getString("result")))
                .optional();
    }

    @Override
    public List<RotationJob> ofCounty(RegionCode county, int year, int limit) {
        return jdbc.sql("select " + COLUMNS + " from planning_job"
                        + " where kind = :kind and area_code = :county and year = :year order by id desc limit :limit")
                .param("kind", RotationJobRequest.KIND)
                .param("county", county.value())
                .param("year", year)
                .param("limit", limit)
                .query((rs, n) -> job(rs, RotationLocks.NONE, null))
                .list();
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
        PlanningJob job = JdbcPlanningJobs.job(rs, result);
        var request = new RotationJobRequest(
                job.request().area(),
                job.request().year(),
                rs.getString("policy_yaml"),
                rs.getInt("time_limit"),
                locks,
                job.request().parentId(),
                job.request().createdBy(),
                job.request().createdAt());
        return RotationJob.of(job, request);
    }
}
