package org.edubalance.persistence.planning;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.edubalance.core.planning.PlanningJob;
import org.edubalance.core.planning.PlanningJobClaim;
import org.edubalance.core.planning.PlanningJobFailure;
import org.edubalance.core.planning.PlanningJobOutcome;
import org.edubalance.core.planning.PlanningJobProgress;
import org.edubalance.core.planning.PlanningJobRequest;
import org.edubalance.core.planning.PlanningJobStatus;
import org.edubalance.core.planning.PlanningJobs;
import org.edubalance.core.region.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link PlanningJobs} in the {@code planning_job} table. Claims take the oldest claimable row with {@code FOR UPDATE
 * SKIP LOCKED}, so concurrent instances never wait for each other nor take the same row; every write of a run is
 * fenced by the claiming instance and attempt (docs/planning/jobs.md §2–§3).
 */
public final class JdbcPlanningJobs implements PlanningJobs {
    /** The columns of a job without its result document: what {@link #job} reads (kinds select them too). */
    public static final String COLUMNS = """
            id, kind, area_code, year, request::text as request_json, parent_id, created_by, created_at, status, phase,
            time_share, incumbent, bound, attempts, claimed_by, lease_until, started_at, finished_at, error,
            error_code, error_arguments, outcome_status, outcome_objective, outcome_bound, outcome_gap, outcome_solver, outcome_seconds,
            approved_by, approved_at""";

    /** The fencing condition of every write of a run: still running under this claim. */
    private static final String FENCE =
            "id = :id and status = 'RUNNING' and claimed_by = :instance and attempts = :attempt";

    private final JdbcClient jdbc;

