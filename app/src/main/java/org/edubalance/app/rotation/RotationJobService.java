package org.edubalance.app.rotation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.edubalance.app.audit.AuditService;
import org.edubalance.app.planning.PlanningJobRunner;
import org.edubalance.app.web.ApiProblemException;
import org.edubalance.app.web.ErrorCode;
import org.edubalance.core.planning.PlanningJobs;
import org.edubalance.core.region.County;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.region.Regions;
import org.edubalance.core.rotation.RotationJob;
import org.edubalance.core.rotation.RotationJobRequest;
import org.edubalance.core.rotation.RotationJobs;
import org.edubalance.core.rotation.RotationLocks;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.SchoolYears;
import org.edubalance.core.staff.TeacherId;
import org.edubalance.core.staff.TeacherRosters;
import org.edubalance.dataimport.policy.InvalidPolicyException;
import org.edubalance.planning.rotation.RotationPlanDocument;
import org.edubalance.report.planning.RotationPlanReportBuilder;
import org.edubalance.report.render.XlsxReportRenderer;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rotation jobs of a county: start one (stored, then queued once the row is committed), re-solve with locks,
 * approve, and the plan as a workbook. Which role sees what is the page controller's concern; every method here
 * checks that the job belongs to the county named.
 *
 * <p>Not final: Spring subclasses it to run its methods in transactions.
 */
@Service
public class RotationJobService {
    /** The longest a bureau waits for one county: ten minutes. */
    static final int MAX_TIME_LIMIT_SECONDS = 600;

    private final RotationJobs jobs;
    private final PlanningJobs lifecycle;
    private final PlanningJobRunner runner;
    private final RotationPolicies policies;
    private final Regions regions;
    private final SchoolYears schoolYears;
    private final TeacherRosters rosters;
    private final AuditService audit;
    private final JsonMapper json;
    private final Clock clock;