    public JdbcPlanningJobs(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public long add(PlanningJobRequest request) {
        return jdbc.sql("""
                        insert into planning_job (kind, area_code, year, request, parent_id, created_by, created_at,
                                                  status)
                        values (:kind, :area, :year, cast(:request as jsonb), :parent, :by, :at, 'QUEUED')
                        returning id""")
                .param("kind", request.kind())
                .param("area", request.area().value())
                .param("year", request.year())
                .param("request", request.requestJson())
                .param("parent", request.parentId())
                .param("by", request.createdBy())
                .param("at", Timestamp.from(request.createdAt()))
                .query(Long.class)
                .single();
    }

    @Override
    public Optional<PlanningJob> find(long id) {
        return jdbc.sql("select " + COLUMNS + ", result::text as result from planning_job where id = :id")
                .param("id", id)
                .query((rs, n) -> job(rs, rs.getString("result")))
                .optional();
    }

    @Override
    public List<PlanningJob> ofArea(String kind, RegionCode area, int year, int limit) {
        return jdbc.sql("select " + COLUMNS + " from planning_job"
                        + " where kind = :kind and area_code = :area and year = :year order by id desc limit :limit")
                .param("kind", kind)
                .param("area", area.value())
                .param("year", year)
                .param("limit", limit)
                .query((rs, n) -> job(rs, null))
                .list();
    }

    @Override
    public List<Long> unfinished() {
        return jdbc.sql("select id from planning_job where status in ('QUEUED', 'RUNNING') order by id")
                .query(Long.class)
                .list();
    }

    @Override
    public Optional<PlanningJobClaim> claim(String instance, Set<String> kinds, Duration lease, int maxAttempts) {
        if (kinds.isEmpty()) {
            return Optional.empty(); // an instance without planners claims nothing (and "in ()" is no SQL)
        }
        // The inner select locks the oldest claimable row and skips rows another claim holds locked; should another
        // instance commit its claim of that row first, PostgreSQL re-checks the condition on the new row version
        // (RUNNING with a fresh lease) and the row drops out. So no two claims take one job while its lease holds.
        return jdbc.sql("update planning_job set status = 'RUNNING', attempts = attempts + 1, claimed_by = :instance,"
                        + " lease_until = now() + make_interval(secs => :lease), heartbeat_at = now(),"
                        + " started_at = now(), phase = 'model', time_share = 0, incumbent = null, bound = null"
                        + " where id = (select id from planning_job"
                        + "   where kind in (:kinds) and (status = 'QUEUED'"
                        + "      or (status = 'RUNNING' and lease_until < now() and attempts < :max))"
                        + "   order by id for update skip locked limit 1)"
                        + " returning " + COLUMNS)
                .param("instance", instance)
                .param("kinds", List.copyOf(kinds))
                .param("lease", seconds(lease))
                .param("max", maxAttempts)
                .query((rs, n) -> new PlanningJobClaim(job(rs, null), instance))
                .optional();
    }

    @Override
    public Optional<PlanningJob> giveUpAbandoned(int maxAttempts, PlanningJobFailure failure, Instant at) {
        return jdbc.sql("update planning_job set status = 'FAILED', error = :error, error_code = :code,"
                        + " error_arguments = :arguments, finished_at = :at, lease_until = null"
                        + " where id = (select id from planning_job"
                        + "   where status = 'RUNNING' and lease_until < now() and attempts >= :max"
                        + "   order by id for update skip locked limit 1)"
                        + " returning " + COLUMNS)
                .param("error", failure.text())
                .param("code", failure.code().name())
                .param("arguments", failure.arguments().toArray(String[]::new))
                .param("at", Timestamp.from(at))
                .param("max", maxAttempts)
                .query((rs, n) -> job(rs, null))
                .optional();
    }

    @Override
    public boolean heartbeat(PlanningJobClaim claim, Duration lease) {
        return fenced(
                                "update planning_job set lease_until = now() + make_interval(secs => :lease),"
                                        + " heartbeat_at = now() where " + FENCE,
                                claim)
                        .param("lease", seconds(lease))
                        .update()
                == 1;
    }

    @Override
    public int release(String instance) {
        return jdbc.sql("update planning_job set lease_until = now() where status = 'RUNNING' and claimed_by = :i")
                .param("i", instance)
                .update();
    }

    @Override
    public boolean progress(PlanningJobClaim claim, PlanningJobProgress progress) {
        return fenced(
                                "update planning_job set phase = :phase, time_share = :share, incumbent = :incumbent,"
                                        + " bound = :bound where " + FENCE,
                                claim)
                        .param("phase", progress.phase())
                        .param("share", progress.timeShare())
                        .param("incumbent", finiteOrNull(progress.incumbent()))
                        .param("bound", finiteOrNull(progress.bound()))
                        .update()
                == 1;
    }

    @Override
    public boolean finish(PlanningJobClaim claim, String resultJson, PlanningJobOutcome outcome, Instant at) {
        return fenced("""
                        update planning_job set status = 'DONE', phase = 'done', time_share = 1, lease_until = null,
                               result = cast(:result as jsonb), finished_at = :at, outcome_status = :status,
                               outcome_objective = :objective, outcome_bound = :bound, outcome_gap = :gap,
                               outcome_solver = :solver, outcome_seconds = :seconds
                        where\s""" + FENCE, claim)
                        .param("result", resultJson)
                        .param("at", Timestamp.from(at))
                        .param("status", outcome.status())
                        .param("objective", outcome.objective())
                        .param("bound", outcome.bound())
                        .param("gap", outcome.gap())
                        .param("solver", outcome.solver())
                        .param("seconds", outcome.seconds())
                        .update()
                == 1;
    }

    @Override
    public boolean fail(PlanningJobClaim claim, PlanningJobFailure failure, Instant at) {
        return fenced(
                                "update planning_job set status = 'FAILED', error = :error, error_code = :code,"
                                        + " error_arguments = :arguments, finished_at = :at, lease_until = null"
                                        + " where " + FENCE,
                                claim)
                        .param("error", failure.text())
                        .param("code", failure.code().name())
                        .param("arguments", failure.arguments().toArray(String[]::new))
                        .param("at", Timestamp.from(at))
                        .update()
                == 1;
    }

    @Override
    public boolean approve(long id, String user, Instant at) {
        return jdbc.sql("""
                                update planning_job set approved_by = :user, approved_at = :at
                                where id = :id and status = 'DONE' and approved_by is null""")
                        .param("id", id)
                        .param("user", user)
                        .param("at", Timestamp.from(at))
                        .update()
                == 1;
    }

    private JdbcClient.StatementSpec fenced(String sql, PlanningJobClaim claim) {
        return jdbc.sql(sql)
                .param("id", claim.id())
                .param("instance", claim.instance())
                .param("attempt", claim.attempt());
    }

    /** The job of the current row of {@code rs} (selected with {@link #COLUMNS}). */
    public static PlanningJob job(ResultSet rs, @Nullable String result) throws SQLException {
        long parentId = rs.getLong("parent_id");
        @Nullable Long parent = rs.wasNull() ? null : parentId;
        var request = new PlanningJobRequest(
                rs.getString("kind"),
                new RegionCode(rs.getString("area_code")),
                rs.getInt("year"),
                rs.getString("request_json"),
                parent,
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
        String phase = rs.getString("phase");
        var progress = phase == null
                ? PlanningJobProgress.NONE
                : new PlanningJobProgress(
                        phase,
                        rs.getDouble("time_share"),
                        nullableDouble(rs, "incumbent"),
                        nullableDouble(rs, "bound"));
        String outcomeStatus = rs.getString("outcome_status");
        var outcome = outcomeStatus == null
                ? null
                : new PlanningJobOutcome(
                        outcomeStatus,
                        boxed(rs, "outcome_objective"),
                        boxed(rs, "outcome_bound"),
                        boxed(rs, "outcome_gap"),
                        String.valueOf(rs.getString("outcome_solver")),
                        rs.getDouble("outcome_seconds"));
        return new PlanningJob(
                rs.getLong("id"),
                request,
                PlanningJobStatus.valueOf(rs.getString("status")),
                progress,
                rs.getInt("attempts"),
                rs.getString("claimed_by"),
                instant(rs.getTimestamp("lease_until")),
                instant(rs.getTimestamp("started_at")),
                instant(rs.getTimestamp("finished_at")),
                failure(rs),
                result,
                outcome,
                rs.getString("approved_by"),
                instant(rs.getTimestamp("approved_at")));
    }

    private static @Nullable PlanningJobFailure failure(ResultSet rs) throws SQLException {
        String text = rs.getString("error");
        if (text == null) {
            return null;
        }
        Array arguments = rs.getArray("error_arguments");
        try {
            return new PlanningJobFailure(
                    PlanningJobFailure.Code.valueOf(rs.getString("error_code")),
                    List.of((String[]) arguments.getArray()),
                    text);
        } finally {
            arguments.free();
        }
    }

    private static double seconds(Duration lease) {
        return lease.toMillis() / 1000.0;
    }

    private static double nullableDouble(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? Double.NaN : value;
    }

    private static @Nullable Double boxed(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    private static @Nullable Instant instant(@Nullable Timestamp at) {
        return at == null ? null : at.toInstant();
    }

    private static @Nullable Double finiteOrNull(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