    // One collaborator per store and step: wiring, not a parameter bag.
    RotationJobService(
            RotationJobs jobs,
            PlanningJobs lifecycle,
            PlanningJobRunner runner,
            RotationPolicies policies,
            Regions regions,
            SchoolYears schoolYears,
            TeacherRosters rosters,
            AuditService audit,
            JsonMapper json,
            Clock clock) {
        this.jobs = jobs;
        this.lifecycle = lifecycle;
        this.runner = runner;
        this.policies = policies;
        this.regions = regions;
        this.schoolYears = schoolYears;
        this.rosters = rosters;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** The county {@code code}, or 404. */
    @Transactional(readOnly = true)
    public County county(String code) {
        return regions.counties().stream()
                .filter(c -> c.code().value().equals(code))
                .findFirst()
                .orElseThrow(() -> ApiProblemException.notFound("No county " + code + "."));
    }

    /** Every county with the years it has a roster of, newest first. */
    @Transactional(readOnly = true)
    public Map<County, List<Integer>> rosterYears() {
        Map<County, List<Integer>> years = new LinkedHashMap<>();
        regions.counties().forEach(c -> years.put(c, rosters.years(c.code())));
        return years;
    }

    /** The years {@code county} can be planned for: those with a roster, else those with school data. */
    @Transactional(readOnly = true)
    public List<Integer> years(RegionCode county) {
        List<Integer> years = rosters.years(county);
        return years.isEmpty() ? schoolYears.years() : years;
    }

    /** How many teachers the roster of {@code county} in {@code year} holds. */
    @Transactional(readOnly = true)
    public int rosterSize(RegionCode county, int year) {
        return rosters.count(county, year);
    }

    /** The newest jobs of {@code county} in {@code year}, without their results. */
    @Transactional(readOnly = true)
    public List<RotationJob> jobs(RegionCode county, int year) {
        return jobs.ofCounty(county, year, 20);
    }

    /** The job {@code id} of {@code county}, with its result; 404 when it is another county's or none. */
    @Transactional(readOnly = true)
    public RotationJob job(RegionCode county, long id) {
        return jobs.find(id)
                .filter(j -> j.request().county().equals(county))
                .orElseThrow(() -> ApiProblemException.notFound("No rotation job " + id + " in county " + county));
    }

    /**
     * The stored plan document of {@code job}, or null before it is done. A result stored before the plan became one
     * document (issue 10) does not read as one: that is a 409 asking for a new run, not a server fault.
     */
    public @Nullable RotationPlanDocument result(RotationJob job) {
        String stored = job.resultJson();
        if (stored == null) {
            return null;
        }
        try {
            return json.readValue(stored, RotationPlanDocument.class);
        } catch (JacksonException unreadable) {
            throw new ApiProblemException(
                    HttpStatus.CONFLICT,
                    ErrorCode.PLAN_STORED_BY_OLDER_VERSION,
                    "Rotation job " + job.id() + " was stored by an earlier version of EduBalance in a form this"
                            + " version does not read; run it again with the same policy.");
        }
    }

    /**
     * Records that {@code user} received the teacher list of job {@code id} (its moves name teachers) through
     * {@code channel} ({@code api}, {@code page}), with an audit entry; nothing when the job has no plan yet.
     */
    @Transactional
    public void recordTeacherListRead(RegionCode county, long id, String user, String channel) {
        RotationJob job = job(county, id);
        RotationPlanDocument plan = result(job);
        if (plan != null && !plan.moves().isEmpty()) {
            audit.record(
                    user,
                    RotationJobKind.AUDIT_TARGET,
                    Long.toString(id),
                    "READ_TEACHERS",
                    null,
                    listEntry(job, plan, channel));
        }
    }

    private static Map<String, Object> listEntry(RotationJob job, RotationPlanDocument plan, String channel) {
        return Map.of(
                "county", job.request().county().value(),
                "year", job.request().year(),
                "teachers", plan.moves().size(),
                "via", channel);
    }

    /**
     * Stores a new job of {@code county} and {@code year} under {@code policyYaml} and queues it.
     *
     * @throws ApiProblemException when the policy or the time limit is not valid, or there is no roster (nothing
     *     stored)
     */
    @Transactional
    public long run(RegionCode county, int year, String policyYaml, int timeLimitSeconds, String user) {
        try {
            policies.read(policyYaml);
        } catch (InvalidPolicyException | RotationInputException e) {
            throw ApiProblemException.invalid(String.valueOf(e.getMessage()));
        }
        if (timeLimitSeconds < 1 || timeLimitSeconds > MAX_TIME_LIMIT_SECONDS) {
            throw ApiProblemException.invalid(
                    "The time limit is 1 to " + MAX_TIME_LIMIT_SECONDS + " seconds, got " + timeLimitSeconds + ".");
        }
        if (rosters.count(county, year) == 0) {
            throw ApiProblemException.invalid("County " + county + " has no teacher roster for " + year
                    + ". Maybe import one on the import page.");
        }
        return add(new RotationJobRequest(
                county, year, policyYaml, timeLimitSeconds, RotationLocks.NONE, null, user, clock.instant()));
    }

    /**
     * Stores and queues a re-solve of {@code parentId}: its policy, time limit and locks, plus the moves pinned and
     * forbidden and the teachers kept now ({@link LockRequest#over}).
     */
    @Transactional
    public long resolve(RegionCode county, long parentId, LockRequest request, String user) {
        RotationJob parent = job(county, parentId);
        RotationPlanDocument result = result(parent);
        if (result == null) {
            throw ApiProblemException.invalid("Job " + parentId + " has no plan yet to set locks on.");
        }
        RotationJobRequest base = parent.request();
        return add(new RotationJobRequest(
                county,
                base.year(),
                base.policyYaml(),
                base.timeLimitSeconds(),
                request.over(base.locks(), result),
                parentId,
                user,
                clock.instant()));
    }

    /**
     * The moves pinned and forbidden ({@code TEACHER>SCHOOL}) and the teachers kept, as the page's checkboxes send
     * them.
     */
    public record LockRequest(List<String> pins, List<String> forbids, List<String> keeps) {
        public LockRequest {
            pins = List.copyOf(pins);
            forbids = List.copyOf(forbids);
            keeps = List.copyOf(keeps);
        }

        /**
         * {@code inherited} with these locks added. Each new lock names a move (a kept teacher: a mover) of {@code
         * plan}: a planner locks what the plan shows. A move pinned and ruled out at once is refused.
         */
        RotationLocks over(RotationLocks inherited, RotationPlanDocument plan) {
            Set<String> moves = new HashSet<>();
            Set<String> movers = new HashSet<>();
            plan.moves().forEach(m -> {
                moves.add(m.teacherId() + RotationLockLine.SEPARATOR + m.toSchool());
                movers.add(m.teacherId());
            });
            Map<TeacherId, SchoolCode> pinned = new HashMap<>(inherited.pinned());
            Map<TeacherId, List<SchoolCode>> forbidden = new HashMap<>();
            inherited.forbidden().forEach((t, s) -> forbidden.put(t, new ArrayList<>(s)));
            Set<TeacherId> kept = new HashSet<>(inherited.kept());
            pins.stream().map(p -> RotationLockLine.parse(p, moves)).forEach(l -> pinned.put(l.teacher(), l.school()));
            forbids.stream()
                    .map(f -> RotationLockLine.parse(f, moves))
                    .forEach(l -> forbidden
                            .computeIfAbsent(l.teacher(), t -> new ArrayList<>())
                            .add(l.school()));
            for (String keep : keeps) {
                if (!movers.contains(keep)) {
                    throw ApiProblemException.invalid("Teacher " + keep + " does not move in this plan.");
                }
                kept.add(new TeacherId(keep));
            }
            pinned.forEach((teacher, school) -> {
                if (kept.contains(teacher)
                        || forbidden.getOrDefault(teacher, List.of()).contains(school)) {
                    throw ApiProblemException.invalid("The move of " + teacher + " to " + school
                            + " is pinned and ruled out at once. Maybe drop one of the two.");
                }
            });
            return new RotationLocks(pinned, forbidden, kept);
        }
    }

    private long add(RotationJobRequest request) {
        long id = jobs.add(request);
        audit.record(
                request.createdBy(),
                RotationJobKind.AUDIT_TARGET,
                Long.toString(id),
                request.parentId() == null ? "RUN" : "RESOLVE",
                null,
                Map.of(
                        "county", request.county().value(),
                        "year", request.year(),
                        "parent", String.valueOf(request.parentId())));
        // Claimable once committed: this instance looks for it at once rather than at its next poll.
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                runner.wake();
            }
        });
        return id;
    }

    /** Records that {@code user} approved the plan of job {@code id}, with an audit entry. */
    @Transactional
    public void approve(RegionCode county, long id, String user) {
        RotationJob job = job(county, id);
        RotationPlanDocument result = result(job);
        if (result != null && !result.summary().valid()) {
            throw new ApiProblemException(
                    HttpStatus.CONFLICT,
                    ErrorCode.EDIT_CONFLICT,
                    "The plan of job " + id + " breaks a rule of the policy (see its checks): it cannot be approved.");
        }
        if (!lifecycle.approve(id, user, clock.instant())) {
            throw new ApiProblemException(
                    HttpStatus.CONFLICT,
                    ErrorCode.EDIT_CONFLICT,
                    "Job " + id + " is " + job.status() + (job.isApproved() ? ", approved already" : "")
                            + ": only a finished plan is approved, once.");
        }
        audit.record(
                user,
                RotationJobKind.AUDIT_TARGET,
                Long.toString(id),
                "APPROVE",
                null,
                Map.of(
                        "county", county.value(),
                        "year", job.request().year(),
                        "movers", result == null ? 0 : result.summary().movers()));
    }

    /**
     * The plan of job {@code id} as the workbook of {@code plan rotation --out plan.xlsx}, in {@code locale}'s
     * language, built from the stored plan alone: an approved plan exports as approved, whatever the school data and
     * rosters hold now. The download of its teacher list is recorded with {@code user}.
     */
    @Transactional
    public byte[] workbook(RegionCode county, long id, Locale locale, String user) {
        RotationJob job = job(county, id);
        RotationPlanDocument result = result(job);
        if (result == null) {
            throw ApiProblemException.notFound("Job " + id + " has no plan yet.");
        }
        var out = new ByteArrayOutputStream();
        try {
            new XlsxReportRenderer().render(new RotationPlanReportBuilder(locale).build(result), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(
                user, RotationJobKind.AUDIT_TARGET, Long.toString(id), "EXPORT", null, listEntry(job, result, "xlsx"));
        return out.toByteArray();
    }
}
